package uk.gov.council.cs.dataprotection;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * How long each kind of record is kept, from configuration (the council's retention schedule), with
 * the defaults councils commonly use: six years for contacts and closed service requests, six years
 * of inactivity before a resident's record is anonymised, 90 days for a rejected incoming record
 * once it has been replayed or discarded, and six years for comments, compliments, survey answers
 * and complaints the council has finished with. Equality monitoring answers replaced by later ones
 * are kept two years (the report year they may have counted in, and the next), and a resident's
 * current answers go when the resident is anonymised.
 */
public record RetentionPeriods(int contactYears, int serviceRequestYears, int inactiveResidentYears, int rejectedRecordDays,
                               int feedbackYears, int replacedEqualityAnswerYears) {

    public static final RetentionPeriods DEFAULT = new RetentionPeriods(6, 6, 6, 90, 6, 2);

    public RetentionPeriods {
        if (contactYears < 1 || serviceRequestYears < 1 || inactiveResidentYears < 1 || rejectedRecordDays < 1
                || feedbackYears < 1 || replacedEqualityAnswerYears < 1) {
            throw new IllegalArgumentException("Every retention period must be at least 1 (years, or days for rejected records).");
        }
    }

    public static RetentionPeriods from(UnaryOperator<String> configuration) {
        return new RetentionPeriods(number(configuration, "council.retention.contact-years", DEFAULT.contactYears),
                number(configuration, "council.retention.service-request-years", DEFAULT.serviceRequestYears),
                number(configuration, "council.retention.inactive-resident-years", DEFAULT.inactiveResidentYears),
                number(configuration, "council.retention.rejected-record-days", DEFAULT.rejectedRecordDays),
                number(configuration, "council.retention.feedback-years", DEFAULT.feedbackYears),
                number(configuration, "council.retention.replaced-equality-answer-years", DEFAULT.replacedEqualityAnswerYears));
    }

    /** Contacts that started before this day have expired. */
    public LocalDate contactsBefore(LocalDate today) {
        return today.minusYears(contactYears);
    }

    /** Service requests closed before this day have expired. */
    public LocalDate serviceRequestsClosedBefore(LocalDate today) {
        return today.minusYears(serviceRequestYears);
    }

    /** A resident with nothing on record since before this day is anonymised. */
    public LocalDate residentsInactiveSince(LocalDate today) {
        return today.minusYears(inactiveResidentYears);
    }

    /**
     * Feedback received before this day has expired; a complaint only once the council has finished
     * with it (no longer open, and no Ombudsman case waiting for a decision).
     */
    public LocalDate feedbackReceivedBefore(LocalDate today) {
        return today.minusYears(feedbackYears);
    }

    /** Equality monitoring answers replaced by later ones before this day have expired. */
    public LocalDate equalityAnswersReplacedBefore(LocalDate today) {
        return today.minusYears(replacedEqualityAnswerYears);
    }

    /** Rejected records resolved before this day have expired. */
    public LocalDate rejectedRecordsResolvedBefore(LocalDate today) {
        return today.minusDays(rejectedRecordDays);
    }

    private static int number(UnaryOperator<String> configuration, String key, int otherwise) {
        String value = configuration.apply(key);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Setting " + key + " must be a whole number, not \"" + value + "\".");
        }
    }
}
