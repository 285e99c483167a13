package id.suarawarga.feedback;

import id.suarawarga.feedback.skm.StarSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the feedback API reads and writes. */
public final class FeedbackViews {

    private FeedbackViews() {
    }

    /**
     * Optional respondent profile of the SKM (all fields optional, each from a fixed list). The lists are
     * constants so that the survey page offers exactly the codes the validation accepts.
     */
    public record Profile(
            @Pattern(regexp = AGE_BANDS) String ageBand,
            @Pattern(regexp = GENDERS) String gender,
            @Pattern(regexp = EDUCATIONS) String education,
            @Pattern(regexp = OCCUPATIONS) String occupation) {

        public static final String AGE_BANDS = "UNDER_20|20_29|30_39|40_49|50_59|60_PLUS";
        public static final String GENDERS = "MALE|FEMALE|UNDISCLOSED";
        public static final String EDUCATIONS = "NONE|SD|SMP|SMA|D1_D3|S1|S2_S3";
        public static final String OCCUPATIONS = "PNS|TNI_POLRI|PRIVATE|SELF_EMPLOYED|STUDENT|HOMEMAKER|OTHER";

        /** The codes of one of the lists above, in order. */
        public static List<String> codes(String list) {
            return List.of(list.split("\\|"));
        }
    }

    /** An SKM questionnaire: all nine answers 1–4 (checked against the questionnaire in force). */
    public record SurveyForm(
            @NotNull Map<String, Integer> answers,
            @Valid Profile profile,
            @Size(max = 2000) String comment,
            Boolean anonymous) {
    }

    public record RatingForm(
            @NotNull @Min(1) @Max(5) Integer stars,
            @Size(max = 2000) String comment,
            @Positive Long serviceId,
            Boolean anonymous) {
    }

    public record Created(long id) {
    }

    public record ResponseForm(@NotBlank @Size(max = 4000) String text, Boolean followedUp) {
    }

    public record PlanForm(@NotBlank @Size(max = 20000) String text) {
    }

    public record ServiceUsersForm(@NotNull @Positive @Max(100_000_000) Integer users) {
    }

    public record ElementView(String code, int position, String label) {
    }

    public record QuestionnaireView(long id, int version, String regionCode, List<ElementView> elements) {
    }

    public record ElementForm(@NotBlank @Pattern(regexp = "U[1-9]") String code,
            @NotBlank @Size(max = 200) String labelId, @NotBlank @Size(max = 200) String labelEn) {
    }

    public record QuestionnaireForm(@NotNull @Size(min = 9, max = 9) List<@Valid @NotNull ElementForm> elements) {
    }

    public record ReplyView(String text, String authorName, Instant createdAt) {
    }

    /**
     * One piece of feedback as its reader may see it. {@code author} is null when the citizen chose anonymity
     * (or when the reader is the public); {@code overdue} marks a comment still unanswered after the response
     * clock.
     */
    /** {@code origin}: account, visit, kiosk or paper ({@link Feedback.Origin#code()}). */
    public record FeedbackView(long id, String kind, String origin, Long serviceId, String serviceName, long unitId, String unitName,
            Instant createdAt, Map<String, Integer> answers, Integer stars, String comment, boolean anonymous,
            String author, boolean followedUp, boolean overdue, List<ReplyView> responses) {
    }

    public record ElementResult(String label, BigDecimal nrr) {
    }

    /**
     * The IKM of a service, unit or region for a period, in the shape of the API contract, plus the star ratings
     * of the unit (its child units pooled) or region in the same period; {@code ratings} is null for a service,
     * whose instrument is the SKM alone.
     */
    public record IkmView(String period, long respondents, Map<String, ElementResult> elements, BigDecimal weightedNrr,
            BigDecimal ikm, String grade, String gradeLabel, Long serviceUsers, Long sampleMinimum,
            boolean representative, StarSummary ratings, Map<String, Long> byOrigin) {
    }

    public record PlanView(long serviceId, String period, String text, String updatedBy) {
    }
}
