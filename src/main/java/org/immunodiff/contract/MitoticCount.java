package org.immunodiff.contract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mitotic count as a microscopic description writes it: "15 mitoses per 10 high-power fields", "12/10 HPF",
 * "up to 4 mitotic figures per 10 HPFs", "5-8 mitoses/10 HPF" (the higher figure: FNCLCC counts the most active area),
 * "17 mitotic figures were seen in 10 high-power-fields", "6 mitoses per ten high-powered fields"; and as Spanish,
 * Portuguese, Italian and Chinese reports write it: "4 mitosis/10 campos de gran aumento", "8 a 14 figuras de mitose por
 * 10 campos de grande aumento", "3 mitosi/10 HPF", "核分裂3~5个/10HPF".
 * Only counts per 10 high-power fields are read; "3/50 HPF" or "per 2 mm²" depend on the field area and are left alone.
 */
final class MitoticCount {
    /** Ten spelled out, in English, Spanish, Portuguese and Italian (in lower case). */
    private static final java.util.List<String> TEN_WORDS = java.util.List.of("ten", "diez", "dez", "dieci");

    // possessive quantifiers (\\s*+): a run of spaces or newlines is never re-split between the optional parts, so a failed
    // match costs time in proportion to the text, not to the cube of a whitespace run
    private static final Pattern COUNT = Pattern.compile(
            "(?:(\\d{1,3})\\s*+(?:-|–|~|～|to|a)\\s*+)?(\\d{1,3})\\s*+(?:个|個)?\\s*+"
                    + "(?:mitoses|mitosis|mitotic figures?|mitotic counts?|mfs?|mitoses?|mitosi|figuras? de mitos[ie]s?|figure mitotiche)?\\s*+"
                    + "(?:(?:were|was|are|is)\\s++(?:seen|found|counted|identified|observed|noted|present)\\s++)?"
                    + "(?:/|／|per|in|por cada|por|em|en|cada|su|每)\\s*+(?:10|" + String.join("|", TEN_WORDS) + ")\\s*+(?:个|個)?\\s*+"
                    + "(?:hpfs?|high[- ]power(?:ed)?[- ]fields?|cgas?|campos? de (?:gran(?:de)?|alto) (?:aumento|poder)"
                    + "|campi ad alto ingrandimento|高倍视野|高倍視野)(?![a-z])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "10" or ten spelled out, in English, Spanish, Portuguese or Italian: without one there is no count per 10 HPF. */
    private static final Pattern TEN = Pattern.compile("\\b(?:" + String.join("|", TEN_WORDS) + ")\\b", Pattern.CASE_INSENSITIVE);

    private MitoticCount() { }

    /**
     * Whether the text holds a "10" or ten spelled out: every count read is per 10 HPF, and most descriptions give
     * none. The word "ten" is looked for by the regular expression only where its letters occur at all (a scan of a
     * description by the expression cost more than reading its mitotic count).
     */
    private static boolean mayGiveACountPerTenFields(String text) {
        if (text.indexOf("10") >= 0) return true;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String ten : TEN_WORDS) if (lower.contains(ten)) return TEN.matcher(text).find();
        return false;
    }

    /** Words naming mitoses in the languages the count is read in (mitoses, mitotic, mitosis, mitótica, mitosi, MF, 核分裂). */
    private static final Pattern MITOSIS_WORD = Pattern.compile("(?i)mit[oóô]|\\bmfs?\\b|核分裂");
    /** Where a clause of a phrase ends: "mitotically inactive; mast cells up to 20/10 HPF". */
    private static final Pattern CLAUSE_END = Pattern.compile("[;,.。，；]");

    /**
     * The highest count per 10 HPF a short phrase gives in a clause that names mitoses ("mitotic count was 2 per 10
     * HPF", "mitoses: 5/10 HPF"): a count of mast cells or eosinophils is not a mitotic count.
     */
    static Optional<Integer> namedIn(String phrase) {
        if (phrase == null || !mayGiveACountPerTenFields(phrase)) return Optional.empty();
        Matcher m = COUNT.matcher(phrase);
        Integer best = null;
        while (m.find()) {
            int clause = 0;
            Matcher end = CLAUSE_END.matcher(phrase).region(0, m.start());
            while (end.find()) clause = end.end();
            if (!MITOSIS_WORD.matcher(phrase).region(clause, m.end()).find()) continue;
            int n = Integer.parseInt(m.group(2));
            if (best == null || n > best) best = n;
        }
        return Optional.ofNullable(best);
    }

    /** The highest count per 10 HPF the text gives, if it gives one. */
    static Optional<Integer> in(String text) {
        // every count read is "per 10 HPF": without a "10" there is none, and most descriptions have none
        if (text == null || !mayGiveACountPerTenFields(text)) return Optional.empty();
        Matcher m = COUNT.matcher(text);
        Integer best = null;
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            if (best == null || n > best) best = n;
        }
        return Optional.ofNullable(best);
    }
}
