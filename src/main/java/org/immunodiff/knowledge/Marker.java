package org.immunodiff.knowledge;

/**
 * A canonical marker (or a molecular test, category "molecular").
 *
 * @param readAs           expression, loss (read as lost/retained), index (Ki-67) or molecular
 * @param defaultFrequency positivity assumed for a diagnosis with no profile row; null means the model's global default
 * @param loinc            LOINC code where one exists, else null
 */
public record Marker(String name, String category, String readAs, Double defaultFrequency, String source, String loinc) {
    public boolean isIndex() { return "index".equals(readAs); }

    public boolean isMolecular() { return "molecular".equals(readAs) || "molecular".equals(category); }

    public boolean isReadAsLoss() { return "loss".equals(readAs); }

    Marker withLoinc(String code) { return new Marker(name, category, readAs, defaultFrequency, source, code); }
}
