package org.immunodiff.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The panels the benchmarks evaluate. */
public final class BenchPanels {
    /** Stains in the order a spindle-cell work-up adds them; the first n make an n-marker panel. */
    private static final List<String[]> STAINS = List.of(
            new String[]{"SMA", "positive"}, new String[]{"desmin", "positive"}, new String[]{"h-caldesmon", "positive"},
            new String[]{"S100", "negative"}, new String[]{"AE1/AE3", "negative"}, new String[]{"CD34", "negative"},
            new String[]{"myogenin", "negative"}, new String[]{"SOX10", "negative"}, new String[]{"p40", "negative"},
            new String[]{"CK5/6", "negative"}, new String[]{"CD117", "negative"}, new String[]{"DOG1", "negative"},
            new String[]{"STAT6", "negative"}, new String[]{"ALK", "negative"}, new String[]{"MDM2", "negative"},
            new String[]{"EMA", "negative"}, new String[]{"calponin", "positive"}, new String[]{"MyoD1", "negative"},
            new String[]{"HMB45", "negative"}, new String[]{"CD31", "negative"}, new String[]{"ERG", "negative"},
            new String[]{"CDK4", "negative"}, new String[]{"TLE1", "negative"}, new String[]{"beta-catenin", "negative"},
            new String[]{"HHV8", "negative"}, new String[]{"CD21", "negative"}, new String[]{"CD68", "negative"},
            new String[]{"inhibin", "negative"}, new String[]{"MSA", "positive"}, new String[]{"vimentin", "positive"},
            new String[]{"Melan-A", "negative"}, new String[]{"PRAME", "negative"}, new String[]{"GFAP", "negative"},
            new String[]{"CD99", "negative"}, new String[]{"BCL2", "negative"}, new String[]{"MUC4", "negative"},
            new String[]{"CAM5.2", "negative"}, new String[]{"CK7", "negative"}, new String[]{"p63", "negative"},
            new String[]{"D2-40", "negative"});

    private BenchPanels() { }

    /** The reference case (samples/reference-laryngeal-leiomyosarcoma.json). */
    public static String reference() {
        Path p = Path.of("samples/reference-laryngeal-leiomyosarcoma.json");
        try {
            if (Files.exists(p)) return Files.readString(p, StandardCharsets.UTF_8);
            try (InputStream in = BenchPanels.class.getResourceAsStream("/reference-laryngeal-leiomyosarcoma.json")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A panel of n stains (n up to 40) of a deep leiomyosarcoma, with its morphology and grade inputs. */
    public static String withMarkers(int n) {
        if (n > STAINS.size()) throw new IllegalArgumentException("at most " + STAINS.size() + " stains");
        StringBuilder s = new StringBuilder("{\"caseId\":\"BENCH-").append(n).append("\",\"patient\":{\"age\":61,\"sex\":\"female\"},")
                .append("\"specimen\":{\"site\":\"retroperitoneum\",\"sizeCm\":9},")
                .append("\"morphology\":{\"pattern\":\"spindle\",\"features\":[\"interlacing fascicles\",\"cigar-shaped nuclei\",\"nuclear atypia\"],")
                .append("\"mitosesPer10Hpf\":14,\"necrosis\":\"lt50\"},\"markers\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(',');
            s.append("{\"marker\":\"").append(STAINS.get(i)[0]).append("\",\"result\":\"").append(STAINS.get(i)[1]).append("\"}");
        }
        return s.append(",{\"marker\":\"Ki-67\",\"percent\":35}]}").toString();
    }
}
