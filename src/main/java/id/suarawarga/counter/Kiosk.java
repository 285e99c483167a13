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
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A counter kiosk (<i>kios/tablet di loket</i>): a tablet paired with one unit that takes SKM answers without an
 * account. Its pairing code and its device credential are kept only as SHA-256 hashes.
 */
@Entity
@Table(name = "kiosk")
public class Kiosk extends IdentityEntity {

    /** PENDING (a pairing code was made) → PAIRED (a tablet typed it) → REVOKED (from either). */
    public enum State {
        PENDING, PAIRED, REVOKED
    }

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "region_id", nullable = false)
    public long regionId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public State state = State.PENDING;

    @Column(name = "pairing_hash", nullable = false)
    public String pairingHash;

    @Column(name = "pairing_expires_at", nullable = false)
    public Instant pairingExpiresAt;

    @Column(name = "credential_hash")
    public String credentialHash;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "paired_at")
    public Instant pairedAt;

    /** Written by the database's clock only ({@link Kiosks}): the per-device minimum gap reads it. */
    @Column(name = "last_answer_at", insertable = false, updatable = false)
    public Instant lastAnswerAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The kiosk whose pairing code hashes to {@code hash}, locked for the caller's transaction. */
    static Optional<Kiosk> lockedByPairing(String hash) {
        return lockedWhere("pairing_hash", hash);
    }

    /** The kiosk holding the device credential that hashes to {@code hash}, locked: its answers queue. */
    static Optional<Kiosk> lockedByCredential(String hash) {
        return lockedWhere("credential_hash", hash);
    }

    static Optional<Kiosk> locked(long id) {
        return lockedWhere("id", id);
    }

    private static Optional<Kiosk> lockedWhere(String column, Object value) {
        // A plain FOR UPDATE: Hibernate's lock clause for MySQL 8 ("FOR UPDATE OF alias") is not MariaDB's.
        @SuppressWarnings("unchecked")
        java.util.List<Object> ids = getEntityManager()
                .createNativeQuery("SELECT id FROM kiosk WHERE " + column + " = ?1 FOR UPDATE")
                .setParameter(1, value).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Kiosk k = findById(((Number) ids.get(0)).longValue());
        getEntityManager().refresh(k);
        return Optional.of(k);
    }

    /** The kiosks of a unit, newest first. */
    static PanacheQuery<Kiosk> ofUnit(long unitId) {
        return find("unitId", Sort.descending("id"), unitId);
    }
}
