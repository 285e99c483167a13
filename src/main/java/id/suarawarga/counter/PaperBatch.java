package id.suarawarga.counter;

import id.suarawarga.shared.persistence.IdentityEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stack of paper SKM questionnaires (<i>kuesioner kertas</i>) collected at a service's counter and entered by
 * staff: the days it was collected, who collected it and how many sheets it holds (the control total the entry must
 * reach). With double entry a second person types the same sheets again, blind, before the batch counts.
 */
@Entity
@Table(name = "paper_batch")
public class PaperBatch extends IdentityEntity {

    /** OPEN (being entered) → VERIFYING (second entry under way) → COUNTED; WITHDRAWN from any of them. */
    public enum State {
        OPEN, VERIFYING, COUNTED, WITHDRAWN
    }

    @Column(name = "service_id", nullable = false)
    public long serviceId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "region_id", nullable = false)
    public long regionId;

    @Column(name = "collected_from", nullable = false)
    public LocalDate collectedFrom;

    @Column(name = "collected_to", nullable = false)
    public LocalDate collectedTo;

    @Column(name = "collected_by", nullable = false)
    public String collectedBy;

    @Column(name = "sheets_declared", nullable = false)
    public int sheetsDeclared;

    @Column(name = "double_entry", nullable = false)
    public boolean doubleEntry;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public State state = State.OPEN;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "counted_by")
    public String countedBy;

    @Column(name = "counted_at")
    public Instant countedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    /** The batch, locked for the caller's transaction: entries, counting and withdrawal of one batch queue. */
    static Optional<PaperBatch> locked(long id) {
        // A plain FOR UPDATE: Hibernate's lock clause for MySQL 8 ("FOR UPDATE OF alias") is not MariaDB's.
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM paper_batch WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        return exists ? Optional.ofNullable(findById(id)) : Optional.empty();
    }

    /** The batches of these units, newest first. */
    static PanacheQuery<PaperBatch> ofUnits(Collection<Long> unitIds) {
        return find("unitId in ?1", Sort.descending("id"), unitIds);
    }
}
