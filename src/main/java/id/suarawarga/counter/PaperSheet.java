package id.suarawarga.counter;

import id.suarawarga.shared.persistence.IdentityEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * What one person typed for one sheet of a paper batch, in one entry: {@link #FIRST}, the blind {@link #SECOND} of
 * a double entry, or the {@link #RESOLUTION} of a difference (a correction before counting). Only ever inserted.
 */
@Entity
@Table(name = "paper_sheet")
public class PaperSheet extends IdentityEntity {

    public static final int FIRST = 1;
    public static final int SECOND = 2;
    public static final int RESOLUTION = 3;

    @Column(name = "batch_id", nullable = false)
    public long batchId;

    @Column(nullable = false)
    public int entry;

    @Column(name = "sheet_no", nullable = false)
    public int sheetNo;

    public int u1;
    public int u2;
    public int u3;
    public int u4;
    public int u5;
    public int u6;
    public int u7;
    public int u8;
    public int u9;

    @Column(name = "age_band")
    public String ageBand;

    public String gender;

    public String education;

    public String occupation;

    public String comment;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", insertable = false, updatable = false)
    public Instant enteredAt;

    /** The nine answers, U1 first. */
    int[] answers() {
        return new int[] {u1, u2, u3, u4, u5, u6, u7, u8, u9};
    }

    void answers(int[] a) {
        u1 = a[0];
        u2 = a[1];
        u3 = a[2];
        u4 = a[3];
        u5 = a[4];
        u6 = a[5];
        u7 = a[6];
        u8 = a[7];
        u9 = a[8];
    }

    /** The compact form typed from the sheet: nine digits, U1 first ({@code 434433423}). */
    String digits() {
        StringBuilder s = new StringBuilder(9);
        for (int a : answers()) {
            s.append(a);
        }
        return s.toString();
    }

    /** Every row of a batch, by entry and sheet (at most three entries of its at most 500 sheets). */
    static List<PaperSheet> ofBatch(long batchId) {
        return list("batchId", Sort.ascending("entry", "sheetNo"), batchId);
    }
}
