package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import uk.gov.council.cs.workingdays.CouncilTime;

/** How every screen writes a moment: in the council's time, as staff read it ("25 Nov 2026 09:30"). */
@Named
@ApplicationScoped
public class CouncilFormat {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy");

    public static String moment(Instant instant) {
        return CouncilTime.readable(instant);
    }

    public String when(Instant instant) {
        return moment(instant);
    }

    /** A day as staff read it: "5 Nov 2026"; empty for none. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
