package uk.gov.council.cs.residents.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.council.cs.residents.identity.MergeRules.MergeState;

class MergeRulesTest {

    @Test
    void twoStandaloneRecordsWithAReasonMayBeMerged() {
        assertEquals(List.of(), MergeRules.problemsMerging(new MergeState(1, null), new MergeState(2, null),
                "Same NI number on both"));
    }

    @Test
    void aRecordCannotBeMergedIntoItself() {
        assertEquals(List.of("A record cannot be merged into itself: choose two different records."),
                MergeRules.problemsMerging(new MergeState(1, null), new MergeState(1, null), "x"));
    }

    @Test
    void aRecordAlreadyMergedMustBeUnmergedFirst() {
        assertEquals(List.of("Record 2 is already merged into record 9; unmerge it first."),
                MergeRules.problemsMerging(new MergeState(1, null), new MergeState(2, 9L), "x"));
    }

    @Test
    void theRecordKeptMustNotItselfBeMergedAway() {
        assertEquals(List.of("Record 1 is itself merged into record 7; keep that record instead."),
                MergeRules.problemsMerging(new MergeState(1, 7L), new MergeState(2, null), "x"));
    }

    @Test
    void aMergeNeedsAReasonOfSensibleLength() {
        assertEquals(List.of("Give the reason for the merge: it is kept in the record's history."),
                MergeRules.problemsMerging(new MergeState(1, null), new MergeState(2, null), "  "));
        assertEquals(List.of("The reason is longer than 500 characters."),
                MergeRules.problemsMerging(new MergeState(1, null), new MergeState(2, null), "x".repeat(501)));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertEquals(3, MergeRules.problemsMerging(new MergeState(1, 5L), new MergeState(2, 6L), null).size());
    }

    @Test
    void aMergeCanBeUndoneOnceAndOnlyWithAReason() {
        assertTrue(MergeRules.problemsUnmerging(false, "Twins, not one person").isEmpty());
        assertEquals(List.of("This merge has already been undone."), MergeRules.problemsUnmerging(true, "again"));
        assertEquals(List.of("Give the reason for the unmerge: it is kept in the record's history."),
                MergeRules.problemsUnmerging(false, null));
    }
}
