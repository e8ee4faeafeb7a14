package org.immunodiff.lis;

import org.immunodiff.knowledge.CsvTable;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.Marker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A laboratory's own test codes mapped to canonical markers (a CSV given with --code-map: {@code code,marker}), plus
 * the LOINC codes the knowledge base carries (marker-loinc.csv). An LIS is connected by configuration, not code.
 */
public final class CodeMap {
    private final Map<String, String> byCode;

    private CodeMap(Map<String, String> byCode) { this.byCode = Map.copyOf(byCode); }

    /** Only the knowledge base's LOINC codes. */
    public static CodeMap loincOnly(KnowledgeBase kb) { return new CodeMap(loinc(kb)); }

    /** A lab's CSV (header {@code code,marker}, optional {@code description}); an unknown marker fails, naming the line. */
    public static CodeMap load(Path csv, KnowledgeBase kb) {
        Map<String, String> codes = loinc(kb);
        for (CsvTable.Row r : CsvTable.read(csv, "code map", Set.of("code", "marker"))) {
            codes.put(norm(r.required("code")), kb.markerIn(r, "marker").name());
        }
        return new CodeMap(codes);
    }

    private static Map<String, String> loinc(KnowledgeBase kb) {
        Map<String, String> codes = new HashMap<>();
        for (Marker m : kb.markers()) if (m.loinc() != null) codes.put(norm(m.loinc()), m.name());
        return codes;
    }

    public Optional<String> marker(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(norm(code)));
    }

    public int size() { return byCode.size(); }

    private static String norm(String code) { return code.trim().toUpperCase(Locale.ROOT); }
}
