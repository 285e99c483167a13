package id.suarawarga.counter;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.suarawarga.feedback.FeedbackViews.Profile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the paper-batch API takes and answers (docs/api.md, "Paper questionnaires"). */
public final class PaperViews {

    private PaperViews() {
    }

    /**
     * A new batch. Dates as {@code YYYY-MM-DD} (read by {@link PaperBatches}, so that a bad one is a field error in
     * the caller's language rather than a parse failure).
     */
    public record BatchForm(String collectedFrom, String collectedTo, String collectedBy, Integer sheets,
            Boolean doubleEntry) {
    }

    /**
     * One sheet as typed: {@code digits} is the compact form (nine digits 1–4, U1 first, e.g. {@code 434433423});
     * {@code answers} the structured one ({@code {"U1":4,…}}); either or both (then they must agree). {@code sheet}
     * is the number written on the sheet; left out, the next after the highest one this call or this entry has.
     */
    public record SheetForm(Integer sheet, String digits, Map<String, Integer> answers, @Valid Profile profile,
            String comment) {
    }

    /** 1 to 100 sheets in one call, all stored or none. */
    public record SheetsForm(@Valid @Size(max = 100) List<SheetForm> rows) {
    }

    public record WithdrawForm(@Size(max = 4000) String reason) {
    }

    /** One sheet as one entry typed it. */
    public record SheetView(int sheet, int entry, String digits, Map<String, Integer> answers, Profile profile,
            String comment, String enteredBy, Instant enteredAt) {
    }

    /** A sheet the two entries read differently: the fields that differ and each entry's reading. */
    public record Difference(int sheet, List<String> fields, SheetView first, SheetView second, SheetView resolution) {
        @JsonProperty("resolved")
        public boolean resolved() {
            return resolution != null;
        }

        public String fieldList() {
            return String.join(", ", fields);
        }
    }

    /**
     * A batch. {@code sheets} are the rows the caller may see: while a double entry is under way each entry's rows
     * are shown only to the people who typed them (blind), all of them once the batch is counted or withdrawn.
     * {@code differences} appear once the second entry is complete, or to the second entry's typists as they go.
     */
    public record BatchView(long id, long serviceId, long unitId, LocalDate collectedFrom, LocalDate collectedTo,
            String collectedBy, int sheetsDeclared, boolean doubleEntry, String state, String createdBy,
            Instant createdAt, int firstEntered, int secondEntered, int resolved, int unresolved, long answersCounted,
            LocalDate countsOn, String countedBy, Instant countedAt, String withdrawnBy, Instant withdrawnAt,
            String withdrawnReason, List<SheetView> sheets, List<Difference> differences) {
    }

    /** The answer to an entry: the batch after it. */
    public record EntryResult(BatchView batch, int stored, List<Difference> differences) {
    }
}
