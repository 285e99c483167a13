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
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moderation queue, actions and the audit log. A moderator works in the regions assigned to them
 * ({@link ModeratorRegions}), an admin everywhere; a moderator never acts against a moderator's or an admin's
 * post. Each action is one transaction with its audit entries and the author's notification; a bulk action
 * applies to all its targets or, if one is refused, to none.
 */
@ApplicationScoped
public class ModerationService {

    @Inject
    EntityManager em;

    @Inject
    ModeratorRegions moderators;

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
    public PageResult<QueueItem> queue(CurrentUser user, PageRequest page) {
        List<Long> regions = moderators.moderatedBy(user);
        if (regions != null && regions.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        String where = " WHERE status = 'OPEN'" + (regions == null ? "" : " AND region_id IN (:regions)");
        var q = em.createNativeQuery("""
                SELECT target_type, target_id, region_id, SUM(reporter <> 'system'), SUM(weight), MIN(created_at),
                       GROUP_CONCAT(reason ORDER BY id SEPARATOR ','),
                       GROUP_CONCAT(COALESCE(text, '') ORDER BY id SEPARATOR '|~|')
                FROM moderation_report""" + where + """
                 GROUP BY target_type, target_id, region_id ORDER BY MIN(created_at), MIN(id)
                 LIMIT :size OFFSET :offset""");
        var c = em.createNativeQuery("SELECT COUNT(DISTINCT target_type, target_id) FROM moderation_report" + where);
        if (regions != null) {
            q.setParameter("regions", regions);
            c.setParameter("regions", regions);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setParameter("size", page.size()).setParameter("offset", page.offset()).getResultList();
        List<QueueItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            String type = (String) r[0];
            long id = Rows.lng(r[1]);
            Item item = reports.reportable(type).find(id).orElse(null);
            Map<String, Integer> reasons = new LinkedHashMap<>();
            for (String reason : ((String) r[6]).split(",")) {
                reasons.merge(reason, 1, Integer::sum);
            }
            List<String> texts = new ArrayList<>();
            for (String t : String.valueOf(r[7]).split(java.util.regex.Pattern.quote("|~|"))) {
                if (!t.isBlank()) {
                    texts.add(t);
                }
            }
            items.add(new QueueItem(type, id, Rows.lng(r[2]), item == null ? null : item.status(),
                    item == null ? null : item.threadId(), item == null ? null : item.title(),
                    item == null ? null : item.excerpt(), Rows.integer(r[3]), ((Number) r[4]).doubleValue(), reasons,
                    texts, Rows.instant(r[5])));
        }
        return new PageResult<>(items, page.page(), page.size(), ((Number) c.getSingleResult()).longValue());
    }

    @Transactional
    public ActionResults act(CurrentUser user, ActionForm form) {
        ModerationAction action = ModerationAction.parse(form.action()).orElseThrow(() -> ProblemException.invalid("action",
                "Aksi: hide, restore, remove, lock, unlock, pin, unpin, move, warn, suspend / Unknown action"));
        List<Target> targets = new ArrayList<>();
        if (form.target() != null) {
            targets.add(form.target());
        }
        if (form.targets() != null) {
            targets.addAll(form.targets());
        }
        if (targets.isEmpty()) {
            throw ProblemException.invalid("target", "Pilih sasaran / Choose a target");
        }
        if (action == ModerationAction.SUSPEND && form.days() == null) {
            throw ProblemException.invalid("days", "Berapa hari (1-365) / How many days (1-365)");
        }
        String reason = form.reason().strip();
        List<ActionResult> results = new ArrayList<>();
        for (Target t : targets) {
            Reportable reportable = reports.reportable(t.type());
            Item item = reportable.lock(t.id()).orElseThrow(() -> ProblemException.notFound("Item", t.id()));
            requireMayActOn(user, item);
            if (action == ModerationAction.MOVE) {
                Long to = form.categoryId() == null ? null : reportable.regionOfCategory(form.categoryId()).orElse(null);
                if (to == null) {
                    throw ProblemException.invalid("categoryId", "Pilih forum tujuan / Choose the target forum");
                }
                if (!moderators.moderates(user, to)) {
                    throw forbidden("Forum tujuan di luar wilayah Anda / The target forum is outside your regions");
                }
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
    public PageResult<AuditLog.Entry> log(CurrentUser user, PageRequest page) {
        return audit.page(moderators.moderatedBy(user), page);
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

    /** The item's region must be the caller's; a moderator never acts against a moderator or an admin. */
    void requireMayActOn(CurrentUser user, Item item) {
        if (!moderators.moderates(user, item.regionId())) {
            throw forbidden("Di luar wilayah moderasi Anda / Outside your moderation regions");
        }
        if (!user.isAdmin() && ("MODERATOR".equals(item.authorKind()) || "ADMIN".equals(item.authorKind())
                || !moderators.of(item.author()).isEmpty())) {
            throw forbidden("Moderator tidak menindak moderator atau admin / A moderator cannot act against a moderator or an admin");
        }
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }
}
