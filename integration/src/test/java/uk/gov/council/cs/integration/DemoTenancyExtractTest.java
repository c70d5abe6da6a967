package uk.gov.council.cs.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.demo.DemoBorough;
import uk.gov.council.cs.demo.DemoTenancyExtract;
import uk.gov.council.cs.residents.ReferenceSystem;

/** The demo housing system's extract is one the folder route reads: every tenant's row valid but the one meant to be wrong. */
class DemoTenancyExtractTest {

    @Test
    void everyDemoTenantIsAValidRowAndOneRowIsWrongOnPurpose() throws Exception {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        List<DemoBorough.DemoResident> borough = new DemoBorough(20261125L, now).residents(300);
        long tenants = borough.stream().filter(r -> r.references().containsKey(ReferenceSystem.HOUSING_TENANCY)).count();
        assertTrue(tenants > 20, "the demo borough has council tenants: " + tenants);

        String csv = new DemoTenancyExtract(20261125L, LocalDate.of(2026, 12, 4)).csvFor(borough);
        List<TenancyExtract.Row> rows = new ArrayList<>();
        TenancyExtract.read(new StringReader(csv), rows::add);
        assertEquals(tenants + 4, rows.size(), "every tenant, three newcomers and the wrong row");
        Set<String> keys = new HashSet<>();
        List<TenancyExtract.Row> wrong = new ArrayList<>();
        for (TenancyExtract.Row row : rows) {
            if (!row.problems().isEmpty()) {
                wrong.add(row);
                continue;
            }
            assertTrue(keys.add(row.tenant().key()), () -> "each row its own key: " + row.tenant().key());
            assertTrue(row.tenant().startDate().isBefore(LocalDate.of(2026, 12, 4)));
        }
        assertEquals(1, wrong.size());
        assertEquals(List.of("date_of_birth is missing."), wrong.get(0).problems());
    }
}
