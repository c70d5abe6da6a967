package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the API, read from the server's own OpenAPI document, is sent every kind of
 * malformed input it can take: a body that is not JSON, of the wrong JSON type, with an unknown field,
 * an unknown choice, an impossible date or time, a number that is not one, and too large; path and
 * query parameters of the wrong type, out of their bounds, or missing when required. Each must be
 * answered 400 (413 for the size, 404 where the record cannot exist) naming what was wrong, never
 * 5xx; and afterwards nothing that was sent may be in the server log.
 */
class MalformedRequestsIT extends DeployedCouncil {

    /** In every value sent, so the log can be searched for any of them. */
    private static final String MARK = "Qx" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "Zq";
    private static final String PASSWORD = "malformed-requests-password";
    private static final int LIMIT = 2 * 1024 * 1024;

    private final List<String> failures = new ArrayList<>();
    private String username;
    private int sent;

    @Test
    void everyOperationRefusesEveryMalformedInputWithItsReasonAndLogsNoneOfIt() throws IOException {
        username = StaffAccountsApi.person("malformed", PASSWORD, StaffAccountsApi.EVERY_PERSON_ROLE);
        List<OpenApiDocument.Operation> operations = OpenApiDocument.fetch().operations();
        assertTrue(operations.size() > 60, "the OpenAPI document lists " + operations.size() + " operations");
        for (OpenApiDocument.Operation op : operations) {
            parameters(op);
            body(op);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " malformed requests were not refused properly:\n"
                + String.join("\n", failures));
        assertTrue(sent > 200, "only " + sent + " malformed requests were sent");

        String log = Files.readString(Path.of(System.getProperty("council.server.dir", "target/server"),
                "standalone", "log", "server.log"), StandardCharsets.UTF_8);
        for (String sentValue : List.of(MARK, "1990-02-30", "2030-02-30")) {
            List<String> leaks = log.lines().filter(line -> line.contains(sentValue)).limit(5).toList();
            assertTrue(leaks.isEmpty(), () -> "the server log holds a value sent in a refused request (" + sentValue + "):\n"
                    + String.join("\n", leaks));
        }
    }

    // ------------------------------------------------------------------ parameters

    private void parameters(OpenApiDocument.Operation op) {
        for (OpenApiDocument.Parameter p : op.parameters()) {
            if (p.in().equals("header")) {
                continue;
            }
            List<String> bad = new ArrayList<>();
            if (p.type().equals("integer")) {
                bad.add("abc" + MARK);
                if (p.schema().has("minimum")) {
                    bad.add(Long.toString(p.schema().get("minimum").asLong() - 1));
                }
                if (p.schema().has("maximum")) {
                    bad.add(Long.toString(p.schema().get("maximum").asLong() + 1));
                }
            } else if (p.format().equals("date")) {
                bad.add("2030-02-30");
                bad.add("yesterday" + MARK);
            } else if (p.isEnum()) {
                bad.add("NOPE" + MARK);
            } else if (p.type().equals("boolean")) {
                bad.add("maybe" + MARK);
            }
            for (String value : bad) {
                HttpResponse<String> r = send(op, Map.of(p.name(), value), op.bodyType(), standInBody(op));
                expectRefusal(op, p.in() + " parameter " + p.name() + "=" + value, r, Set.of(400, 404), p.name());
            }
            if (p.required() && p.in().equals("query")) {
                HttpResponse<String> r = send(op, Map.of(p.name(), ""), op.bodyType(), standInBody(op));
                expectRefusal(op, "without the required " + p.name(), r, Set.of(400), p.name());
            }
        }
    }

    /** A body of the operation's kind, so that a parameter is what gets refused. */
    private static String standInBody(OpenApiDocument.Operation op) {
        if (op.bodyType() == null) {
            return null;
        }
        return op.bodyType().equals("application/json") ? "{}" : "stand-in";
    }

    // ------------------------------------------------------------------ bodies

    private void body(OpenApiDocument.Operation op) {
        if (op.bodyType() == null) {
            return;
        }
        String type = op.bodyType();
        expectRefusal(op, "an oversized body", send(op, Map.of(), type, "[\"" + "x".repeat(LIMIT) + "\"]"), Set.of(413), null);
        if (!type.equals("application/json")) {
            return;
        }
        expectRefusal(op, "a body that is not JSON", send(op, Map.of(), type, "{"), Set.of(400), null);
        if (!op.bodySchema().path("type").asText().equals("object")) {
            // A JSON document taken whole (GOV.UK's bank holidays): still no 5xx for one that is not JSON.
            expectRefusal(op, "a JSON array for its document", send(op, Map.of(), type, "[1,"), Set.of(400), null);
            return;
        }
        expectRefusal(op, "a JSON array for an object", send(op, Map.of(), type, "[]"), Set.of(400), null);
        expectRefusal(op, "an unknown field", send(op, Map.of(), type, "{\"unknown" + MARK + "\":1}"), Set.of(400), "unknown" + MARK);
        OpenApiDocument document = OpenApiDocument.fetchCached();
        for (Iterator<Map.Entry<String, JsonNode>> fields = op.bodySchema().path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode schema = document.resolve(field.getValue());
            String name = field.getKey();
            List<String> bad = new ArrayList<>();
            if (schema.has("enum")) {
                bad.add("\"PIGEON" + MARK + "\"");
            } else if (schema.path("format").asText().equals("date")) {
                bad.add("\"1990-02-30\"");
            } else if (schema.path("format").asText().equals("date-time")) {
                bad.add("\"yesterday" + MARK + "\"");
            } else if (schema.path("type").asText().equals("integer") || schema.path("type").asText().equals("number")) {
                bad.add("\"many" + MARK + "\"");
                bad.add("{}");
            } else if (schema.path("type").asText().equals("boolean")) {
                bad.add("\"maybe" + MARK + "\"");
            } else if (schema.path("type").asText().equals("array")) {
                bad.add("{}");
            } else if (schema.path("type").asText().equals("object")) {
                bad.add("[1]");
            }
            for (String value : bad) {
                HttpResponse<String> r = send(op, Map.of(), type, "{\"" + name + "\":" + value + "}");
                expectRefusal(op, "body field " + name + "=" + value, r, Set.of(400), name);
            }
        }
    }

    // ------------------------------------------------------------------ sending and checking

    /** Sends the operation with valid stand-ins for the parameters not being tested. */
    private HttpResponse<String> send(OpenApiDocument.Operation op, Map<String, String> malformed, String type, String body) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (OpenApiDocument.Parameter p : op.parameters()) {
            String value = malformed.containsKey(p.name()) ? malformed.get(p.name()) : standIn(p);
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            } else if (p.in().equals("query") && value != null && !(malformed.containsKey(p.name()) && value.isEmpty())) {
                query.append(query.length() == 0 ? "?" : "&").append(p.name()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Council.APP + "/api/" + path + query))
                .timeout(Duration.ofSeconds(60)).header("Authorization", Council.basic(username, PASSWORD));
        if (body != null) {
            request.header("Content-Type", type);
        }
        request.method(op.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        sent++;
        return Council.send(request.build());
    }

    /** A well-formed value for a parameter: only its required query parameters and its path need one. */
    private static String standIn(OpenApiDocument.Parameter p) {
        if (!p.in().equals("path") && !p.required()) {
            return null;
        }
        if (p.isEnum()) {
            return p.schema().get("enum").get(0).asText();
        }
        if (p.format().equals("date")) {
            return "2026-06-15";
        }
        return p.type().equals("integer") ? "1" : "stand-in";
    }

    private void expectRefusal(OpenApiDocument.Operation op, String what, HttpResponse<String> r, Set<Integer> statuses, String named) {
        String body = r.body() == null ? "" : r.body();
        if (r.statusCode() >= 500) {
            failures.add(op + " with " + what + ": HTTP " + r.statusCode() + " " + clip(body));
        } else if (!statuses.contains(r.statusCode())) {
            failures.add(op + " with " + what + ": HTTP " + r.statusCode() + ", expected " + statuses + ": " + clip(body));
        } else if (!body.startsWith("{\"message\"")) {
            failures.add(op + " with " + what + ": HTTP " + r.statusCode() + " without the API's error shape: " + clip(body));
        } else if (named != null && r.statusCode() == 400 && !body.contains(named)) {
            failures.add(op + " with " + what + ": the refusal does not name " + named + ": " + clip(body));
        } else if (body.contains("uk.gov.council") || body.contains("Exception") || body.contains("yasson")) {
            failures.add(op + " with " + what + ": the answer names internal classes: " + clip(body));
        }
    }

    private static String clip(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
