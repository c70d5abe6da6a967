package uk.gov.council.cs.residents.search;

import java.util.List;
import uk.gov.council.cs.residents.ResidentSummary;

/**
 * One resident found, with how strongly and why: each field that agreed, and anything that argues
 * against (so an adviser sees "same date of birth; surname sounds alike" and decides).
 */
public record SearchHit(ResidentSummary resident, double score, List<String> why) {
}
