package uk.gov.council.cs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** System properties of the running server, set and removed through its management interface as an operator would. */
final class ServerSettings {

    private ServerSettings() {
    }

    static void set(ManagementClient management, String name, String value) {
        execute(management, "add", name, value);
    }

    /** Removes the setting if it is there, so a test's clean-up never fails for a setting it did not reach. */
    static void remove(ManagementClient management, String name) {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-resource");
        read.get("address").add("system-property", name);
        try {
            if ("success".equals(management.getControllerClient().execute(read).get("outcome").asString())) {
                execute(management, "remove", name, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(ManagementClient management, String operation, String name, String value) {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("system-property", name);
        if (value != null) {
            op.get("value").set(value);
        }
        try {
            ModelNode result = management.getControllerClient().execute(op);
            assertEquals("success", result.get("outcome").asString(), result::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
