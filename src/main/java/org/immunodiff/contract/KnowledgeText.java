package org.immunodiff.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text that comes from the knowledge base (citations, evidence notes, rule names, caveats), JSON-encoded once per
 * process and copied as bytes afterwards: a full answer is mostly such text, and encoding it character by character
 * was most of the cost of writing one. Only knowledge text goes in, never words from a panel; the cache is bounded
 * all the same, and text past the bound is written the ordinary way.
 */
final class KnowledgeText {
    private static final int MAX_ENTRIES = 50_000;
    private static final ConcurrentHashMap<String, SerializedString> ENCODED = new ConcurrentHashMap<>();

    private KnowledgeText() { }

    /** Writes a string value (or null) that comes from the knowledge base. */
    static void write(JsonGenerator g, String text) throws IOException {
        if (text == null) {
            g.writeNull();
            return;
        }
        SerializedString encoded = ENCODED.get(text);
        if (encoded == null) {
            if (ENCODED.size() >= MAX_ENTRIES) {
                g.writeString(text);
                return;
            }
            encoded = new SerializedString(text);
            ENCODED.putIfAbsent(text, encoded);
        }
        g.writeString(encoded);
    }

    /** Writes a field whose value comes from the knowledge base. */
    static void field(JsonGenerator g, SerializableString name, String text) throws IOException {
        g.writeFieldName(name);
        write(g, text);
    }

    static SerializableString name(String fieldName) { return new SerializedString(fieldName); }
}
