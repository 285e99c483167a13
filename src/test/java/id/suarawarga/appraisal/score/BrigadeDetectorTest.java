package id.suarawarga.appraisal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BrigadeDetectorTest {

    static final Instant T0 = Instant.parse("2025-02-03T01:00:00Z");
    static final Instant OLD = Instant.parse("2024-01-01T00:00:00Z");
    final ScoreParameters p = ScoreParameters.DEFAULTS;

    static Answer rating(long id, long unit, String author, Instant at, Instant firstSeen, String comment) {
        return Answer.rating(id, unit, 1, author, at, firstSeen, 1, comment);
    }

    static Set<Long> ids(List<Exclusion> ex, ExclusionRule rule) {
        return ex.stream().filter(e -> e.rule() == rule).map(Exclusion::answerId).collect(Collectors.toSet());
    }

    @Test
    void tenFreshAccountsInADayAreABurstNineAreNot() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Instant at = T0.plus(Duration.ofMinutes(90L * i));
            answers.add(rating(i + 1, 7, "fresh" + i, at, at, null));
        }
        // old accounts in the same hours do not count toward a burst
        for (int i = 0; i < 20; i++) {
            answers.add(rating(100 + i, 7, "old" + i, T0.plus(Duration.ofMinutes(5L * i)), OLD, null));
        }
        assertTrue(ids(BrigadeDetector.detect(answers, p), ExclusionRule.BURST_NEW_ACCOUNTS).isEmpty());

        Instant tenth = T0.plus(Duration.ofHours(23));
        answers.add(rating(10, 7, "fresh9", tenth, tenth.minus(Duration.ofDays(6)), null));
        Set<Long> burst = ids(BrigadeDetector.detect(answers, p), ExclusionRule.BURST_NEW_ACCOUNTS);
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), burst);
    }

    @Test
    void aPortalWideWaveOfNewcomersIsNoBurstButOneUnitsWaveIs() {
        assertEquals(10, BrigadeDetector.burstThreshold(0, p));
        assertEquals(72, BrigadeDetector.burstThreshold(40, p), "40 + 5*sqrt(40) = 71.6");
        // launch day: two busy units each get 40 answers from brand-new accounts
        List<Answer> launch = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Instant at = T0.plus(Duration.ofMinutes(15L * (i / 2)));
            launch.add(rating(i + 1, 7 + i % 2, "new" + i, at, at, null));
        }
        assertTrue(BrigadeDetector.detect(launch, p).isEmpty(), "everyone is new that day: no campaign");

        // an ordinary day: the other unit sees returning citizens only, while unit 7 gets 12 new accounts in an hour
        List<Answer> campaign = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            campaign.add(rating(i + 1, 8, "old" + i, T0.plus(Duration.ofMinutes(30L * i)), OLD, null));
        }
        for (int i = 0; i < 12; i++) {
            Instant at = T0.plus(Duration.ofMinutes(5L * i));
            campaign.add(rating(100 + i, 7, "x" + i, at, at, null));
        }
        Set<Long> burst = ids(BrigadeDetector.detect(campaign, p), ExclusionRule.BURST_NEW_ACCOUNTS);
        assertEquals(java.util.stream.LongStream.range(100, 112).boxed().collect(Collectors.toSet()), burst);
    }

    @Test
    void freshAnswersSpreadOverDaysAreNoBurst() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Instant at = T0.plus(Duration.ofHours(5L * i)); // 30 newcomers, one every 5 h: <= 5 per 24 h
            answers.add(rating(i + 1, 7, "n" + i, at, at, null));
        }
        assertTrue(BrigadeDetector.detect(answers, p).isEmpty());
    }

    @Test
    void nearIdenticalCommentsFromThreeAccountsAreExcludedShortCommonOnesAreNot() {
        List<Answer> answers = List.of(
                rating(1, 7, "a", T0, OLD, "Petugas loket dua sangat lambat dan tidak ramah sama sekali!"),
                rating(2, 7, "b", T0.plusSeconds(3600), OLD, "petugas loket dua sangat lambat, dan tidak ramah sama sekali"),
                rating(3, 7, "c", T0.plusSeconds(7200), OLD, "Petugas loket dua SANGAT lambat dan tidak ramah sama sekali."),
                rating(4, 7, "d", T0.plusSeconds(9000), OLD, "Antrean panjang tapi petugas ramah dan membantu kami."),
                rating(5, 7, "e", T0, OLD, "pelayanan bagus"),
                rating(6, 7, "f", T0, OLD, "Pelayanan bagus"),
                rating(7, 7, "g", T0, OLD, "pelayanan bagus!"),
                // the same text on another unit is judged there, not here
                rating(8, 8, "h", T0, OLD, "Petugas loket dua sangat lambat dan tidak ramah sama sekali"));
        assertEquals(Set.of(1L, 2L, 3L), ids(BrigadeDetector.detect(answers, p), ExclusionRule.NEAR_DUPLICATE_COMMENT));
    }

    @Test
    void twoAccountsRepeatingEachOtherAreNotAGroup() {
        List<Answer> answers = List.of(
                rating(1, 7, "a", T0, OLD, "Petugas loket dua sangat lambat dan tidak ramah"),
                rating(2, 7, "a", T0.plusSeconds(86400), OLD, "Petugas loket dua sangat lambat dan tidak ramah"),
                rating(3, 7, "b", T0, OLD, "Petugas loket dua sangat lambat dan tidak ramah"));
        assertTrue(BrigadeDetector.detect(answers, p).isEmpty());
    }

    @Test
    void oneAccountRatingFiveUnitsInTenMinutesIsExcludedEverywhere() {
        List<Answer> answers = new ArrayList<>();
        for (int u = 0; u < 5; u++) {
            answers.add(rating(u + 1, 10 + u, "hopper", T0.plus(Duration.ofMinutes(2L * u)), OLD, null));
        }
        answers.add(rating(6, 10, "hopper", T0.plus(Duration.ofDays(3)), OLD, null)); // a later visit stays
        for (int u = 0; u < 4; u++) { // four units in ten minutes: under the threshold
            answers.add(rating(20 + u, 10 + u, "busy", T0.plus(Duration.ofMinutes(2L * u)), OLD, null));
        }
        List<Exclusion> ex = BrigadeDetector.detect(answers, p);
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L), ids(ex, ExclusionRule.RAPID_MULTI_UNIT));
        assertEquals(5, ex.size());
    }

    @Test
    void resultIsIndependentOfInputOrder() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant at = T0.plus(Duration.ofMinutes(i));
            answers.add(rating(i + 1, 7, "x" + i, at, at, "Kami semua kecewa dengan layanan kantor ini " + (i % 2)));
        }
        List<Exclusion> forward = BrigadeDetector.detect(answers, p);
        List<Answer> reversed = new ArrayList<>(answers);
        java.util.Collections.reverse(reversed);
        assertEquals(forward, BrigadeDetector.detect(reversed, p));
        assertEquals(24, forward.size(), "12 burst + 12 duplicate exclusions");
    }
}
