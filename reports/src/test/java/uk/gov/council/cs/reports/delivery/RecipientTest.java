package uk.gov.council.cs.reports.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recipients are a staff role, a named officer, or an address in a domain the council allows, and nothing else. */
class RecipientTest {

    private static final Set<String> ALLOWED = Set.of("example.gov.uk");

    @Test
    void aRoleAnOfficerAndAnAllowedAddressAreRead() {
        assertEquals(new Recipient(Recipient.Kind.ROLE, "senior-manager"), Recipient.parse(" role:senior-manager ", ALLOWED));
        assertEquals(new Recipient(Recipient.Kind.STAFF, "alex.adviser"), Recipient.parse("staff:alex.adviser", ALLOWED));
        assertEquals(new Recipient(Recipient.Kind.EXTERNAL, "clerk@Example.gov.uk"), Recipient.parse("clerk@Example.gov.uk", ALLOWED));
        assertEquals("role:senior-manager", Recipient.parse("role:senior-manager", ALLOWED).text());
    }

    @Test
    void anAddressOutsideTheAllowedDomainsIsRefusedSayingWhichAreAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Recipient.parse("someone@gmail.com", ALLOWED));
        assertEquals("Reports may not be sent to gmail.com; the domains allowed are example.gov.uk.", e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Recipient.parse("a@b.org", Set.of())).getMessage()
                .contains("no address outside the council is allowed"));
    }

    @Test
    void anUnknownRoleOrASystemRoleIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Recipient.parse("role:mayor", ALLOWED)).getMessage()
                .startsWith("\"role:mayor\" names no staff role; the roles are adviser,"));
        assertThrows(IllegalArgumentException.class, () -> Recipient.parse("role:back-office-system", ALLOWED));
    }

    @Test
    void anythingElseIsRefusedWithWhatToWrite() {
        assertEquals("\"the committee\" is not a recipient; write role:senior-manager, staff:a-username or an e-mail address.",
                assertThrows(IllegalArgumentException.class, () -> Recipient.parse("the committee", ALLOWED)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Recipient.parse("staff:Not A Name", ALLOWED));
        assertThrows(IllegalArgumentException.class, () -> Recipient.parse(null, ALLOWED));
    }
}
