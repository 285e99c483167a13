package id.suarawarga.privacy;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The privacy page (what is kept, why, how long, who sees it) and the citizen's personal-data pages in the account
 * area: download, the staff access log, and account deletion (a confirmation form, then a result page).
 */
@Path("/")
public class PrivacyPages {

    @Inject
    UiContext ui;

    @Inject
    CurrentUser user;

    @Inject
    PersonalDataService personalData;

    @Inject
    StaffAccessLog accessLog;

    @Inject
    RetentionConfig retention;

    @Inject
    OidcSession session;

    @ConfigProperty(name = "suarawarga.oidc.realm-url")
    String realmUrl;

    /** Retention periods in days, as the privacy page states them (from {@link RetentionConfig}). */
    public record Periods(long idempotency, long notifications, long counters, long accessLog, long deletedAccounts,
            long pseudonym) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance privacy(Periods periods, String accountConsole);

        static native TemplateInstance delete(long pseudonymDays, boolean mustConfirm, boolean staff);

        static native TemplateInstance deleted(boolean pending);

        static native TemplateInstance accessLog(PageResult<StaffAccessLog.Entry> entries);
    }

    @GET
    @Path("privacy")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance privacy() {
        return ui.page(Templates.privacy(periods(), realmUrl + "/account"));
    }

    /** The same document as {@code GET /api/v1/me/data}, as a file to keep. */
    @GET
    @Path("account/data")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Response download() {
        return Response.ok(personalData.export(user))
                .header("Content-Disposition", "attachment; filename=\"suarawarga-data.json\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("account/access-log")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance accessLogPage(@QueryParam("page") String page) {
        return ui.page(Templates.accessLog(accessLog.of(user.subject().orElseThrow(), user.username(),
                PageRequest.of(page, null))));
    }

    @GET
    @Path("account/delete")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance deleteForm() {
        return ui.page(Templates.delete(days(retention.pseudonymReservation()), false, false));
    }

    /** Deletes the account when the box is ticked, ends the session and shows the result. */
    @POST
    @Path("account/delete")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED) // only a form passes the CSRF check; anything else is 415
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@RestForm String confirm) {
        if (!"yes".equals(confirm)) {
            return Response.status(422).entity(ui.page(Templates.delete(days(retention.pseudonymReservation()), true,
                    false))).build();
        }
        boolean pending = false;
        try {
            personalData.delete(user);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.FORBIDDEN) {
                return Response.status(403).entity(ui.page(Templates.delete(days(retention.pseudonymReservation()),
                        false, true))).build();
            }
            if (e.type() != ProblemType.UNAVAILABLE) {
                throw e;
            }
            pending = true; // the portal's part is done; the retention job removes the login account
        }
        session.logout().await().indefinitely();
        return Response.seeOther(URI.create(pending ? "/account/deleted?pending=1" : "/account/deleted")).build();
    }

    @GET
    @Path("account/deleted")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance deleted(@QueryParam("pending") String pending) {
        return ui.page(Templates.deleted("1".equals(pending)));
    }

    Periods periods() {
        return new Periods(days(retention.idempotencyRecords()), days(retention.notifications()),
                days(retention.rateLimitCounters()), days(retention.staffAccessLog()), days(retention.deletedAccounts()),
                days(retention.pseudonymReservation()));
    }

    private static long days(java.time.Duration d) {
        return d.toDays();
    }
}
