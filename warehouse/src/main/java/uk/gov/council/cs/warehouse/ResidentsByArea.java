package uk.gov.council.cs.warehouse;

import java.util.Map;
import java.util.TreeMap;
import uk.gov.council.cs.residents.Postcode;

/**
 * Counts residents per postcode district from counts per postcode. The district is the postcode's
 * outward code, as {@link Postcode} defines it, so the warehouse and the customer records agree.
 */
public final class ResidentsByArea {

    private final Map<String, Integer> byDistrict = new TreeMap<>();

    public void add(String postcode, int residents) {
        byDistrict.merge(Postcode.of(postcode).outwardCode(), residents, Integer::sum);
    }

    public Map<String, Integer> byDistrict() {
        return Map.copyOf(byDistrict);
    }

    public int total() {
        return byDistrict.values().stream().mapToInt(Integer::intValue).sum();
    }
}
