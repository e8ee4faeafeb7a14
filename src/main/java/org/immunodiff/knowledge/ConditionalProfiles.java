package org.immunodiff.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Profile rows that hold only when the case shows a feature: a profile table's optional {@code when} column names a
 * feature id ("melanoma, HMB45, when pattern-epithelioid: 0.80" beside the unconditional 0.45 of a spindle-cell mix).
 * Where the case shows the feature, the row stands in for the unconditional one of its diagnosis and marker; where it
 * shows several such features with rows for the same pair, their mean stands in. The choice is a column key, so the
 * columns and weights of each combination are computed once and shared like the unconditional ones.
 */
final class ConditionalProfiles {
    /** Joins a marker and its conditions in a column key; no marker or feature name contains it. */
    static final char SEPARATOR = '\u0001';

    /** marker -> condition (a feature id) -> diagnosis -> row. */
    private final Map<String, Map<String, Map<String, ProfileEntry>>> rows;

    ConditionalProfiles(Map<String, Map<String, Map<String, ProfileEntry>>> rows) {
        Map<String, Map<String, Map<String, ProfileEntry>>> copy = new HashMap<>();
        rows.forEach((marker, byCondition) -> {
            Map<String, Map<String, ProfileEntry>> inner = new java.util.TreeMap<>(); // sorted: one key per combination
            byCondition.forEach((condition, byDiagnosis) -> inner.put(condition, Map.copyOf(byDiagnosis)));
            copy.put(marker, java.util.Collections.unmodifiableMap(inner));
        });
        this.rows = Map.copyOf(copy);
    }

    static ConditionalProfiles none() { return new ConditionalProfiles(Map.of()); }

    boolean isEmpty() { return rows.isEmpty(); }

    boolean hasRowsFor(String marker) { return rows.containsKey(marker); }

    /**
     * The column key of a marker for a case showing these features: the marker's name alone where none of its
     * conditions holds (most markers have none), else the name and the conditions that hold, in sorted order.
     */
    String columnKey(String marker, Collection<String> conditions) {
        Map<String, Map<String, ProfileEntry>> byCondition = rows.get(marker);
        if (byCondition == null || conditions.isEmpty()) return marker;
        StringBuilder key = null;
        for (String condition : byCondition.keySet()) {
            if (!conditions.contains(condition)) continue;
            if (key == null) key = new StringBuilder(marker);
            key.append(SEPARATOR).append(condition);
        }
        return key == null ? marker : key.toString();
    }

    static String markerOf(String columnKey) {
        int cut = columnKey.indexOf(SEPARATOR);
        return cut < 0 ? columnKey : columnKey.substring(0, cut);
    }

    static List<String> conditionsOf(String columnKey) {
        List<String> out = new ArrayList<>(2);
        int from = columnKey.indexOf(SEPARATOR);
        while (from >= 0) {
            int next = columnKey.indexOf(SEPARATOR, from + 1);
            out.add(columnKey.substring(from + 1, next < 0 ? columnKey.length() : next));
            from = next;
        }
        return out;
    }

    /** The row standing in for the diagnosis under the key's conditions, or null where none of them has a row for it. */
    ProfileEntry rowFor(String columnKey, String diagnosis) {
        List<String> conditions = conditionsOf(columnKey);
        if (conditions.isEmpty()) return null;
        Map<String, Map<String, ProfileEntry>> byCondition = rows.getOrDefault(markerOf(columnKey), Map.of());
        List<ProfileEntry> holding = new ArrayList<>(conditions.size());
        for (String c : conditions) {
            ProfileEntry e = byCondition.getOrDefault(c, Map.of()).get(diagnosis);
            if (e != null) holding.add(e);
        }
        if (holding.size() <= 1) return holding.isEmpty() ? null : holding.get(0);
        double mean = holding.stream().mapToDouble(ProfileEntry::frequency).average().orElseThrow();
        ProfileEntry first = holding.get(0);
        boolean sameExtent = holding.stream().allMatch(e -> e.extent() == first.extent());
        String conditionNames = String.join(" and ", holding.stream().map(ProfileEntry::condition).toList());
        String sources = String.join(" | ", holding.stream().map(ProfileEntry::source).distinct().toList());
        return new ProfileEntry(diagnosis, first.marker(), mean, sameExtent ? first.extent() : null, first.pattern(),
                "mean of the rows for " + conditionNames + ": " + sources, false, conditionNames);
    }
}
