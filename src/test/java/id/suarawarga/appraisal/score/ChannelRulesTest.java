package id.suarawarga.appraisal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The brigading rules of the account-free channels, and what a snapshot writes about the channels. */
class ChannelRulesTest {

    static final Instant T0 = Instant.parse("2026-10-05T01:00:00Z");
    final ScoreParameters p = ScoreParameters.DEFAULTS;

    static Answer survey(long id, long unit, Instant at, Answer.Origin origin, String channel, int... scores) {
        int[] s = scores.length == 9 ? scores : new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3};
        Answer a = Answer.survey(id, unit, 1, origin.code() + ":" + id, at, null, s, null);
        return a.via(origin, channel);
    }

    static Set<Long> ids(List<Exclusion> ex, ExclusionRule rule) {
        return ex.stream().filter(e -> e.rule() == rule).map(Exclusion::answerId).collect(Collectors.toSet());
    }

    @Test
    void aKioskFasterThanPeopleIsExcludedOneAtAPersonsPaceIsNot() {
        List<Answer> answers = new ArrayList<>();
        // a busy morning at a person's pace: 40 answers, one every 45 s
        for (int i = 0; i < 40; i++) {
            answers.add(survey(i + 1, 7, T0.plusSeconds(45L * i), Answer.Origin.KIOSK, "3"));
        }
        List<Exclusion> none = BrigadeDetector.detect(answers, p);
        assertEquals(List.of(), none, "nor may the account rules call a kiosk's answers a burst of new accounts");
        // then someone taps through: 5 answers within 2 minutes (4 gaps of 25 s)
        Instant later = T0.plus(Duration.ofHours(2));
        for (int i = 0; i < 5; i++) {
            answers.add(survey(100 + i, 7, later.plusSeconds(25L * i), Answer.Origin.KIOSK, "3"));
        }
        // another kiosk at the same pace is judged on its own: 4 answers are no run of 5
        for (int i = 0; i < 4; i++) {
            answers.add(survey(200 + i, 7, later.plusSeconds(25L * i), Answer.Origin.KIOSK, "4"));
        }
        assertEquals(Set.of(100L, 101L, 102L, 103L, 104L),
                ids(BrigadeDetector.detect(answers, p), ExclusionRule.KIOSK_TOO_FAST));
    }

    @Test
    void aVisitBatchAnsweredByOneHandIsExcluded() {
        List<Answer> answers = new ArrayList<>();
        // five codes of batch 9 used from one client in 6 minutes; four of batch 10 from another in 2 minutes
        for (int i = 0; i < 5; i++) {
            answers.add(survey(i + 1, 7, T0.plusSeconds(90L * i), Answer.Origin.VISIT, "batch:9|client:ab"));
        }
        for (int i = 0; i < 4; i++) {
            answers.add(survey(10 + i, 7, T0.plusSeconds(30L * i), Answer.Origin.VISIT, "batch:10|client:cd"));
        }
        // and five single codes used by five people within minutes: each is its own channel
        for (int i = 0; i < 5; i++) {
            answers.add(survey(20 + i, 7, T0.plusSeconds(10L * i), Answer.Origin.VISIT, "visit:" + (20 + i)));
        }
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L),
                ids(BrigadeDetector.detect(answers, p), ExclusionRule.VISIT_BATCH_ONE_HAND));
    }

    @Test
    void aPaperBatchOfIdenticalSheetsIsExcludedAnOrdinaryOneIsNot() {
        List<Answer> answers = new ArrayList<>();
        // batch 5: 9 of 10 sheets identical (90 %)
        for (int i = 0; i < 10; i++) {
            answers.add(i < 9 ? survey(i + 1, 7, T0, Answer.Origin.PAPER, "5", 4, 4, 4, 4, 4, 4, 4, 4, 4)
                    : survey(i + 1, 7, T0, Answer.Origin.PAPER, "5", 3, 4, 4, 4, 4, 4, 4, 4, 4));
        }
        // batch 6: 8 of 10 identical (80 %): a unit that serves well, not a fabrication
        for (int i = 0; i < 10; i++) {
            answers.add(i < 8 ? survey(50 + i, 7, T0, Answer.Origin.PAPER, "6", 4, 4, 4, 4, 4, 4, 4, 4, 4)
                    : survey(50 + i, 7, T0, Answer.Origin.PAPER, "6", 3, 3, 4, 4, 2, 4, 4, 4, 4));
        }
        Set<Long> excluded = ids(BrigadeDetector.detect(answers, p), ExclusionRule.PAPER_UNIFORM);
        Set<Long> batch5 = new HashSet<>();
        for (long i = 1; i <= 10; i++) {
            batch5.add(i);
        }
        assertEquals(batch5, excluded, "the whole suspect batch, the odd sheet too");
    }

    @Test
    void aSnapshotOfAccountsOnlyKeepsItsFormerTextAndChannelsChangeIt() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(Answer.survey(i + 1, 7, 1, "warga" + i, T0.plusSeconds(600L * i), Instant.EPOCH,
                    new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3}, null));
        }
        var result = AppraisalCalculator.compute(answers, Map.of(7L, 1L), Map.of(), Set.of(), p);
        String before = SnapshotCanonical.text("2026-Q4", p, result.scores(), Map.of(7L, "U7"), result.detected(),
                Set.of());
        long[] accountsOnly = {3, 0, 0, 0};
        String silent = SnapshotCanonical.text("2026-Q4", p, result.scores(), Map.of(7L, "U7"), result.detected(),
                Set.of(), new SnapshotCanonical.Channels(EnumSet.allOf(Answer.Origin.class), Map.of(7L, accountsOnly)));
        assertEquals(before, silent, "snapshots frozen before the channels still reproduce");
        assertFalse(silent.contains("origins"));

        String narrowed = SnapshotCanonical.text("2026-Q4", p, result.scores(), Map.of(7L, "U7"), result.detected(),
                Set.of(), new SnapshotCanonical.Channels(EnumSet.of(Answer.Origin.ACCOUNT), Map.of(7L, accountsOnly)));
        assertTrue(narrowed.contains("inputs.origins_counted=[account]"), narrowed);
        assertTrue(narrowed.contains("param.kiosk_run=5"), narrowed);
        assertTrue(narrowed.contains("|origins=account:3,visit:0,kiosk:0,paper:0"), narrowed);
        String withKiosk = SnapshotCanonical.text("2026-Q4", p, result.scores(), Map.of(7L, "U7"), result.detected(),
                Set.of(), new SnapshotCanonical.Channels(EnumSet.allOf(Answer.Origin.class),
                        Map.of(7L, new long[] {2, 0, 1, 0})));
        assertNotEquals(SnapshotCanonical.sha256(narrowed), SnapshotCanonical.sha256(withKiosk));
    }
}
