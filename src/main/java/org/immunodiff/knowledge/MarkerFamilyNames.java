package org.immunodiff.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names that stand for a family of stains ("actin", "cytokeratin") and are read, by default, as one member of it. When
 * a panel reports such a name beside the member's own name with another result ("actin negative", "smooth muscle actin
 * positive"), the family name may have meant another member, and the specific name is the one to read.
 */
public final class MarkerFamilyNames {
    private final Set<String> keys;

    private MarkerFamilyNames(Set<String> keys) { this.keys = Set.copyOf(keys); }

    /**
     * Rows of (name, marker, source). Each name must be a spelling the synonym table lists for its marker, other than
     * the marker's own name, and the marker a stain (not a molecular test or a labelling index).
     */
    static MarkerFamilyNames read(List<CsvTable.Row> rows, MarkerDictionary dictionary, java.util.Map<String, Marker> markers) {
        Set<String> keys = new HashSet<>();
        for (CsvTable.Row r : rows) {
            String name = r.required("name");
            String marker = r.required("marker");
            Marker m = markers.get(marker);
            if (m == null) throw r.error("unknown marker '" + marker + "' (not in markers.csv)");
            if (m.isMolecular() || m.isIndex()) throw r.error(marker + " is not a stain: only stains have family names");
            String listedAs = dictionary.listedAs(name).orElse(null);
            if (!marker.equals(listedAs) || Names.key(name).equals(Names.key(marker))) {
                throw r.error("family name '" + name + "' is not a spelling marker-synonyms.csv lists for " + marker
                        + (listedAs == null ? "" : " (it lists it for " + listedAs + ")"));
            }
            if (!keys.add(Names.key(name))) throw r.error("duplicate family name '" + name + "'");
        }
        return new MarkerFamilyNames(keys);
    }

    /**
     * True if the name a report gave {@code marker} by, once the words for how the stain looked are taken out of it
     * ("actin" from "focal actin" or "actin (focal)"), is a family name: alone, with words that do not change the stain
     * around it ("anti-actin", "actin stain", "actin positive"), or as the item of a list that named this marker
     * ("actin/desmin"). A clone or member named in brackets ("cytokeratin (AE1/AE3)") makes it specific.
     */
    public boolean names(String bareName, String marker, MarkerDictionary dictionary) {
        if (bareName == null || keys.isEmpty()) return false;
        if (isFamily(bareName)) return true;
        String[] items = MarkerDictionary.listItems(bareName);
        if (items.length < 2) return false;
        for (String item : items) {
            if (!item.isBlank() && marker.equals(dictionary.resolve(item).orElse(null))) return isFamily(item);
        }
        return false;
    }

    private boolean isFamily(String name) {
        return keys.contains(Names.key(name)) || keys.contains(Names.key(MarkerDictionary.withoutAffixes(name)));
    }
}
