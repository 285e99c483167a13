package id.suarawarga.counter;

import id.suarawarga.shared.persistence.IdentityEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * One service encounter's single-use visit code (issue 16): created by the officer or the unit's queue machine
 * once the service has been delivered, answered once without an account at {@code /v/{code}}. Answering writes
 * {@code usedAt}, the hash of what was sent and a salted hash of the client (never the address).
 */
@Entity
@Table(name = "visit")
public class Visit extends IdentityEntity {

    /** Without dashes ({@link VisitCodes}). */
    @Column(nullable = false, length = 13)
    public String code;

    @Column(name = "service_id", nullable = false)
    public long serviceId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "region_id", nullable = false)
    public long regionId;

    @Column(name = "batch_id")
    public Long batchId;

    @Column(name = "slip_no")
    public Integer slipNo;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "answer_hash", length = 64)
    public String answerHash;

    @Column(name = "used_client", length = 16)
    public String usedClient;

    /** open, used or expired, now. */
    public String status(Instant now) {
        return usedAt != null ? "used" : now.isBefore(expiresAt) ? "open" : "expired";
    }

    public static Optional<Visit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** A batch's slips in slip order. */
    public static java.util.List<Visit> ofBatch(long batchId) {
        return list("batchId", Sort.by("slipNo"), batchId);
    }

    /** The codes made one by one (not in a batch) for these units, newest first. */
    public static PanacheQuery<Visit> singlesOfUnits(Collection<Long> unitIds) {
        return find("unitId in ?1 and batchId is null", Sort.descending("id"), unitIds);
    }
}
