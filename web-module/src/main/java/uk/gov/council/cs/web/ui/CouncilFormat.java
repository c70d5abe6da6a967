package uk.gov.council.cs.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import uk.gov.council.cs.workingdays.CouncilTime;

/** How every screen writes a moment: in the council's time, as staff read it ("25 Nov 2026 09:30"). */
@Named
@ApplicationScoped
public class CouncilFormat {

    public static String moment(Instant instant) {
        return CouncilTime.readable(instant);
    }

    public String when(Instant instant) {
        return moment(instant);
    }
}
