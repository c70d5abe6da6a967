package uk.gov.council.cs.dataprotection;

import java.time.Instant;
import java.time.LocalDate;

/** What a run of the retention job did: counts only, with the cut-off dates that applied. */
public record RetentionReport(long id, Instant ranAt, String ranBy, int contactsErased, LocalDate contactsBefore,
                              int serviceRequestsErased, LocalDate serviceRequestsClosedBefore, int residentsAnonymised,
                              LocalDate residentsInactiveSince, int rejectedRecordsErased, LocalDate rejectedRecordsResolvedBefore,
                              int feedbackErased, LocalDate feedbackReceivedBefore, int equalityQuestionnairesErased,
                              LocalDate equalityAnswersReplacedBefore) {

    /** The report in words, as kept with the run. */
    public String text() {
        return String.format("Erased %d contacts that started before %s; erased %d service requests closed before %s;"
                        + " anonymised %d residents with nothing on record since %s; erased %d rejected records resolved"
                        + " before %s; erased %d comments, compliments, survey answers and finished complaints received"
                        + " before %s; erased %d equality monitoring questionnaires replaced before %s or of residents"
                        + " anonymised.", contactsErased, contactsBefore, serviceRequestsErased, serviceRequestsClosedBefore,
                residentsAnonymised, residentsInactiveSince, rejectedRecordsErased, rejectedRecordsResolvedBefore,
                feedbackErased, feedbackReceivedBefore, equalityQuestionnairesErased, equalityAnswersReplacedBefore);
    }
}
