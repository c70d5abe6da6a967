package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An API client's password is verified once and then remembered, but a change of password or roles by
 * an administrator applies to its very next request: the old password is refused, the new one works,
 * roles taken away are refused and roles given are allowed.
 */
class AccountChangesApplyAtOnceIT extends DeployedCouncil {

    private static int call(String path, String username, String password) {
        return Council.send(Council.api(path, username, password).GET().build()).statusCode();
    }

    @Test
    void aNewPasswordOrNewRolesTakeEffectOnTheNextRequest() {
        String username = StaffAccountsApi.person("changing", "first-password", List.of("adviser"));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, call("residents?max=1", username, "first-password"), "signed in with Basic, request " + i);
        }

        HttpResponse<String> changed = StaffAccountsApi.put("staff/" + username + "/password", "{\"password\":\"second-password\"}");
        assertEquals(204, changed.statusCode(), changed::body);
        assertEquals(401, call("residents?max=1", username, "first-password"), "the old password is refused at once");
        assertEquals(200, call("residents?max=1", username, "second-password"), "the new password works at once");

        assertEquals(403, call("rejected-records", username, "second-password"), "an adviser may not see rejected records");
        HttpResponse<String> roles = StaffAccountsApi.put("staff/" + username + "/roles", "{\"roles\":[\"administrator\"]}");
        assertEquals(200, roles.statusCode(), roles::body);
        assertEquals(200, call("rejected-records", username, "second-password"), "the role given applies at once");
        StaffAccountsApi.put("staff/" + username + "/roles", "{\"roles\":[\"senior-manager\"]}");
        assertEquals(403, call("rejected-records", username, "second-password"), "and so does the role taken away");

        HttpResponse<String> disabled = StaffAccountsApi.put("staff/" + username + "/enabled", "{\"enabled\":false}");
        assertEquals(204, disabled.statusCode(), disabled::body);
        assertEquals(401, call("rejected-records", username, "second-password"), "a disabled account is refused at once");
    }
}
