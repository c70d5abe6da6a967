package uk.gov.council.cs.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgeBandsTest {

    @Test
    void theDefaultBandsAreDomainsNine() {
        assertEquals(List.of("0-15", "16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-84", "85+"),
                AgeBands.DEFAULT.bands().stream().map(AgeBands.Band::label).toList());
    }

    @Test
    void everyAgeFallsInTheBandThatHoldsIt() {
        assertEquals("0-15", AgeBands.DEFAULT.bandOf(0).label());
        assertEquals("0-15", AgeBands.DEFAULT.bandOf(15).label());
        assertEquals("16-24", AgeBands.DEFAULT.bandOf(16).label());
        assertEquals("16-24", AgeBands.DEFAULT.bandOf(24).label());
        assertEquals("25-34", AgeBands.DEFAULT.bandOf(25).label());
        assertEquals("75-84", AgeBands.DEFAULT.bandOf(84).label());
        assertEquals("85+", AgeBands.DEFAULT.bandOf(85).label());
        assertEquals("85+", AgeBands.DEFAULT.bandOf(112).label());
    }

    @Test
    void theBandOnADayTurnsOnTheBirthday() {
        LocalDate born = LocalDate.of(2000, 3, 15);
        assertEquals("16-24", AgeBands.DEFAULT.bandOn(born, LocalDate.of(2025, 3, 14)).label(), "24 the day before");
        assertEquals("25-34", AgeBands.DEFAULT.bandOn(born, LocalDate.of(2025, 3, 15)).label(), "25 on the day");
        LocalDate leapling = LocalDate.of(2004, 2, 29);
        assertEquals("16-24", AgeBands.DEFAULT.bandOn(leapling, LocalDate.of(2020, 2, 29)).label(), "16 on 29 February");
        assertEquals("0-15", AgeBands.DEFAULT.bandOn(leapling, LocalDate.of(2020, 2, 28)).label(), "15 the day before");
    }

    @Test
    void aCouncilMayChooseWiderBands() {
        AgeBands wide = AgeBands.from(key -> AgeBands.SETTING.equals(key) ? "0-17, 18-64, 65+" : null);
        assertEquals("18-64", wide.bandOf(40).label());
        assertEquals("65+", wide.bandOf(65).label());
        assertEquals(AgeBands.DEFAULT.bands(), AgeBands.from(key -> null).bands(), "no setting: the default");
    }

    @Test
    void bandsWithGapsOverlapsOrNoOpenEndAreRefusedSayingWhich() {
        assertEquals("Setting council.equality.age-bands (\"0-15,17-64,65+\"): band 17-64 should start at 16.",
                assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-15,17-64,65+")).getMessage());
        assertEquals("Setting council.equality.age-bands (\"0-20,18-64,65+\"): band 18-64 should start at 21.",
                assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-20,18-64,65+")).getMessage());
        assertEquals("Setting council.equality.age-bands (\"0-15,16-99\"): the last band must be open, like 85+.",
                assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-15,16-99")).getMessage());
        assertEquals("Setting council.equality.age-bands (\"0-15,16+,30+\"): only the last band may be open.",
                assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-15,16+,30+")).getMessage());
        assertEquals("Setting council.equality.age-bands (\"0-15,sixteen+\"): \"sixteen+\" is not a band like 16-24 or 85+.",
                assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-15,sixteen+")).getMessage());
        assertEquals("Setting council.equality.age-bands (\"5-15,16+\"): band 5-15 should start at 0.",
                assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("5-15,16+")).getMessage());
        assertEquals("Setting council.equality.age-bands (\"0-15,20-16,21+\"): band 20-16 should start at 16.",
                assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-15,20-16,21+")).getMessage());
        assertEquals("Setting council.equality.age-bands (\"0-15,16-10,11+\"): band 16-10 ends before it starts.",
                assertThrows(IllegalArgumentException.class, () -> AgeBands.parse("0-15,16-10,11+")).getMessage());
    }
}
