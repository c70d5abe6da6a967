package uk.gov.council.cs.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.OperationBuilder;
import org.jboss.dmr.ModelNode;

/**
 * The EAR deployed once to the server Arquillian started, and left there for the rest of the run.
 *
 * <p>Why not Arquillian's own {@code @Deployment}: it deploys and undeploys around every test class,
 * about 13 seconds each, which was two thirds of the whole build. The deployment is not persistent,
 * so the server's configuration never keeps it: the next server start (the PostgreSQL run, a demo)
 * begins without it.
 */
final class CouncilDeployment {

    private static final String NAME = "council.ear";
    private static final int PORT = Integer.getInteger("council.it.management.port", 10090);
    private static boolean deployed;
    /** Why the one deployment failed: every later test class fails at once with it, instead of deploying again. */
    private static String failure;

    private CouncilDeployment() {
    }

    static synchronized void ensureDeployed() {
        if (deployed) {
            return;
        }
        if (failure != null) {
            throw new IllegalStateException("The EAR could not be deployed earlier in this run: " + failure);
        }
        Path ear = Path.of(System.getProperty("council.ear", "target/council.ear"));
        try (ModelControllerClient client = client(); InputStream content = Files.newInputStream(ear)) {
            if (isDeployed(client)) {
                // Not expected (the server starts without it), but an EAR of that name left behind would refuse the add.
                execute(client, operation("undeploy"), null);
                execute(client, operation("remove"), null);
            }
            ModelNode add = operation("add");
            add.get("content").get(0).get("input-stream-index").set(0);
            add.get("enabled").set(true);
            add.get("persistent").set(false);
            execute(client, add, content);
            deployed = true;
        } catch (RuntimeException e) {
            failure = e.getMessage();
            throw e;
        } catch (IOException e) {
            failure = e.getMessage();
            throw new IllegalStateException("Could not deploy " + ear + " to the server on management port " + PORT, e);
        }
    }

    /** One operation on the server's management interface (which Arquillian's own client serves only with its deployment). */
    static ModelNode manage(ModelNode operation) {
        try (ModelControllerClient client = client()) {
            return client.execute(operation);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ModelControllerClient client() {
        return ModelControllerClient.Factory.create("remote+http", InetAddress.getLoopbackAddress(), PORT);
    }

    private static boolean isDeployed(ModelControllerClient client) throws IOException {
        ModelNode read = operation("read-resource");
        return "success".equals(client.execute(read).get("outcome").asString());
    }

    private static ModelNode operation(String name) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").add("deployment", NAME);
        return op;
    }

    private static void execute(ModelControllerClient client, ModelNode op, InputStream content) throws IOException {
        OperationBuilder builder = OperationBuilder.create(op);
        if (content != null) {
            builder.addInputStream(content);
        }
        ModelNode result = client.execute(builder.build());
        if (!"success".equals(result.get("outcome").asString())) {
            throw new IllegalStateException(op.get("operation").asString() + " of " + NAME + " failed: "
                    + result.get("failure-description"));
        }
    }
}
