package id.suarawarga.appraisal;

import id.suarawarga.shared.web.PageResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the appraisal API (and the data of its pages). */
public final class AppraisalViews {

    private AppraisalViews() {
    }

    /**
     * A new period of one regency ({@code regionCode}; may be left out by HR of a single regency):
     * {@code 2026-Q1} … {@code 2026-Q4} (triwulan) or {@code 2026} (annual).
     */
    public record PeriodForm(
            @NotBlank @Size(max = 8) String period,
            @Size(max = 16) String regionCode,
            @Min(1) @Max(10000) Integer minRespondents,
            @Min(0) @Max(10000) Integer priorWeight,
            @Min(0) @Max(60) Integer reviewWorkingDays,
            @Size(max = 4) List<@Size(max = 16) String> origins) {
    }

    public record ComputeForm(@Size(max = 2000) String reason) {
    }

    /** Freezing before the review window ends needs {@code closeReviewEarly: true}. */
    public record FreezeForm(Boolean closeReviewEarly) {
    }

    public record ObjectionForm(@NotBlank @Size(max = 4000) String text) {
    }

    public record DecisionForm(
            @NotBlank @Pattern(regexp = "ACCEPTED|REJECTED") String decision,
            @NotBlank @Size(max = 4000) String reason) {
    }

    /** The head of unit's NIP (18 digits), or null to clear it. */
    public record HeadNipForm(@Size(max = 18) String nip) {
    }

    public record ReinstateForm(@NotBlank @Size(max = 2000) String reason) {
    }

    public record SnapshotRef(long id, int version, String sha256, Instant frozenAt, String frozenBy,
            Long supersedesId) {
    }

    /**
     * A period; {@code regionCode} and {@code regionName} are null for a portal-wide period from before V10.
     * {@code origins}: the origins of answers its scores count (account, visit, kiosk, paper; all by default).
     */
    public record PeriodView(long id, String regionCode, String regionName, String code, String kind, String label, LocalDate startsOn,
            LocalDate endsBefore, String status, int minRespondents, int priorWeight, int reviewWorkingDays,
            LocalDate reviewUntil, boolean reviewOpen, Long currentRunId, Instant computedAt, Long answersCounted,
            Long answersExcluded, String runSha256, SnapshotRef snapshot, long pendingObjections, List<String> origins) {
    }

    /**
     * A draft an officer may open: one of their units in a period of that unit's region whose review window is open.
     * A unit of another regency is not listed under the period (its draft would answer 404, ADR 0019).
     */
    public record ReviewDraft(PeriodView period, long unitId, String unitCode, String unitName) {
    }

    /**
     * One unit's scores (25–100 scale). {@code evidence} is {@code SUFFICIENT} or {@code INSUFFICIENT_EVIDENCE};
     * with the latter the robust score and its interval are null, never a low number. {@code byOrigin}: the answers
     * taken per origin (account, visit, kiosk, paper), excluded ones included.
     */
    public record ScoreView(long unitId, String unitCode, String unitName, String regionCode, String regionName,
            String headNip, long answers, long excluded, long respondents, long ratings, BigDecimal ikm,
            String grade, Long serviceUsers, Long sampleMinimum, boolean representative, String evidence,
            BigDecimal meanScore, BigDecimal robustScore, BigDecimal robustLow, BigDecimal robustHigh,
            long staffN, boolean staffSufficient, BigDecimal staffScore, BigDecimal staffLow, BigDecimal staffHigh,
            BigDecimal serviceScore, BigDecimal serviceLow, BigDecimal serviceHigh, Map<String, Long> byOrigin) {

        public boolean sufficient() {
            return "SUFFICIENT".equals(evidence);
        }
    }

    public record ElementNrr(String code, String label, BigDecimal nrr) {
    }

    /** Mean answer (25–100) and count of one month; months without answers have a null mean. */
    public record MonthPoint(String month, long answers, BigDecimal mean) {
    }

    /** {@code origin}: account, visit, kiosk or paper. */
    public record CommentView(long feedbackId, String kind, Instant createdAt, String comment, String author,
            boolean anonymous, boolean excluded, String origin) {
    }

    public record ExclusionView(long id, long feedbackId, long unitId, String rule, String detail, boolean active,
            String reinstatedBy, Instant reinstatedAt, String reinstateReason) {
    }

    public record ObjectionView(long id, long periodId, long unitId, String unitName, String text, String status,
            String author, Instant createdAt, String decidedBy, Instant decidedAt, String decisionReason,
            Long resultRunId) {
    }

    /** Drill-down: from a score to its element NRRs, monthly trend, comments, exclusions and objections. */
    public record DrillDown(PeriodView period, ScoreView score, List<ElementNrr> elements, List<MonthPoint> trend,
            PageResult<CommentView> comments, List<ExclusionView> exclusions, List<ObjectionView> objections) {
    }

    public record SnapshotView(long periodId, String period, SnapshotRef snapshot, String canonical,
            String recomputedSha256, boolean reproduced) {
    }
}
