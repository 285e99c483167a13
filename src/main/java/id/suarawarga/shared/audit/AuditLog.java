package id.suarawarga.shared.audit;

import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The append-only audit log: who did what to which item, when, why, and the state before and after. This class
 * only appends and reads; the table's triggers refuse UPDATE and DELETE (V4__forum.sql). Written in the
 * transaction of the action it records, so an action and its entry commit together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of what the system does by itself (an automatic hide after reports). */
    public static final String SYSTEM = "system";

    @Inject
    EntityManager em;

    public record Entry(long id, String actor, String action, String targetType, String targetId, Long regionId,
            String reason, String before, String after, Instant at) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String actor, String action, String targetType, String targetId, Long regionId, String reason,
            String before, String after) {
        em.createNativeQuery("""
                INSERT INTO audit_log (actor, action, target_type, target_id, region_id, reason, before_state, after_state)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, actor).setParameter(2, action).setParameter(3, targetType).setParameter(4, targetId)
                .setParameter(5, regionId).setParameter(6, reason).setParameter(7, cut(before)).setParameter(8, cut(after))
                .executeUpdate();
    }

    /** Newest first; {@code regionIds} null means every region (admins), else only those regions' entries. */
    @Transactional
    public PageResult<Entry> page(Collection<Long> regionIds, PageRequest page) {
        if (regionIds != null && regionIds.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        String where = regionIds == null ? "" : " WHERE region_id IN (:regions)";
        var q = Rows.query(em, "SELECT id, actor, action, target_type, target_id, region_id, reason, before_state,"
                + " after_state, created_at FROM audit_log" + where + " ORDER BY id DESC LIMIT :size OFFSET :offset");
        var c = em.createNativeQuery("SELECT COUNT(*) FROM audit_log" + where);
        if (regionIds != null) {
            q.setParameter("regions", regionIds);
            c.setParameter("regions", regionIds);
        }
        q.setParameter("size", page.size()).setParameter("offset", page.offset());
        List<Entry> items = Rows.list(q, r -> new Entry(r.lng("id"), r.string("actor"), r.string("action"),
                r.string("target_type"), r.string("target_id"), r.lng("region_id"), r.string("reason"),
                r.string("before_state"), r.string("after_state"), r.instant("created_at")));
        return new PageResult<>(items, page.page(), page.size(), ((Number) c.getSingleResult()).longValue());
    }

    private static String cut(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
