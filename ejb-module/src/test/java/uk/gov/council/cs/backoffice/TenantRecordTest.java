package uk.gov.council.cs.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.residents.Address;

class TenantRecordTest {

    private static final Address FLAT = new Address("Flat 2", "Ashby House", "Station Road", null, "London", "SE15 4QB",
            100021234567L);

    private static TenantRecord tenant(LocalDate end, String phone) {
        return new TenantRecord("ten-004512", " P-88120", "secure", LocalDate.of(2019, 4, 1), end, FLAT, "Aisha", "Khan",
                LocalDate.of(1984, 3, 2), null, phone, null);
    }

    @Test
    void theKeyIsTheTenancyAndThePersonAsTheHousingSystemKnowsThem() {
        assertEquals("TEN-004512:P-88120", tenant(null, null).key());
        assertEquals("TEN-004512", tenant(null, null).reference());
    }

    @Test
    void theSameRowHasTheSameDigestAndAnyChangeGivesAnother() {
        assertEquals(tenant(null, "07700 900123").contentHash(), tenant(null, "07700 900123").contentHash());
        assertNotEquals(tenant(null, "07700 900123").contentHash(), tenant(null, "07700 900124").contentHash());
        assertNotEquals(tenant(null, null).contentHash(), tenant(LocalDate.of(2026, 11, 30), null).contentHash());
        assertEquals(64, tenant(null, null).contentHash().length());
    }

    @Test
    void aTenancyRunsUntilTheEndOfItsLastDay() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertTrue(tenant(null, null).isCurrentOn(today));
        assertTrue(tenant(today, null).isCurrentOn(today));
        assertFalse(tenant(today.minusDays(1), null).isCurrentOn(today));
        assertFalse(tenant(null, null).isCurrentOn(LocalDate.of(2019, 3, 31)), "not before it begins");
        assertTrue(tenant(null, null).isCurrentOn(LocalDate.of(2019, 4, 1)));
    }

    @Test
    void theTimelineSaysWhichTenancyWhereAndWhen() {
        assertEquals("Tenant of the secure tenancy TEN-004512 at Flat 2, Ashby House Station Road, London SE15 4QB"
                + " from 1 April 2019", tenant(null, null).summary());
        assertEquals("Housing system's tenancy record changed: Tenant of the secure tenancy TEN-004512 at Flat 2,"
                + " Ashby House Station Road, London SE15 4QB from 1 April 2019 to 30 November 2026",
                tenant(LocalDate.of(2026, 11, 30), null).changeSummary());
    }

    @Test
    void thePropertyIsKnownByItsUprnOrItsAddress() {
        assertTrue(tenant(null, null).sameProperty(new Address(null, "2 Ashby House", "Station Rd", null, null, "SE15 4QB",
                100021234567L)));
        assertTrue(tenant(null, null).sameProperty(new Address("flat 2", "Ashby House", "Station Road", null, "London",
                "SE15 4QB", null)));
        assertFalse(tenant(null, null).sameProperty(new Address(null, "14", "Rye Lane", null, "London", "SE15 5BY", null)));
        assertFalse(tenant(null, null).sameProperty(null));
    }

    @Test
    void tenanciesArriveInTheirOwnFolder() {
        assertEquals(Optional.of(Feed.HOUSING_TENANCIES), Feed.ofChannel("housing-tenancies"));
        assertEquals(Optional.of(Feed.HOUSING_TENANCIES), Feed.fromSource("folder:housing-tenancies"));
        assertEquals("folder", Feed.HOUSING_TENANCIES.arrival().word());
    }
}
