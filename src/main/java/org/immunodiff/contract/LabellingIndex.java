package org.immunodiff.contract;

import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.Marker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A labelling index as a microscopic description writes it: "the MIB-1 labeling index was greater than 10%", "Ki-67
 * index of about 40%". The names are the index markers' (markers.csv, read as "index") and their synonyms; the
 * percentage must follow the name within the same clause.
 */
final class LabellingIndex {
    private static final int CLAUSE_REACH = 80;

    /** What the text says, of which marker, and the words it says it with. */
    record Reading(String marker, double percent, String from) { }

    private record Named(String marker, Pattern nameThenClause) { }

    private final List<Named> indexes = new ArrayList<>();

    LabellingIndex(KnowledgeBase kb) {
        for (Marker m : kb.markers()) {
            if (!m.isIndex()) continue;
            List<String> names = new ArrayList<>(kb.markerDictionary().synonymsOf(m.name()));
            names.add(m.name());
            names.sort(Comparator.comparingInt(String::length).reversed()); // the longest spelling first
            StringBuilder alternatives = new StringBuilder();
            for (String n : names) alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(n));
            indexes.add(new Named(m.name(), Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])[^.;]{0,"
                    + CLAUSE_REACH + "}")));
        }
    }

    /** The first index the text gives a percentage for. */
    Optional<Reading> in(String text) {
        if (text == null || text.indexOf('%') < 0) return Optional.empty();
        for (Named index : indexes) {
            Matcher name = index.nameThenClause().matcher(text);
            while (name.find()) {
                Matcher p = Percentage.PATTERN.matcher(name.group());
                if (!p.find()) continue;
                Double value = Percentage.valueOf(p);
                if (value != null) return Optional.of(new Reading(index.marker(), value, name.group().substring(0, p.end()).strip()));
            }
        }
        return Optional.empty();
    }
}
