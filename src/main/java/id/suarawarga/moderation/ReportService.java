package id.suarawarga.moderation;

import id.suarawarga.moderation.ModerationViews.ReportCreated;
import id.suarawarga.moderation.ModerationViews.ReportForm;
import id.suarawarga.moderation.Reportable.Item;
import id.suarawarga.notification.Notifications;
import id.suarawarga.shared.audit.AuditLog;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reports (flags). A report locks the reported item's row first, so that parallel reports on one item are
 * counted one after another: the one that brings the weighted score to the threshold hides the item, exactly
 * once, with one audit entry, and tells the author why.
 */
@ApplicationScoped
public class ReportService {

    public static final String SYSTEM = AuditLog.SYSTEM;
    /** The reasons a report may give, in the order report dialogs offer them. */
    public static final List<String> REASONS = List.of("SPAM", "ABUSE", "OFF_TOPIC", "PERSONAL_DATA", "OTHER");

    @Inject
    EntityManager em;

    @Inject
    Instance<Reportable> reportables;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    /** Weighted score at which a reported item is hidden pending review (3 = three first-time reporters). */
    @ConfigProperty(name = "suarawarga.moderation.hide-threshold", defaultValue = "3")
    double threshold;

    @Transactional
    public ReportCreated report(String type, long id, String reporter, ReportForm form) {
        String reason = form.reason().trim().toUpperCase(Locale.ROOT);
        if (!REASONS.contains(reason)) {
            throw ProblemException.invalid("reason", "moderation.reasons");
        }
        String text = form.text() == null || form.text().isBlank() ? null : form.text().strip();
        if ("OTHER".equals(reason) && text == null) {
            throw ProblemException.invalid("text", "moderation.explain-reason");
        }
        Reportable target = reportable(type);
        Item item = target.lock(id).orElseThrow(() -> ProblemException.notFound("Item", id));
        if (!"PUBLISHED".equals(item.status()) && !"VISIBLE".equals(item.status()) && !"HIDDEN".equals(item.status())) {
            throw ProblemException.notFound("Item", id);
        }
        if (item.author().equals(reporter)) {
            throw ProblemException.invalid("target", "moderation.own-post");
        }
        // Checked under the item's lock, so a parallel twin cannot slip in between.
        Number mine = (Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM moderation_report WHERE target_type = ?1 AND target_id = ?2 AND reporter = ?3""")
                .setParameter(1, type).setParameter(2, id).setParameter(3, reporter).getSingleResult();
        if (mine.intValue() > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    List.of(new ProblemException.Field("target", "already-reported")), "moderation.already-reported");
        }
        double weight = Rows.first(em, """
                SELECT COALESCE(SUM(status = 'UPHELD'), 0) AS upheld, COALESCE(SUM(status = 'REJECTED'), 0) AS rejected
                FROM moderation_report WHERE reporter = ?1""",
                r -> ReporterWeight.of(r.lng("upheld"), r.lng("rejected")), reporter).orElseThrow();
        em.createNativeQuery("""
                INSERT INTO moderation_report (target_type, target_id, region_id, reporter, reason, text, weight)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, type).setParameter(2, id).setParameter(3, item.regionId()).setParameter(4, reporter)
                .setParameter(5, reason).setParameter(6, text).setParameter(7, weight).executeUpdate();
        long reportId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        record Open(int count, double score) {
        }
        Open open = Rows.first(em, """
                SELECT COUNT(*) AS reports, COALESCE(SUM(weight), 0) AS score FROM moderation_report
                WHERE target_type = ?1 AND target_id = ?2 AND status = 'OPEN' AND reporter <> 'system'""",
                r -> new Open(r.integer("reports"), r.dbl("score")), type, id).orElseThrow();
        int count = open.count();
        double score = open.score();
        boolean hide = score >= threshold && ("PUBLISHED".equals(item.status()) || "VISIBLE".equals(item.status()));
        if (hide) {
            String after = target.apply(item, ModerationAction.HIDE, null);
            String why = String.format(Locale.ROOT, "%d reports, weighted score %.2f >= %.2f", count, score, threshold);
            audit.append(SYSTEM, "auto-hide", type, Long.toString(id), item.regionId(), why, item.state(), after);
            notifications.send(item.author(), Notifications.Kind.AUTO_HIDDEN, item.threadId(),
                    "post".equals(type) ? id : null, item.title(), reasonsOf(type, id));
        }
        return new ReportCreated(reportId, count, score, hide);
    }

    /**
     * A post held before publishing (banned word, new account's link) enters the queue as a report by 'system'.
     * Runs in the transaction that created the post.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String type, long id, long regionId, String why) {
        em.createNativeQuery("""
                INSERT INTO moderation_report (target_type, target_id, region_id, reporter, reason, text, weight)
                VALUES (?1, ?2, ?3, 'system', 'HELD', ?4, 0)
                ON DUPLICATE KEY UPDATE status = 'OPEN', text = VALUES(text), created_at = NOW(6)""")
                .setParameter(1, type).setParameter(2, id).setParameter(3, regionId).setParameter(4, why).executeUpdate();
    }

    /** "SPAM ×2, ABUSE ×1": what the author is told. */
    String reasonsOf(String type, long id) {
        return String.join(", ", Rows.list(em, """
                SELECT reason, COUNT(*) AS n FROM moderation_report WHERE target_type = ?1 AND target_id = ?2
                AND status = 'OPEN' AND reporter <> 'system' GROUP BY reason ORDER BY COUNT(*) DESC, reason""",
                r -> r.string("reason") + " x" + r.integer("n"), type, id));
    }

    /** Every type's move targets in these regions (all when null), at most {@code limit} of each type. */
    List<Reportable.MoveTarget> moveTargets(List<Long> regions, int limit) {
        List<Reportable.MoveTarget> all = new ArrayList<>();
        for (Reportable r : reportables) {
            all.addAll(r.moveTargets(regions, limit));
        }
        return all;
    }

    Reportable reportable(String type) {
        for (Reportable r : reportables) {
            if (r.type().equals(type)) {
                return r;
            }
        }
        throw ProblemException.invalid("target.type", "moderation.unknown-type");
    }
}
