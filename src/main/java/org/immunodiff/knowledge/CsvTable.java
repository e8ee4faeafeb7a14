package org.immunodiff.knowledge;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A knowledge table read from CSV, each row remembering its file and line so errors can name them. */
public final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper();

    /** One row: its cells by column name, and where it came from. */
    public record Row(String file, long line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }

        public String required(String column) {
            String v = get(column);
            if (v.isEmpty()) throw KnowledgeBaseException.at(file, line, "column '" + column + "' is empty");
            return v;
        }

        public double requiredNumber(String column, double min, double max) {
            String v = required(column);
            try {
                double d = Double.parseDouble(v);
                if (d < min || d > max) {
                    throw KnowledgeBaseException.at(file, line, "column '" + column + "' = " + v + " is outside " + min + ".." + max);
                }
                return d;
            } catch (NumberFormatException e) {
                throw KnowledgeBaseException.at(file, line, "column '" + column + "' = '" + v + "' is not a number");
            }
        }

        public Double optionalNumber(String column, double min, double max) {
            return get(column).isEmpty() ? null : requiredNumber(column, min, max);
        }

        public KnowledgeBaseException error(String problem) { return KnowledgeBaseException.at(file, line, problem); }
    }

    private CsvTable() { }

    /**
     * Reads a laboratory's CSV file (a code map, a stain menu); one that cannot be read fails naming it as {@code what}.
     */
    public static List<Row> read(java.nio.file.Path file, String what, Set<String> required) {
        byte[] content;
        try {
            content = java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        return read(file.toString(), content, required);
    }

    /**
     * Reads a CSV file with a header line. Every row must have a non-empty source column where the table has one.
     *
     * @param required columns the header must contain
     */
    public static List<Row> read(String file, byte[] content, Set<String> required) {
        String text = new String(content, StandardCharsets.UTF_8);
        // a spreadsheet's "CSV UTF-8" export (a laboratory's code map or stain menu) starts with a byte-order mark,
        // which would otherwise become part of the first column's name
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.TRIM_SPACES).with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(text)) {
            boolean headerChecked = false;
            while (it.hasNextValue()) {
                long line = it.getCurrentLocation().getLineNr();
                Map<String, String> cells = it.nextValue();
                if (!headerChecked) {
                    for (String col : required) {
                        if (!cells.containsKey(col)) throw KnowledgeBaseException.at(file, 1, "missing column '" + col + "'");
                    }
                    headerChecked = true;
                }
                Row row = new Row(file, line, cells);
                if (cells.containsKey("source") && row.get("source").isEmpty()) {
                    throw row.error("every row must cite its source");
                }
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof KnowledgeBaseException k) throw k;
            throw new KnowledgeBaseException(file + ": not valid CSV: " + e.getMessage(), e);
        }
        return rows;
    }
}
