package uk.gov.council.cs.residents;

import java.util.List;

/**
 * What became of a registration after identity matching: a new resident, the resident already on
 * file (linked automatically because the match was certain), or a new resident with pairs raised
 * for staff to review.
 *
 * @param resident    the resident the details now belong to
 * @param explanation the matcher's reasons when it linked or raised a review; empty otherwise
 * @param reviews     the identity reviews raised, if any
 */
public record RegistrationOutcome(ResidentSummary resident, Result result, String explanation, List<Long> reviews) {

    public enum Result {
        REGISTERED,
        LINKED_TO_EXISTING,
        REGISTERED_FOR_REVIEW
    }
}
