package uk.gov.council.cs.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import uk.gov.council.cs.complaints.policy.ComplaintPolicies;
import uk.gov.council.cs.complaints.policy.ComplaintPolicy;

/**
 * The council's choice of complaints procedure ({@code council.complaints.policy}: the 2024 Code
 * by default, or {@code legacy-three-stage}) and every version of every policy: the shipped ones,
 * plus any newer version an administrator puts in the server's configuration directory under
 * {@code complaint-policies/*.json}. A complaint is received under the version then in force and
 * keeps it. The choice is read for each new complaint, so a council changing its procedure sets the
 * property on the running server and complaints received from then on follow the new one.
 */
@ApplicationScoped
public class CouncilComplaintPolicy {

    public static final String POLICY_SETTING = "council.complaints.policy";
    public static final String DIRECTORY_SETTING = "council.complaints.policy-dir";

    private final ComplaintPolicies policies = load();

    private static ComplaintPolicies load() {
        ComplaintPolicies all = ComplaintPolicies.shipped();
        String configDir = System.getProperty(DIRECTORY_SETTING, System.getProperty("jboss.server.config.dir", "") + "/complaint-policies");
        Path dir = Path.of(configDir);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                for (Path file : files) {
                    try (InputStream in = Files.newInputStream(file)) {
                        all = all.with(ComplaintPolicies.read(in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("A complaints policy in " + dir + " could not be read", e);
            }
        }
        return all;
    }

    /** The version a complaint received on {@code day} starts (and stays) under. */
    public ComplaintPolicy forNewComplaint(LocalDate day) {
        return policies.inForce(System.getProperty(POLICY_SETTING, ComplaintPolicies.DEFAULT_POLICY), day);
    }

    /** The version a complaint keeps. */
    public ComplaintPolicy kept(Complaint complaint) {
        return policies.version(complaint.getPolicyId(), complaint.getPolicyVersion());
    }
}
