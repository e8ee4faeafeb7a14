package org.immunodiff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws docs/performance.png from a JMH JSON result file: µs per panel against panel size, one line per knowledge
 * base size (ScalingBenchmark). Plain AWT, headless: {@code java -cp ... org.immunodiff.bench.PerformancePlot jmh.json out.png}.
 */
public final class PerformancePlot {
    private PerformancePlot() { }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        Map<Integer, Map<Integer, Double>> byDiagnoses = new TreeMap<>();
        for (JsonNode r : results) {
            if (!r.get("benchmark").asText().endsWith("ScalingBenchmark.evaluate")) continue;
            int markers = r.at("/params/markers").asInt();
            int diagnoses = r.at("/params/diagnoses").asInt();
            byDiagnoses.computeIfAbsent(diagnoses, k -> new TreeMap<>()).put(markers, r.at("/primaryMetric/score").asDouble());
        }
        int w = 820, h = 500, left = 80, right = 70, top = 50, bottom = 60;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double maxY = byDiagnoses.values().stream().flatMap(m -> m.values().stream()).mapToDouble(d -> d).max().orElse(1) * 1.1;
        int[] xs = {5, 10, 20, 40};
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Immunodiff: one whole evaluation, µs per panel (JMH, 1 thread)", left, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawLine(left, h - bottom, w - right, h - bottom);
        g.drawLine(left, top, left, h - bottom);
        for (int i = 0; i < xs.length; i++) {
            int x = left + (int) ((w - left - right) * (i / (double) (xs.length - 1)));
            g.drawString(xs[i] + " stains", x - 20, h - bottom + 20);
        }
        for (int t = 0; t <= 5; t++) {
            double v = maxY * t / 5;
            int y = h - bottom - (int) ((h - top - bottom) * (v / maxY));
            g.drawString(String.format("%.0f", v), left - 40, y + 4);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(left + 1, y, w - right, y);
            g.setColor(Color.DARK_GRAY);
        }
        g.drawString("µs per panel", 10, top - 10);
        Color[] colours = {new Color(0, 90, 181), new Color(220, 50, 32), new Color(0, 140, 70)};
        int c = 0;
        for (var e : byDiagnoses.entrySet()) {
            g.setColor(colours[c % colours.length]);
            g.setStroke(new BasicStroke(2.5f));
            int px = -1, py = -1;
            for (int i = 0; i < xs.length; i++) {
                Double v = e.getValue().get(xs[i]);
                if (v == null) continue;
                int x = left + (int) ((w - left - right) * (i / (double) (xs.length - 1)));
                int y = h - bottom - (int) ((h - top - bottom) * (v / maxY));
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) g.drawLine(px, py, x, y);
                px = x;
                py = y;
            }
            g.drawString(e.getKey() + " diagnoses", w - right - 120, top + 20 + 18 * c);
            c++;
        }
        g.dispose();
        ImageIO.write(img, "png", new File(args[1]));
    }
}
