package org.immunodiff.bench;

import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.KnowledgeBaseLoader;
import org.immunodiff.knowledge.KnowledgeFiles;
import org.immunodiff.service.EvaluationService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Knowledge bases for the benchmarks: the real one, its likelihood rules alone, and synthetic larger ones. */
public final class BenchKnowledge {
    private BenchKnowledge() { }

    /** The shipped rules/ folder copied to a temporary folder, optionally without any DRL but the likelihood baseline. */
    public static Path copyOfRules(boolean likelihoodOnly) {
        try {
            Path target = Files.createTempDirectory("immunodiff-bench-rules");
            for (Map.Entry<String, byte[]> e : KnowledgeFiles.fromClasspath().all().entrySet()) {
                if (likelihoodOnly && e.getKey().endsWith(".drl") && !e.getKey().equals("ranking/likelihood.drl")) continue;
                Path p = target.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KnowledgeBase likelihoodOnly() { return KnowledgeBaseLoader.load(KnowledgeFiles.fromDirectory(copyOfRules(true))); }

    public static EvaluationService likelihoodOnlyService() { return EvaluationService.withKnowledgeBase(copyOfRules(true)); }

    /**
     * The shipped knowledge base plus synthetic diagnoses (for the scaling benchmark only, never shipped): each gets a
     * profile row for every marker of the real table with a seeded random frequency.
     */
    public static EvaluationService withDiagnoses(int total) {
        try {
            Path rules = copyOfRules(false);
            List<String> markers = new ArrayList<>();
            for (String line : Files.readAllLines(rules.resolve("knowledge/markers.csv")).subList(1, Files.readAllLines(rules.resolve("knowledge/markers.csv")).size())) {
                markers.add(line.substring(0, line.indexOf(',')));
            }
            int real = Files.readAllLines(rules.resolve("knowledge/diagnoses.csv")).size() - 1;
            StringBuilder dx = new StringBuilder();
            StringBuilder profiles = new StringBuilder("diagnosis,marker,frequency,extent,pattern,source\n");
            Random random = new Random(42);
            for (int i = 0; i < total - real; i++) {
                String id = "synthetic-" + i;
                dx.append(id).append(",Synthetic ").append(i).append(",,0000/3,malignant,synthetic,2,3,benchmark only\n");
                for (String m : markers) {
                    if (m.equals("Ki-67")) continue;
                    profiles.append(id).append(',').append(m.contains(",") ? '"' + m + '"' : m).append(',')
                            .append(String.format(Locale.ROOT, "%.2f", random.nextDouble())).append(",,,benchmark only\n");
                }
            }
            Files.writeString(rules.resolve("knowledge/diagnoses.csv"), dx.toString(), java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(rules.resolve("knowledge/profiles/zz-synthetic.csv"), profiles.toString());
            return EvaluationService.withKnowledgeBase(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
