package uk.gov.council.cs.workingdays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The council's working-day calendar as it stands: the shipped bank holidays of the council's
 * nation ({@code council.nation}: england-and-wales, scotland or northern-ireland; England and Wales
 * by default), brought up to date by any GOV.UK file an administrator imported, less the days the
 * council itself is closed. Callers ask for it each time, so a change applies to the next clock started.
 */
@ApplicationScoped
public class CouncilCalendar {

    public static final String NATION_SETTING = "council.nation";
    private static final BankHolidayFile SHIPPED = BankHolidayFile.shipped();

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    private final Nation nation = Nation.ofDivision(System.getProperty(NATION_SETTING, Nation.ENGLAND_AND_WALES.division()));
    private volatile WorkingDayCalendar current;

    public WorkingDayCalendar calendar() {
        WorkingDayCalendar calendar = current;
        if (calendar == null) {
            calendar = load();
            current = calendar;
        }
        return calendar;
    }

    public Nation nation() {
        return nation;
    }

    /** Forgets the calendar so the next caller reads the closures and imports again; called after each change. */
    public void changed() {
        current = null;
    }

    /** The bank holidays in force for the council's nation: shipped, updated by the imported files. */
    public BankHolidayFile bankHolidays() {
        BankHolidayFile imported = BankHolidayFile.of(em.createQuery("SELECT h FROM ImportedBankHoliday h", ImportedBankHoliday.class)
                .getResultList().stream().map(ImportedBankHoliday::holiday).toList());
        return SHIPPED.updatedBy(imported);
    }

    private WorkingDayCalendar load() {
        Set<LocalDate> closures = em.createQuery("SELECT c FROM CouncilClosure c", CouncilClosure.class).getResultList().stream()
                .map(CouncilClosure::getDay).collect(Collectors.toSet());
        return WorkingDayCalendar.forNation(nation, bankHolidays(), closures);
    }
}
