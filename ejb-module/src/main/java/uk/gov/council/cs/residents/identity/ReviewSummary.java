package uk.gov.council.cs.residents.identity;

import java.time.Instant;

/** A pair in the identity review queue as the queue lists it. */
public record ReviewSummary(long id, long residentId, String residentName, long candidateId, String candidateName,
                            double probability, String raisedBy, Instant raisedAt, ReviewStatus status,
                            String decidedBy, Instant decidedAt) {
}
