package uk.gov.council.cs.residents.matching;

/** What to do with an incoming record compared with one on file. */
public enum MatchDecision {
    /** The same person: link automatically. */
    LINK,
    /** Possibly the same person: a member of staff decides, with the explanation in front of them. */
    REVIEW,
    /** Not this person. */
    DIFFERENT_PERSON
}
