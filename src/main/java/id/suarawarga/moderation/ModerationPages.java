package id.suarawarga.moderation;

import id.suarawarga.catalogue.Region;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.ModerationViews.ActionForm;
import id.suarawarga.moderation.ModerationViews.QueueItem;
import id.suarawarga.moderation.ModerationViews.Target;
import id.suarawarga.shared.audit.AuditLog;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The moderation queue with bulk actions, and the audit log, as pages (no JavaScript needed). */
@Path("/moderation")
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {

    static final List<String> ACTIONS = Arrays.stream(ModerationAction.values()).map(ModerationAction::code).toList();

    @Inject
    ModerationService moderation;

    @Inject
    ModerationPermissions permissions;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @Inject
    ReportService reports;

    /** A forum a thread may be moved to. */
    public record CategoryChoice(long id, String name, String regionName) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PageResult<QueueItem> queue, List<String> actions,
                List<CategoryChoice> categories, FormState form, Integer done);

        static native TemplateInstance log(PageResult<AuditLog.Entry> log);
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    public TemplateInstance queue(@QueryParam("page") String page, @QueryParam("done") Integer done) {
        return ui.page(page(PageRequest.of(page, null), FormState.empty(), done));
    }

    @POST
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@RestForm("target") List<String> targets, @RestForm String action, @RestForm String reason,
            @RestForm String days, @RestForm String categoryId) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("action", nz(action));
        typed.put("reason", nz(reason));
        typed.put("days", nz(days));
        Map<String, String> errors = new LinkedHashMap<>();
        List<Target> parsed = new ArrayList<>();
        for (String t : targets == null ? List.<String>of() : targets) {
            String[] parts = t.split(":", 2);
            try {
                parsed.add(new Target(parts[0], Long.parseLong(parts[1])));
            } catch (RuntimeException e) {
                errors.put("target", "invalid");
            }
        }
        if (parsed.isEmpty() || parsed.size() > 100) {
            errors.put("target", "missing");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            errors.put("reason", "missing");
        }
        Integer d = integer(days);
        if (d != null && (d < 1 || d > 365)) {
            errors.put("days", "range");
        }
        if (errors.isEmpty()) {
            try {
                moderation.act(user, new ActionForm(null, parsed, nz(action), reason, d, id(categoryId)));
                return Response.seeOther(URI.create("/moderation?done=" + parsed.size())).build();
            } catch (ProblemException e) {
                if (e.type() != ProblemType.VALIDATION) {
                    throw e;
                }
                e.errors(ui.locale()).forEach(f -> errors.put(f.field(), f.message()));
                if (errors.isEmpty()) {
                    errors.put("action", "invalid");
                }
            }
        }
        return Response.status(422).entity(ui.page(page(PageRequest.first(PageRequest.DEFAULT_SIZE),
                new FormState(typed, errors), null))).build();
    }

    @GET
    @Path("/log")
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    public TemplateInstance log(@QueryParam("page") String page) {
        return ui.page(Templates.log(moderation.log(PageRequest.of(page, null))));
    }

    private TemplateInstance page(PageRequest page, FormState form, Integer done) {
        return Templates.queue(moderation.queue(page), ACTIONS, categories(), form, done);
    }

    /** Forums in the caller's regions (bounded: a move target list, not a browse list), by region name. */
    private List<CategoryChoice> categories() {
        List<Long> regions = permissions.regions();
        if (regions != null && regions.isEmpty()) {
            return List.of();
        }
        List<Reportable.MoveTarget> targets = reports.moveTargets(regions, 200);
        Map<Long, Region> names = Region.byIds(targets.stream().map(Reportable.MoveTarget::regionId).distinct().toList());
        // Stable: within a region the forums keep the order the forum gave them.
        return targets.stream().filter(t -> names.containsKey(t.regionId()))
                .sorted(Comparator.comparing((Reportable.MoveTarget t) -> names.get(t.regionId()).name))
                .map(t -> new CategoryChoice(t.id(), t.name(), names.get(t.regionId()).name)).toList();
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Long id(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
