package uk.gov.council.cs.workingdays;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import uk.gov.council.cs.refusals.DetailsRefused;
import uk.gov.council.cs.refusals.NotFound;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.audit.ActingAs;

/**
 * The working-day calendar as administrators keep it: the council's own closure days, and newer
 * bank holidays imported from GOV.UK's file. A change applies to clocks started after it; clocks
 * already running keep the dates they were given.
 */
@Stateless
public class WorkingDays {

    private static final Logger LOG = Logger.getLogger(WorkingDays.class.getName());

    /** One year of the calendar as staff see it. */
    public record Year(int year, Nation nation, List<Holiday> bankHolidays, List<Closure> closures) {
    }

    public record Holiday(LocalDate day, String title) {
    }

    public record Closure(LocalDate day, String reason, String addedBy) {
    }

    /** What an import changed: for each nation, the years whose holidays it replaced. */
    public record Imported(Map<Nation, Set<Integer>> yearsReplaced, int holidays) {
    }

    @PersistenceContext(unitName = "council")
    private EntityManager em;

    @Inject
    private CouncilCalendar councilCalendar;

    @Resource
    private SessionContext session;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR})
    public Year year(int year) {
        List<Holiday> holidays = councilCalendar.bankHolidays().of(councilCalendar.nation()).stream()
                .filter(h -> h.date().getYear() == year).map(h -> new Holiday(h.date(), h.title())).toList();
        List<Closure> closures = em.createQuery("SELECT c FROM CouncilClosure c WHERE c.day >= :from AND c.day <= :to ORDER BY c.day",
                        CouncilClosure.class).setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().stream().map(c -> new Closure(c.getDay(), c.getReason(), c.getAddedBy())).toList();
        return new Year(year, councilCalendar.nation(), holidays, closures);
    }

    /** The working day {@code days} working days after {@code from}, as every deadline counts it. */
    @RolesAllowed({Roles.ADVISER, Roles.COMPLAINTS_OFFICER, Roles.INVESTIGATING_OFFICER, Roles.HEAD_OF_SERVICE,
            Roles.SENIOR_MANAGER, Roles.ADMINISTRATOR})
    public LocalDate after(LocalDate from, int days) {
        if (from == null || days < 0 || days > 260) {
            throw new DetailsRefused("No date was worked out.", List.of("Give a start date and from 0 to 260 working days."));
        }
        return councilCalendar.calendar().plusWorkingDays(from, days);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Closure close(LocalDate day, String reason) {
        councilCalendar.calendar().problemClosing(day, reason, CouncilTime.today(clock)).ifPresent(p -> {
            throw new DetailsRefused("The closure was not added.", List.of(p));
        });
        CouncilClosure closure = new CouncilClosure(day, reason, caller(), clock.instant());
        em.persist(closure);
        calendarChanged();
        LOG.info(() -> "Council closure added for " + day);
        return new Closure(day, closure.getReason(), closure.getAddedBy());
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public void removeClosure(LocalDate day) {
        CouncilClosure closure = em.find(CouncilClosure.class, day);
        if (closure == null) {
            throw new NotFound("council closure on", day.toString());
        }
        em.remove(closure);
        calendarChanged();
    }

    /**
     * Imports a file in GOV.UK's bank-holidays format: for each nation it has, its dates replace
     * those held for the years it covers. A file not in that format is refused whole with the reason.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Imported importBankHolidays(String json) {
        BankHolidayFile file;
        try {
            file = BankHolidayFile.read(new ByteArrayInputStream((json == null ? "" : json).getBytes(StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | IOException e) {
            throw new DetailsRefused("The bank holidays were not imported.", List.of(
                    e instanceof IllegalArgumentException ? e.getMessage() : "The file could not be read."));
        }
        Map<Nation, Set<Integer>> replaced = new TreeMap<>();
        Instant now = clock.instant();
        int count = 0;
        for (Nation nation : file.nations()) {
            Set<Integer> years = file.yearsCovered(nation);
            for (int year : years) {
                em.createQuery("DELETE FROM ImportedBankHoliday h WHERE h.nation = :n AND h.day >= :from AND h.day <= :to")
                        .setParameter("n", nation).setParameter("from", LocalDate.of(year, 1, 1))
                        .setParameter("to", LocalDate.of(year, 12, 31)).executeUpdate();
            }
            for (BankHolidayFile.BankHoliday h : file.of(nation)) {
                em.persist(new ImportedBankHoliday(h, caller(), now));
                count++;
            }
            replaced.put(nation, years);
        }
        calendarChanged();
        LOG.info("Bank holidays imported: " + replaced);
        return new Imported(replaced, count);
    }

    /** The cached calendar is dropped once the change is committed (or rolled back), so no one keeps the old one. */
    private void calendarChanged() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                councilCalendar.changed();
            }
        });
    }

    private String caller() {
        return ActingAs.who(session.getCallerPrincipal());
    }
}
