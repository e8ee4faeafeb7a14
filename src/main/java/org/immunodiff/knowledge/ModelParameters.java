package org.immunodiff.knowledge;

import java.util.Properties;

/**
 * The likelihood model's few global parameters, read from rules/knowledge/model.properties where each is documented.
 *
 * @param defaultFrequency        positivity assumed where neither a profile row nor a marker default exists
 * @param frequencyFloor          no stain is treated as certain: frequencies are clamped to [floor, 1 - floor]
 * @param molecularFloor          the same clamp for molecular tests
 * @param featureFloor            the same clamp for morphology and clinical features read from words
 * @param evidenceTemperature     multiplier on summed log-likelihoods, for markers that are not independent
 * @param featureTemperature      multiplier on the log-likelihoods of morphology and clinical features read from words
 * @param essentialFeatureNamed   P(a report that describes the morphology names an essential feature the tumour has)
 * @param priorTemperature        multiplier on log-priors (incidence, site, age), whose tables are coarse estimates
 * @param focalWhenDiffuseTypical P(focal | positive) where the profile says the marker is usually diffuse
 * @param focalWhenFocalTypical   P(focal | positive) where the profile says the marker is usually focal
 * @param closeRatio              a diagnosis is "still close" if its probability is at least this fraction of the leader's
 * @param minInformationGainBits  a stain is recommended only if it is expected to gain at least this much
 * @param thinPanelMarkers        fewer informative stains than this make a panel too thin to rank
 */
public record ModelParameters(double defaultFrequency, double frequencyFloor, double molecularFloor, double featureFloor,
                              double evidenceTemperature, double featureTemperature, double essentialFeatureNamed, double priorTemperature, double focalWhenDiffuseTypical,
                              double focalWhenFocalTypical, double closeRatio, double minInformationGainBits,
                              int thinPanelMarkers, int maxRecommendations, int reportedDiagnoses) {

    static ModelParameters from(String file, Properties p) {
        return new ModelParameters(
                number(file, p, "defaultFrequency", 0.001, 0.999),
                number(file, p, "frequencyFloor", 0.0001, 0.2),
                number(file, p, "molecularFloor", 0.0001, 0.2),
                number(file, p, "featureFloor", 0.0001, 0.3),
                number(file, p, "evidenceTemperature", 0.05, 1.0),
                number(file, p, "featureTemperature", 0.0, 1.0),
                number(file, p, "essentialFeatureNamed", 0.0, 0.99),
                number(file, p, "priorTemperature", 0.0, 1.0),
                number(file, p, "focalWhenDiffuseTypical", 0.01, 0.99),
                number(file, p, "focalWhenFocalTypical", 0.01, 0.99),
                number(file, p, "closeRatio", 0.0, 1.0),
                number(file, p, "minInformationGainBits", 0.0, 5.0),
                (int) number(file, p, "thinPanelMarkers", 0, 50),
                (int) number(file, p, "maxRecommendations", 0, 20),
                (int) number(file, p, "reportedDiagnoses", 5, 100));
    }

    private static double number(String file, Properties p, String key, double min, double max) {
        String v = p.getProperty(key);
        if (v == null) throw new KnowledgeBaseException(file + ": missing parameter '" + key + "'");
        try {
            double d = Double.parseDouble(v.trim());
            if (d < min || d > max) throw new KnowledgeBaseException(file + ": '" + key + "' = " + v + " is outside " + min + ".." + max);
            return d;
        } catch (NumberFormatException e) {
            throw new KnowledgeBaseException(file + ": '" + key + "' = '" + v + "' is not a number");
        }
    }
}
