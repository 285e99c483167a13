package id.suarawarga.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the reports and moderation API reads and answers. */
public final class ModerationViews {

    private ModerationViews() {
    }

    /** {@code reason}: SPAM, ABUSE, OFF_TOPIC, PERSONAL_DATA or OTHER (then {@code text} is required). */
    public record ReportForm(@NotBlank String reason, @Size(max = 500) String text) {
    }

    /** The report was counted; {@code hidden} when this report brought the item to the threshold. */
    public record ReportCreated(long id, int reports, double score, boolean hidden) {
    }

    public record Target(@NotBlank String type, @NotNull Long id) {
    }

    /**
     * One action on one target, or the same action on several ({@code targets}, at most 100: bulk). Every action
     * carries a reason. {@code days} for suspend (1-365), {@code categoryId} for move.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionForm(@Valid Target target, @Size(max = 100) List<@Valid Target> targets,
            @NotBlank String action, @NotBlank @Size(max = 500) String reason, @Min(1) @Max(365) Integer days,
            Long categoryId) {
    }

    public record ActionResult(String type, long id, String before, String after) {
    }

    public record ActionResults(String action, List<ActionResult> results) {
    }

    /** An item in the queue: open reports counted by reason, weighted score, and the item as it stands. */
    public record QueueItem(String type, long id, long regionId, String status, Long threadId, String title,
            String excerpt, int reports, double score, Map<String, Integer> reasons, List<String> texts,
            Instant since) {
    }
}
