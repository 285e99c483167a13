package id.suarawarga.moderation;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.ModerationViews.ActionForm;
import id.suarawarga.moderation.ModerationViews.ActionResults;
import id.suarawarga.moderation.ModerationViews.QueueItem;
import id.suarawarga.moderation.ModerationViews.ReportForm;
import id.suarawarga.shared.audit.AuditLog;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API of reports, the moderation queue, moderation actions, the audit log and the banned words. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class ModerationApi {

    @Inject
    ReportSubmissions submissions;

    @Inject
    ModerationService moderation;

    @Inject
    BannedWords bannedWords;

    @Inject
    CurrentUser user;

    public record BannedWordsForm(@NotNull @Size(max = 500) List<@NotNull @Size(min = 1, max = 100) String> words) {
    }

    /** Any logged-in user reports a post, once. Requires {@code Idempotency-Key}. */
    @POST
    @Path("/posts/{id}/reports")
    @Authenticated
    public Response report(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull ReportForm form) {
        return Idempotency.answer(submissions.submit("post", id, key, form, user));
    }

    @GET
    @Path("/moderation/queue")
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    public PageResult<QueueItem> queue(@QueryParam("page") String page, @QueryParam("size") String size) {
        return moderation.queue(PageRequest.of(page, size));
    }

    @POST
    @Path("/moderation/actions")
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    public ActionResults act(@Valid @NotNull ActionForm form) {
        return moderation.act(user, form);
    }

    @GET
    @Path("/moderation/log")
    @RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
    public PageResult<AuditLog.Entry> log(@QueryParam("page") String page, @QueryParam("size") String size) {
        return moderation.log(PageRequest.of(page, size));
    }

    @GET
    @Path("/moderation/banned-words")
    @RolesAllowed(Roles.ADMIN)
    public BannedWordsForm bannedWords() {
        return new BannedWordsForm(bannedWords.list());
    }

    @PUT
    @Path("/moderation/banned-words")
    @RolesAllowed(Roles.ADMIN)
    public BannedWordsForm replaceBannedWords(@Valid @NotNull BannedWordsForm form) {
        return new BannedWordsForm(bannedWords.replace(form.words()));
    }
}
