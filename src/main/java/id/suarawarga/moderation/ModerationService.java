package id.suarawarga.moderation;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.ModerationViews.ActionForm;
import id.suarawarga.moderation.ModerationViews.ActionResult;
import id.suarawarga.moderation.ModerationViews.ActionResults;
import id.suarawarga.moderation.ModerationViews.QueueItem;
import id.suarawarga.moderation.ModerationViews.Target;
import id.suarawarga.moderation.Reportable.Item;
import id.suarawarga.shared.audit.AuditLog;
import id.suarawarga.notification.Notifications;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderation queue, actions and the audit log. Who may see and do what is {@link ModerationPermissions}'s
 * answer (a moderator in their regions, an admin everywhere, never against a moderator's or an admin's post).
 * Each action is one transaction with its audit entries and the author's notification; a bulk action
 * applies to all its targets or, if one is refused, to none.
 */
@ApplicationScoped
public class ModerationService {

    @Inject
    EntityManager em;

    @Inject
    ModerationPermissions permissions;

    @Inject
    ReportService reports;

    @Inject
    AuditLog audit;

    @Inject
    Sanctions sanctions;

    @Inject
    Notifications notifications;

    /** Items with open reports (or held for review), oldest first, in the caller's regions. */
    @Transactional
    public PageResult<QueueItem> queue(PageRequest page) {
        List<Long> regions = permissions.regions();
        if (regions != null && regions.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        String where = " WHERE status = 'OPEN'" + (regions == null ? "" : " AND region_id IN (:regions)");
        var q = Rows.query(em, """
                SELECT target_type, target_id, region_id, SUM(reporter <> 'system') AS reports, SUM(weight) AS score,
                       MIN(created_at) AS since, GROUP_CONCAT(reason ORDER BY id SEPARATOR ',') AS reasons,
                       GROUP_CONCAT(COALESCE(text, '') ORDER BY id SEPARATOR '|~|') AS texts
                FROM moderation_report""" + where + """
                 GROUP BY target_type, target_id, region_id ORDER BY MIN(created_at), MIN(id)
                 LIMIT :size OFFSET :offset""");
        var c = em.createNativeQuery("SELECT COUNT(DISTINCT target_type, target_id) FROM moderation_report" + where);
        if (regions != null) {
            q.setParameter("regions", regions);
            c.setParameter("regions", regions);
        }
        q.setParameter("size", page.size()).setParameter("offset", page.offset());
        List<QueueItem> items = Rows.list(q, this::queueItem);
        return new PageResult<>(items, page.page(), page.size(), ((Number) c.getSingleResult()).longValue());
    }

    /** One queue row: the reports on one item, with the item as it stands (gone when its feature removed it). */
    private QueueItem queueItem(Rows.Row r) {
        String type = r.string("target_type");
        long id = r.lng("target_id");
        Item item = reports.reportable(type).find(id).orElse(null);
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (String reason : r.string("reasons").split(",")) {
            reasons.merge(reason, 1, Integer::sum);
        }
        List<String> texts = new ArrayList<>();
        for (String t : r.string("texts").split(java.util.regex.Pattern.quote("|~|"))) {
            if (!t.isBlank()) {
                texts.add(t);
            }
        }
        return new QueueItem(type, id, r.lng("region_id"), item == null ? null : item.status(),
                item == null ? null : item.threadId(), item == null ? null : item.title(),
                item == null ? null : item.excerpt(), r.integer("reports"), r.dbl("score"), reasons, texts,
                r.instant("since"));
    }

    @Transactional
    public ActionResults act(CurrentUser user, ActionForm form) {
        ModerationAction action = ModerationAction.parse(form.action()).orElseThrow(() -> ProblemException.invalid("action",
                "moderation.unknown-action"));
        List<Target> targets = new ArrayList<>();
        if (form.target() != null) {
            targets.add(form.target());
        }
        if (form.targets() != null) {
            targets.addAll(form.targets());
        }
        if (targets.isEmpty()) {
            throw ProblemException.invalid("target", "moderation.choose-target");
        }
        if (action == ModerationAction.SUSPEND && form.days() == null) {
            throw ProblemException.invalid("days", "moderation.suspend-days");
        }
        String reason = form.reason().strip();
        List<ActionResult> results = new ArrayList<>();
        for (Target t : targets) {
            Reportable reportable = reports.reportable(t.type());
            Item item = reportable.lock(t.id()).orElseThrow(() -> ProblemException.notFound("Item", t.id()));
            permissions.requireMayActOn(item);
            if (action == ModerationAction.MOVE) {
                Long to = form.categoryId() == null ? null : reportable.regionOfCategory(form.categoryId()).orElse(null);
                if (to == null) {
                    throw ProblemException.invalid("categoryId", "moderation.choose-forum");
                }
                permissions.requireMayMoveTo(to);
            }
            String after;
            if (action.onAuthor()) {
                sanctions.give(item.author(), action, action == ModerationAction.SUSPEND ? form.days() : null, reason,
                        user.username());
                after = action == ModerationAction.SUSPEND ? "author suspended " + form.days() + " days" : "author warned";
            } else {
                after = reportable.apply(item, action, form.categoryId());
                closeReports(item, action);
            }
            audit.append(user.username(), action.code(), item.type(), Long.toString(item.id()), item.regionId(), reason,
                    item.state(), after);
            notifications.send(item.author(), Notifications.Kind.MODERATION, item.threadId(),
                    "post".equals(item.type()) ? item.id() : null, item.title(), action.code() + ": " + reason);
            results.add(new ActionResult(item.type(), item.id(), item.state(), after));
        }
        return new ActionResults(action.code(), results);
    }

    @Transactional
    public PageResult<AuditLog.Entry> log(PageRequest page) {
        return audit.page(permissions.regions(), page);
    }

    /** Hide and remove uphold the open reports; restore rejects them (reporters' weights follow, ReporterWeight). */
    private void closeReports(Item item, ModerationAction action) {
        String status = switch (action) {
            case HIDE, REMOVE -> "UPHELD";
            case RESTORE -> "REJECTED";
            default -> null;
        };
        if (status != null) {
            em.createNativeQuery("""
                    UPDATE moderation_report SET status = ?1, decided_at = NOW(6)
                    WHERE target_type = ?2 AND target_id = ?3 AND status = 'OPEN'""")
                    .setParameter(1, status).setParameter(2, item.type()).setParameter(3, item.id()).executeUpdate();
        }
    }
}
