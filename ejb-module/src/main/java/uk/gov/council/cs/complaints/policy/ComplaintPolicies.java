package uk.gov.council.cs.complaints.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every version of every policy the council has had, and which one applied on a given day. */
public final class ComplaintPolicies {

    public static final String DEFAULT_POLICY = "complaint-handling-code-2024";
    static final List<String> SHIPPED = List.of("complaint-policies/complaint-handling-code-2024.v1.json",
            "complaint-policies/legacy-three-stage.v1.json");
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final List<ComplaintPolicy> versions;

    public ComplaintPolicies(List<ComplaintPolicy> versions) {
        this.versions = versions.stream().sorted(Comparator.comparing(ComplaintPolicy::effectiveFrom)).toList();
    }

    public static ComplaintPolicies shipped() {
        List<ComplaintPolicy> policies = new ArrayList<>();
        for (String resource : SHIPPED) {
            try (InputStream in = ComplaintPolicies.class.getClassLoader().getResourceAsStream(resource)) {
                policies.add(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + resource, e);
            }
        }
        return new ComplaintPolicies(policies);
    }

    public static ComplaintPolicy read(InputStream json) throws IOException {
        return JSON.readValue(json, ComplaintPolicy.class);
    }

    public ComplaintPolicies with(ComplaintPolicy newVersion) {
        List<ComplaintPolicy> all = new ArrayList<>(versions);
        all.add(newVersion);
        return new ComplaintPolicies(all);
    }

    /** The version of policy {@code id} in force on {@code day}: the one a complaint received that day keeps. */
    public ComplaintPolicy inForce(String id, LocalDate day) {
        return versions.stream().filter(p -> p.id().equals(id) && !p.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new IllegalArgumentException("No version of the complaints policy \"" + id
                        + "\" was in force on " + day + "."));
    }

    public ComplaintPolicy version(String id, int version) {
        return versions.stream().filter(p -> p.id().equals(id) && p.version() == version).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no version " + version + " of the complaints policy \"" + id + "\"."));
    }
}
