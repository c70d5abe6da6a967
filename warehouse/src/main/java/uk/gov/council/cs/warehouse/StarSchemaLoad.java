package uk.gov.council.cs.warehouse;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.gov.council.cs.equality.AgeBands;
import uk.gov.council.cs.security.Roles;
import uk.gov.council.cs.workingdays.CouncilTime;
import uk.gov.council.cs.audit.ActingAs;

/**
 * Loads the star schema from the operational records: the dimensions, then the resident dimension
 * and each fact, each copying only what changed since its watermark (a rebuild copies everything).
 * Every chunk is its own transaction and keeps its place, so a load that dies resumes where it
 * stopped; copying a record again replaces its facts, so running a load twice changes nothing.
 * Afterwards each fact's count per month is reconciled with the operational records (every month
 * after a rebuild; after a load of changes, the months it touched and the current one, so that it
 * stays quick at borough scale), and any difference fails the load and is kept with it. One load
 * at a time. Last, each financial year whose contacts changed has its contact aggregates counted again
 * ({@link ContactAggregates}): the committee reports read those, not twenty million facts.
 */
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(value = 30, unit = TimeUnit.MINUTES)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StarSchemaLoad {

    private static final Logger LOG = Logger.getLogger(StarSchemaLoad.class.getName());
    /** How far each load reaches back before its watermark, for rows stamped before and committed after the last. */
    public static final String OVERLAP_SETTING = "council.warehouse.overlap-seconds";
    public static final String CHUNK_SETTING = "council.warehouse.chunk-size";
    /** Who the nightly and the demo's loads are, in what they record. */
    public static final String JOB = "warehouse-job";

    /** A rebuild copies everything, so it takes bigger chunks: fewer, longer transactions. */
    public static final String REBUILD_CHUNK_SETTING = "council.warehouse.rebuild-chunk-size";
    /** For tests of restarting: the load stops as if the server died after this many chunks. */
    public static final String STOP_AFTER_SETTING = "council.warehouse.stop-after-chunks";

    @EJB
    private LoadSteps steps;

    @EJB
    private WarehouseDimensions dimensions;

    @EJB
    private ResidentDimension residents;

    @Resource
    private SessionContext session;

    /** The load that dies part-way, on purpose (the test setting above). */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped(int chunks) {
            super("The load stopped after " + chunks + " chunks, as " + STOP_AFTER_SETTING + " asked.");
        }
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public FactLoadReport loadChanges() {
        return run("INCREMENTAL", false);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public FactLoadReport rebuild() {
        return run("REBUILD", true);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    @Lock(LockType.READ)
    public List<FactLoadReport> history(int max) {
        return steps.history(max);
    }

    private FactLoadReport run(String kind, boolean rebuild) {
        Instant started = Instant.now();
        String by = caller();
        AgeBands bands = AgeBands.from(System::getProperty);
        Map<String, Integer> ageBandKeys = dimensions.refresh(bands, CouncilTime.today());
        List<FactDefinition> facts = new Facts(steps.dialect(), bands, ageBandKeys).all();
        if (rebuild) {
            steps.forgetEverything(facts);
        }
        long loadId = steps.startLoad(kind, by, started);
        long copied = 0;
        long removed = 0;
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        int[] chunks = {0};
        int stopAfter = Integer.getInteger(STOP_AFTER_SETTING, Integer.MAX_VALUE);
        int chunkSize = Math.max(1, rebuild ? Integer.getInteger(REBUILD_CHUNK_SETTING, 50_000)
                : Integer.getInteger(CHUNK_SETTING, 5000));
        Duration overlap = Duration.ofSeconds(Long.getLong(OVERLAP_SETTING, 600L));
        try {
            // A window left unfinished by a load that died is finished first, then the changes since.
            LoadWindow residentWindow;
            do {
                residentWindow = window(ResidentDimension.FACT, started, overlap);
                if (!residentWindow.resuming()) {
                    residents.listWork(residentWindow);
                }
                for (Long last = residents.copyChunk(residentWindow.resumeAfterId(), chunkSize); last != null;
                     last = residents.copyChunk(last, chunkSize)) {
                    stopIfAsked(++chunks[0], stopAfter);
                }
                steps.finish(ResidentDimension.FACT, residentWindow);
            } while (residentWindow.resuming());

            for (FactDefinition fact : facts) {
                Set<String> months = touched.computeIfAbsent(fact.name(), f -> new TreeSet<>());
                LoadWindow w;
                do {
                    w = window(fact.name(), started, overlap);
                    if (!w.resuming()) {
                        steps.listWork(fact, w);
                    }
                    // A rebuild's first window copies into facts it has just emptied.
                    boolean intoEmptyFacts = rebuild && !w.resuming();
                    for (LoadSteps.Chunk chunk = steps.copyChunk(fact, w.resumeAfterId(), chunkSize, intoEmptyFacts);
                         chunk.lastId() != null; chunk = steps.copyChunk(fact, chunk.lastId(), chunkSize, intoEmptyFacts)) {
                        copied += chunk.copied();
                        removed += chunk.removed();
                        chunk.months().forEach(m -> months.add(month(m)));
                        stopIfAsked(++chunks[0], stopAfter);
                    }
                    LoadSteps.Chunk erased = steps.removeErased(fact, w);
                    removed += erased.removed();
                    erased.months().forEach(m -> months.add(month(m)));
                    steps.finish(fact.name(), w);
                } while (w.resuming());
            }
            // The reports' contact aggregates, for each year whose contacts or people changed (every year after a rebuild).
            for (String year : steps.yearsToRecount(rebuild)) {
                long begun = System.nanoTime();
                steps.recount(year);
                LOG.info(() -> "Warehouse load " + loadId + ": contacts of " + year + " counted again for the reports in "
                        + (System.nanoTime() - begun) / 1_000_000 + " ms");
            }
        } catch (RuntimeException e) {
            steps.endLoad(loadId, "FAILED", copied, removed, e instanceof Stopped ? e.getMessage()
                    : "Stopped by " + e.getClass().getSimpleName() + ": " + e.getMessage(), List.of(), Map.of());
            LOG.warning(() -> "Warehouse load " + loadId + " failed: " + e.getClass().getSimpleName());
            throw e;
        }
        List<Reconciliation.Difference> differences = new ArrayList<>();
        Map<String, Map<String, Long>> operational = new LinkedHashMap<>();
        String thisMonth = YearMonth.from(CouncilTime.today()).toString();
        for (FactDefinition fact : facts) {
            Map<String, Long> o = new LinkedHashMap<>();
            Map<String, Long> w = new LinkedHashMap<>();
            if (rebuild) {
                // A rebuild checks every month; a load of changes the months it touched and the current one.
                o = steps.countByMonth(fact.operationalCount());
                w = steps.countByMonth(fact.warehouseCount());
            } else {
                Set<String> months = new TreeSet<>(touched.getOrDefault(fact.name(), Set.of()));
                months.add(thisMonth);
                for (String month : months) {
                    long[] counts = steps.countMonth(fact, YearMonth.parse(month));
                    o.put(month, counts[0]);
                    w.put(month, counts[1]);
                }
            }
            operational.put(fact.name(), o);
            differences.addAll(Reconciliation.compare(fact.name(), o, w));
        }
        String status = differences.isEmpty() ? "SUCCEEDED" : "FAILED";
        String detail = differences.isEmpty() ? "Reconciled: every fact's count per month agrees with the operational records."
                : "Not reconciled: " + differences.stream().map(Reconciliation.Difference::describe)
                .collect(Collectors.joining("; ")) + ".";
        steps.endLoad(loadId, status, copied, removed, detail, differences, operational);
        long c = copied;
        long r = removed;
        LOG.info(() -> "Warehouse load " + loadId + " (" + kind + "): " + c + " fact rows copied, " + r + " removed; " + status);
        return steps.history(1).get(0);
    }

    private LoadWindow window(String fact, Instant now, Duration overlap) {
        LoadSteps.Watermark mark = steps.watermark(fact);
        return LoadWindow.next(mark.loadedThrough() == null || mark.loadedThrough().equals(LoadWindow.BEGINNING) ? null
                : mark.loadedThrough(), mark.windowTo(), mark.resumeAfterId(), now, overlap);
    }

    /** yyyy-mm of a yyyymm number. */
    private static String month(int yyyymm) {
        return String.format("%04d-%02d", yyyymm / 100, yyyymm % 100);
    }

    private static void stopIfAsked(int chunks, int stopAfter) {
        if (chunks >= stopAfter) {
            throw new Stopped(chunks);
        }
    }

    private String caller() {
        return ActingAs.who(session.getCallerPrincipal());
    }
}
