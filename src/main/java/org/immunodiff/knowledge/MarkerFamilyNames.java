package org.immunodiff.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that stand for a family of stains ("actin", "cytokeratin") and are read, by default, as one member of it. When
 * a panel reports such a name beside the member's own name with another result ("actin negative", "smooth muscle actin
 * positive"), the family name may have meant another member, and the specific name is the one to read.
 */
public final class MarkerFamilyNames {
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    private final Set<String> keys;

    private MarkerFamilyNames(Set<String> keys) { this.keys = Set.copyOf(keys); }

    /** Rows of (name, marker, source); each name must already read as its marker through the synonym table. */
    static MarkerFamilyNames read(List<CsvTable.Row> rows, MarkerDictionary dictionary) {
        Set<String> keys = new HashSet<>();
        for (CsvTable.Row r : rows) {
            String name = r.required("name");
            String marker = r.required("marker");
            String readAs = dictionary.resolve(name).orElse(null);
            if (!marker.equals(readAs)) {
                throw r.error("family name '" + name + "' reads as " + (readAs == null ? "no marker" : readAs) + ", not " + marker
                        + " (add it to marker-synonyms.csv first)");
            }
            if (!keys.add(Names.key(name))) throw r.error("duplicate family name '" + name + "'");
        }
        return new MarkerFamilyNames(keys);
    }

    /** True if the name a panel gave is a family name, alone or with a bracketed note ("actin (focal)"). */
    public boolean names(String reported) {
        if (reported == null || keys.isEmpty()) return false;
        return keys.contains(Names.key(reported)) || keys.contains(Names.key(BRACKETED.matcher(reported).replaceAll(" ")));
    }
}
