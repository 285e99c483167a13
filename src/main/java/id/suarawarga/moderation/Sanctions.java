package id.suarawarga.moderation;

import id.suarawarga.shared.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Warnings and posting suspensions; a suspended user reads but does not post until the end date. */
@ApplicationScoped
public class Sanctions {

    @Inject
    EntityManager em;

    /** The end of the user's longest running suspension, if any. */
    public Optional<Instant> suspendedUntil(String username) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                SELECT MAX(until_at) FROM moderation_sanction
                WHERE username = ?1 AND kind = 'SUSPEND' AND until_at > NOW(6)""")
                .setParameter(1, username).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(Rows.instant(rows.get(0)));
    }

    void give(String username, ModerationAction kind, Integer days, String reason, String by) {
        em.createNativeQuery("""
                INSERT INTO moderation_sanction (username, kind, until_at, reason, given_by)
                VALUES (?1, ?2, CASE WHEN ?3 IS NULL THEN NULL ELSE NOW(6) + INTERVAL ?3 DAY END, ?4, ?5)""")
                .setParameter(1, username).setParameter(2, kind.name()).setParameter(3, days)
                .setParameter(4, reason).setParameter(5, by).executeUpdate();
    }
}
