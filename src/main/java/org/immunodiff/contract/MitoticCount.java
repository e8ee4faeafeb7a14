package org.immunodiff.contract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mitotic count as a microscopic description writes it: "15 mitoses per 10 high-power fields", "12/10 HPF",
 * "up to 4 mitotic figures per 10 HPFs", "5-8 mitoses/10 HPF" (the higher figure: FNCLCC counts the most active area),
 * "17 mitotic figures were seen in 10 high-power-fields", "6 mitoses per ten high-powered fields".
 * Only counts per 10 high-power fields are read; "3/50 HPF" or "per 2 mm²" depend on the field area and are left alone.
 */
final class MitoticCount {
    private static final Pattern COUNT = Pattern.compile(
            "(?:(\\d{1,3})\\s*(?:-|–|to)\\s*)?(\\d{1,3})\\s*(?:mitoses|mitosis|mitotic figures?|mitotic counts?|mfs?)?\\s*"
                    + "(?:(?:were|was|are|is)\\s+(?:seen|found|counted|identified|observed|noted|present)\\s+)?"
                    + "(?:/|per|in)\\s*(?:10|ten)\\s*(?:hpfs?|high[- ]power(?:ed)?[- ]fields?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TEN = Pattern.compile("\\bten\\b", Pattern.CASE_INSENSITIVE);

    private MitoticCount() { }

    /** The highest count per 10 HPF the text gives, if it gives one. */
    static Optional<Integer> in(String text) {
        // every count read is "per 10 HPF": without a "10" there is none, and most descriptions have none
        if (text == null || (text.indexOf("10") < 0 && !TEN.matcher(text).find())) return Optional.empty();
        Matcher m = COUNT.matcher(text);
        Integer best = null;
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            if (best == null || n > best) best = n;
        }
        return Optional.ofNullable(best);
    }
}
