package org.immunodiff.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.immunodiff.contract.Json;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The schemas of src/main/resources/openapi.json as one JSON Schema 2020-12 document, to validate real responses. */
final class OpenApiSchemas {
    private static String document;

    private OpenApiSchemas() { }

    static void load() throws IOException {
        try (InputStream in = OpenApiSchemas.class.getResourceAsStream("/openapi.json")) {
            JsonNode openApi = Json.MAPPER.readTree(in);
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("$defs", openApi.at("/components/schemas"));
            document = root.toString().replace("#/components/schemas/", "#/$defs/");
        }
    }

    /** Validation errors of {@code json} against the named component schema (empty when it conforms). */
    static List<String> errors(String component, String json) {
        String withRef = document.substring(0, document.length() - 1) + ",\"$ref\":\"#/$defs/" + component + "\"}";
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(withRef, InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }
}
