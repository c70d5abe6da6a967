package uk.gov.council.cs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The synthetic borough's names are spread as a real borough's are: a few common, most rare. */
class BoroughNamesTest {

    @Test
    void strangersShareASurnameAboutOnceInThreeHundredAndFiftyAndAForenameAboutOnceInAHundredAndTwenty() {
        double surname = BoroughNames.chanceOfSharedSurname();
        double forename = BoroughNames.chanceOfSharedForename();
        assertTrue(surname > 1 / 600.0 && surname < 1 / 250.0, "surname: 1 in " + Math.round(1 / surname));
        assertTrue(forename > 1 / 180.0 && forename < 1 / 80.0, "forename: 1 in " + Math.round(1 / forename));
    }

    @Test
    void theCommonNamesTakeTheirShareAndTheMostCommonComesFirst() {
        Random random = new Random(7);
        Map<String, Integer> surnames = new HashMap<>();
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            surnames.merge(BoroughNames.surname(random), 1, Integer::sum);
        }
        int common = 0;
        for (String s : DemoBorough.SURNAMES) {
            common += surnames.getOrDefault(s, 0);
        }
        assertEquals(BoroughNames.COMMON_SURNAME_SHARE, common / (double) draws, 0.01);
        String mostDrawn = surnames.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(DemoBorough.SURNAMES[0], mostDrawn);
        assertTrue(surnames.size() > 2000, "only " + surnames.size() + " distinct surnames drawn");
    }

    @Test
    void thereIsALongTailOfRarerSurnames() {
        assertTrue(BoroughNames.distinctSurnames() > 2500, BoroughNames.distinctSurnames() + " surnames");
    }
}
