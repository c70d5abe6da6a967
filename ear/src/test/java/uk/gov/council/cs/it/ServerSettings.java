package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.dmr.ModelNode;

/** System properties of the running server, set and removed through its management interface as an operator would. */
final class ServerSettings {

    private ServerSettings() {
    }

    static void set(String name, String value) {
        execute("add", name, value);
    }

    /** Removes the setting if it is there, so a test's clean-up never fails for a setting it did not reach. */
    static void remove(String name) {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-resource");
        read.get("address").add("system-property", name);
        if ("success".equals(CouncilDeployment.manage(read).get("outcome").asString())) {
            execute("remove", name, null);
        }
    }

    private static void execute(String operation, String name, String value) {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("system-property", name);
        if (value != null) {
            op.get("value").set(value);
        }
        ModelNode result = CouncilDeployment.manage(op);
        assertEquals("success", result.get("outcome").asString(), result::toString);
    }
}
