package uk.gov.council.cs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.contacts.Channel;
import uk.gov.council.cs.equality.EqualityAnswers;
import uk.gov.council.cs.equality.EthnicGroup;

class DemoEqualityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static List<Optional<EqualityAnswers>> draw(int n, LocalDate born) {
        DemoEquality demo = new DemoEquality(7L);
        return IntStream.range(0, n).mapToObj(i -> demo.answersFor(born, TODAY)).toList();
    }

    @Test
    void aboutHalfTheResidentsAnswerAndEveryAnswerWouldBeAccepted() {
        LocalDate born = LocalDate.of(1980, 4, 1);
        List<Optional<EqualityAnswers>> all = draw(4000, born);
        long answered = all.stream().filter(Optional::isPresent).count();
        assertTrue(answered > 2000 && answered < 2400, answered + " of 4000 answered; expected about 55%");
        all.stream().flatMap(Optional::stream).forEach(a -> assertEquals(List.of(), a.problems(born, TODAY), a.toString()));
    }

    @Test
    void theAnswersFollowTheDemoBoroughsCensus() {
        List<EqualityAnswers> answers = draw(6000, LocalDate.of(1980, 4, 1)).stream().flatMap(Optional::stream).toList();
        double whiteBritish = answers.stream().filter(a -> a.ethnicGroup() == EthnicGroup.WHITE_BRITISH).count()
                / (double) answers.size();
        double african = answers.stream().filter(a -> a.ethnicGroup() == EthnicGroup.AFRICAN).count() / (double) answers.size();
        assertTrue(Math.abs(whiteBritish - 0.368 * 0.96) < 0.03, "White British " + whiteBritish + ", census 36.8%");
        assertTrue(Math.abs(african - 0.158 * 0.96) < 0.02, "African " + african + ", census 15.8%");
        assertTrue(answers.stream().anyMatch(a -> a.ethnicGroup() == EthnicGroup.PREFER_NOT_TO_SAY), "some prefer not to say");
    }

    @Test
    void childrenAreNotAskedTheAdultQuestions() {
        draw(300, TODAY.minusYears(12)).stream().flatMap(Optional::stream).forEach(a -> {
            assertNull(a.genderIdentity());
            assertNull(a.sexualOrientation());
        });
    }

    @Test
    void olderResidentsMoveMostWebContactsToThePhoneOrDesk() {
        DemoEquality demo = new DemoEquality(7L);
        long stillWeb = IntStream.range(0, 1000).filter(i -> demo.channelFor(Channel.WEB, LocalDate.of(1950, 1, 1), TODAY, null)
                == Channel.WEB).count();
        assertTrue(stillWeb > 180 && stillWeb < 320, stillWeb + " of 1000 stayed on the web; expected about a quarter");
        assertEquals(Channel.WEB, demo.channelFor(Channel.WEB, LocalDate.of(1990, 1, 1), TODAY, null), "younger: unchanged");
        assertEquals(Channel.POST, demo.channelFor(Channel.POST, LocalDate.of(1950, 1, 1), TODAY, null));
    }

    @Test
    void theDemoCensusFilesAreTheBoroughsAndTwoNeighbours() {
        String ts021 = DemoEquality.censusFile("census2021-ts021-demo.csv");
        assertEquals(4, ts021.lines().count());
        assertTrue(ts021.contains("2021,Demo Borough,E09000099,307600,"), ts021.lines().skip(1).findFirst().orElseThrow());
    }
}
