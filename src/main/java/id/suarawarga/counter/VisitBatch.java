package id.suarawarga.counter;

import id.suarawarga.shared.persistence.IdentityEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;

/** A sheet of visit codes printed at once as numbered cut-out slips, for a counter without a receipt printer. */
@Entity
@Table(name = "visit_batch")
public class VisitBatch extends IdentityEntity {

    @Column(name = "service_id", nullable = false)
    public long serviceId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "region_id", nullable = false)
    public long regionId;

    @Column(nullable = false)
    public int codes;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static PanacheQuery<VisitBatch> ofUnits(Collection<Long> unitIds) {
        return find("unitId in ?1", Sort.descending("id"), unitIds);
    }
}
