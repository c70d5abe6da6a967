package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Scripts and operators wait on MicroProfile Health on the management port. */
class HealthEndpointsIT extends DeployedCouncil {

    private static JsonNode health(String path) {
        HttpResponse<String> r = Council.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + Council.MANAGEMENT_PORT + "/health/" + path)).GET().build());
        assertEquals(200, r.statusCode(), () -> path + ": " + r.body());
        return Council.json(r);
    }

    @Test
    void readyOnceTheCouncilApplicationIsDeployed() {
        JsonNode ready = health("ready");
        assertEquals("UP", ready.get("status").asText(), ready::toString);
        boolean councilDeployed = false;
        for (JsonNode check : ready.get("checks")) {
            if (check.get("name").asText().equals("deployments-status")) {
                councilDeployed = "OK".equals(check.path("data").path("council.ear").asText());
            }
        }
        assertEquals(true, councilDeployed, () -> "council.ear not reported OK: " + ready);
    }

    @Test
    void live() {
        JsonNode live = health("live");
        assertEquals("UP", live.get("status").asText(), live::toString);
    }
}
