package uk.gov.council.cs.complaints.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaints procedure as configuration: its stages, the steps of each, and the working days
 * each step may take. Policies are versioned; a complaint keeps the version it started under.
 * The shipped policies are the 2024 Complaint Handling Code (the default) and the older
 * three-stage procedure ({@code complaint-policies/*.json}). {@code informalResolution}: whether a new
 * complaint may be resolved informally before stage 1 (the legacy procedure); under the 2024 Code an
 * early resolution is itself the stage 1 response.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComplaintPolicy(String id, int version, LocalDate effectiveFrom, String title, boolean informalResolution,
                              List<Stage> stages) {

    /** Where a step's clock starts. */
    public enum Anchor { RECEIVED, ACKNOWLEDGED, ESCALATION_REQUESTED }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stage(int number, String name, Integer differentResponderFromStage, List<Step> steps) {
        public Step step(String stepName) {
            return steps.stream().filter(s -> s.name().equals(stepName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " has no step \"" + stepName + "\"; its steps are "
                            + steps.stream().map(Step::name).toList() + "."));
        }

        /** The steps whose clocks start with the event {@code anchor}. */
        public List<Step> startingAt(Anchor anchor) {
            return steps.stream().filter(s -> s.from() == anchor).toList();
        }
    }

    /**
     * @param extensionLimit most working days the deadline may be extended by; null when the
     *                       step cannot be extended
     * @param holdingLetterAllowed the legacy procedure's holding letter: a new date, no fixed limit
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String name, Anchor from, int workingDays, Integer extensionLimit,
                       boolean extensionNeedsOmbudsmanDetails, boolean holdingLetterAllowed) {
    }

    public Stage stage(int number) {
        return stages.stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(title + " has no stage " + number + "; it has "
                        + stages.size() + "."));
    }

    public int lastStage() {
        return stages.stream().mapToInt(Stage::number).max().orElse(0);
    }

    public String key() {
        return id + " v" + version;
    }
}
