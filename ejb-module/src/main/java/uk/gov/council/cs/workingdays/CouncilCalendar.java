package uk.gov.council.cs.workingdays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * The council's working-day calendar for the application: the bank holidays shipped with it for
 * the council's nation ({@code council.nation}: england-and-wales, scotland or northern-ireland;
 * England and Wales by default).
 */
@ApplicationScoped
public class CouncilCalendar {

    public static final String NATION_SETTING = "council.nation";

    private final WorkingDayCalendar calendar = WorkingDayCalendar.forNation(
            Nation.ofDivision(System.getProperty(NATION_SETTING, Nation.ENGLAND_AND_WALES.division())),
            BankHolidayFile.shipped(), Set.of());

    @Produces
    public WorkingDayCalendar calendar() {
        return calendar;
    }
}
