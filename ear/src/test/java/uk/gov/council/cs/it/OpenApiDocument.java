package uk.gov.council.cs.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The running server's own OpenAPI document, read as a list of operations with their parameters and bodies. */
final class OpenApiDocument {

    /** A parameter: where it goes, its name, and its schema (references followed). */
    record Parameter(String in, String name, boolean required, JsonNode schema) {
        String type() {
            return schema.path("type").asText("");
        }

        String format() {
            return schema.path("format").asText("");
        }

        boolean isEnum() {
            return schema.has("enum");
        }
    }

    /** An operation: method, path under /council/api/, parameters, and the body's media type and schema (or null). */
    record Operation(String method, String path, List<Parameter> parameters, String bodyType, JsonNode bodySchema) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;

    private OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    private static OpenApiDocument cached;

    /** The document, fetched once per test run. */
    static synchronized OpenApiDocument fetchCached() {
        if (cached == null) {
            cached = fetch();
        }
        return cached;
    }

    static OpenApiDocument fetch() {
        HttpResponse<String> r = Council.send(HttpRequest.newBuilder(URI.create("http://localhost:" + Council.HTTP_PORT + "/openapi?format=JSON"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build());
        if (r.statusCode() != 200) {
            throw new AssertionError("OpenAPI document: HTTP " + r.statusCode());
        }
        return new OpenApiDocument(Council.json(r));
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String relative = path.getKey().replaceFirst("^/council/api/", "");
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (!List.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : m.getValue().path("parameters")) {
                    parameters.add(new Parameter(p.path("in").asText(), p.path("name").asText(),
                            p.path("required").asBoolean(false), resolve(p.path("schema"))));
                }
                String bodyType = null;
                JsonNode bodySchema = null;
                Iterator<Map.Entry<String, JsonNode>> content = m.getValue().path("requestBody").path("content").fields();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> c = content.next();
                    bodyType = c.getKey().equals("*/*") ? "text/plain" : c.getKey();
                    bodySchema = resolve(c.getValue().path("schema"));
                }
                operations.add(new Operation(m.getKey().toUpperCase(), relative, parameters, bodyType, bodySchema));
            }
        }
        return operations;
    }

    /** A schema with its reference followed. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            s = document.path("components").path("schemas").path(s.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        return s;
    }
}
