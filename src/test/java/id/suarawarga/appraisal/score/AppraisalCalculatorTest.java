package id.suarawarga.appraisal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.feedback.skm.Grade;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppraisalCalculatorTest {

    static final Instant T0 = Instant.parse("2025-01-06T02:00:00Z");
    static final Instant OLD = Instant.parse("2023-01-01T00:00:00Z");
    static final Duration Q = Duration.ofDays(90);

    /** Unit 1: 30 surveys, staff elements 4, the rest 3. Unit 2: 10 surveys all 2. Both in region 9. */
    static List<Answer> worked() {
        List<Answer> a = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            a.add(Answer.survey(i + 1, 1, 9, "c" + i, T0.plus(Duration.ofHours(30L * i)), OLD,
                    new int[] {3, 3, 3, 3, 3, 4, 4, 3, 3}, null));
        }
        for (int i = 0; i < 10; i++) {
            a.add(Answer.survey(100 + i, 2, 9, "d" + i, T0.plus(Duration.ofHours(30L * i)), OLD,
                    new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2}, null));
        }
        return a;
    }

    @Test
    void workedExampleOfTwoUnitsInOneRegency() {
        AppraisalCalculator.Result r = AppraisalCalculator.compute(worked(), Map.of(1L, 9L, 2L, 9L, 3L, 9L),
                Map.of(1L, 100L), Set.of(), ScoreParameters.DEFAULTS);
        assertTrue(r.detected().isEmpty());
        UnitScore u1 = r.scores().get(0);
        assertEquals(1, u1.unitId());
        assertEquals(30, u1.respondents());
        // IKM by the public code: (7*3 + 2*4)/9 = 29/9 = 3.2222 -> 80.56, grade B
        assertEquals(new BigDecimal("80.56"), u1.ikm().ikm());
        assertEquals(Grade.B, u1.ikm().grade());
        assertEquals(new BigDecimal("4.000"), u1.ikm().nrr().get("U6"));
        // Krejcie-Morgan: 100 users need 80 respondents
        assertEquals(80L, u1.sampleMinimum());
        assertFalse(u1.representative());
        // Regency mean C = (30*29/9 + 10*2) / 40 = 2.91667. WR = (30*29/9 + 20*C)/50 = 3.0999 -> 77.50
        assertEquals(new BigDecimal("80.56"), u1.overall().mean());
        assertEquals(new BigDecimal("77.50"), u1.overall().robust());
        // staff: R = 4, C_staff = (30*4 + 10*2)/40 = 3.5 -> WR = (120 + 70)/50 = 3.8 -> 95.00
        assertEquals(new BigDecimal("95.00"), u1.staffConduct().robust());
        // service: R = 3, C = (90 + 20)/40 = 2.75 -> WR = (90 + 55)/50 = 2.9 -> 72.50
        assertEquals(new BigDecimal("72.50"), u1.serviceConditions().robust());

        UnitScore u2 = r.scores().get(1);
        assertEquals(10, u2.respondents());
        assertFalse(u2.overall().sufficient());
        assertNull(u2.overall().robust(), "10 answers: insufficient evidence, not a low score");
        assertEquals(new BigDecimal("50.00"), u2.ikm().ikm(), "the raw IKM is still reported");

        UnitScore u3 = r.scores().get(2);
        assertEquals(0, u3.answers());
        assertNull(u3.ikm().ikm());
        assertEquals(Map.of(9L, 40L), r.regionCounts());
    }

    @Test
    void ratingsCountInTheOverallScoreButNotInStaffConductOrIkm() {
        List<Answer> a = new ArrayList<>(worked());
        for (int i = 0; i < 30; i++) {
            a.add(Answer.rating(500 + i, 1, 9, "r" + i, T0.plus(Duration.ofHours(29L * i)), OLD, 1, null));
        }
        UnitScore u1 = AppraisalCalculator.compute(a, Map.of(1L, 9L, 2L, 9L), Map.of(), Set.of(),
                ScoreParameters.DEFAULTS).scores().get(0);
        assertEquals(60, u1.answers());
        assertEquals(30, u1.ratings());
        assertEquals(new BigDecimal("80.56"), u1.ikm().ikm());
        assertEquals(new BigDecimal("95.00"), u1.staffConduct().robust(), "ratings do not speak of staff conduct");
        assertTrue(u1.overall().mean().compareTo(new BigDecimal("60")) < 0);
        assertNull(u1.sampleMinimum());
    }

    @Test
    void excludedAnswersAreCountedAsExcludedAndReinstatingBringsThemBack() {
        List<Answer> a = new ArrayList<>(worked());
        for (int i = 0; i < 12; i++) {
            Instant at = T0.plus(Duration.ofMinutes(10L * i));
            a.add(Answer.rating(900 + i, 1, 9, "bot" + i, at, at, 1, null));
        }
        ScoreParameters p = ScoreParameters.DEFAULTS;
        AppraisalCalculator.Result r = AppraisalCalculator.compute(a, Map.of(1L, 9L, 2L, 9L), Map.of(), Set.of(), p);
        UnitScore u1 = r.scores().get(0);
        assertEquals(12, r.detected().size());
        assertEquals(12, u1.excluded());
        assertEquals(30, u1.answers());
        assertEquals(new BigDecimal("77.50"), u1.overall().robust(), "the brigade changes nothing");

        AppraisalCalculator.Result back = AppraisalCalculator.compute(a, Map.of(1L, 9L, 2L, 9L), Map.of(),
                Set.of(r.detected().get(0).key()), p);
        assertEquals(11, back.scores().get(0).excluded());
        assertEquals(31, back.scores().get(0).answers());
    }

    @Test
    void canonicalTextAndHashDoNotDependOnAnswerOrder() {
        List<Answer> a = worked();
        Map<Long, String> codes = Map.of(1L, "9901-A", 2L, "9901-B");
        ScoreParameters p = ScoreParameters.DEFAULTS;
        var r1 = AppraisalCalculator.compute(a, Map.of(1L, 9L, 2L, 9L), Map.of(), Set.of(), p);
        List<Answer> shuffled = new ArrayList<>(a);
        Collections.shuffle(shuffled, new java.util.Random(7));
        var r2 = AppraisalCalculator.compute(shuffled, Map.of(1L, 9L, 2L, 9L), Map.of(), Set.of(), p);
        String t1 = SnapshotCanonical.text("2025-Q1", p, r1.scores(), codes, r1.detected(), Set.of());
        String t2 = SnapshotCanonical.text("2025-Q1", p, r2.scores(), codes, r2.detected(), Set.of());
        assertEquals(t1, t2);
        assertEquals(64, SnapshotCanonical.sha256(t1).length());
        assertTrue(t1.startsWith("format=suarawarga-appraisal-snapshot/1\ncode_version=appraisal-score/1\nperiod=2025-Q1\n"));
        assertTrue(t1.contains("unit=1|9901-A|region=9|answers=30|excluded=0|respondents=30|ratings=0|ikm=80.56|grade=B"));
        assertFalse(t1.endsWith("\n"));
        String t3 = SnapshotCanonical.text("2025-Q1", p.withPriorWeight(21), r1.scores(), codes, r1.detected(), Set.of());
        assertNotEquals(SnapshotCanonical.sha256(t1), SnapshotCanonical.sha256(t3), "parameters are part of the hash");
        // known answer of SHA-256, so the auditor's sha256sum agrees with the code
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SnapshotCanonical.sha256("abc"));
    }
}
