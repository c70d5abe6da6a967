package uk.gov.council.cs.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * After a load, each fact's count per month in the operational schema beside the warehouse's.
 * Any difference fails the load: a figure that does not add up is never silent.
 */
public final class Reconciliation {

    /** One month of one fact that does not agree. */
    public record Difference(String fact, String period, long operational, long warehouse) {
        public String describe() {
            return fact + " " + period + ": " + operational + " in the operational records, " + warehouse + " in the warehouse";
        }
    }

    private Reconciliation() {
    }

    /** The months in either count where the two differ, a month missing from one side counting as nought. */
    public static List<Difference> compare(String fact, Map<String, Long> operational, Map<String, Long> warehouse) {
        List<Difference> differences = new ArrayList<>();
        TreeSet<String> periods = new TreeSet<>(operational.keySet());
        periods.addAll(warehouse.keySet());
        for (String period : periods) {
            long o = operational.getOrDefault(period, 0L);
            long w = warehouse.getOrDefault(period, 0L);
            if (o != w) {
                differences.add(new Difference(fact, period, o, w));
            }
        }
        return differences;
    }
}
