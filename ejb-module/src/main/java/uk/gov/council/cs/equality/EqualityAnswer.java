package uk.gov.council.cs.equality;

/**
 * One answer to one equality monitoring question. Every question offers "Prefer not to say"; a
 * question not asked has no answer at all (null), so the two stay distinct.
 */
public interface EqualityAnswer {

    /** The words the questionnaire shows for this answer. */
    String label();

    /** The name of the enum constant: every answer is one. */
    String name();

    /** The resident chose not to answer this question. */
    default boolean preferNotToSay() {
        return "PREFER_NOT_TO_SAY".equals(name());
    }
}
