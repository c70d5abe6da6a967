package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import uk.gov.council.cs.workingdays.CouncilTime;

/** How every screen writes a moment: in the council's time, as staff read it ("25 Nov 2026 09:30"). */
@Named
@ApplicationScoped
public class CouncilFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    public static String moment(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, CouncilTime.ZONE).format(WHEN);
    }

    public String when(Instant instant) {
        return moment(instant);
    }
}
