package id.suarawarga.feedback;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.ModerationViews.ReportForm;
import id.suarawarga.moderation.ReportService;
import id.suarawarga.moderation.ReportSubmissions;
import id.suarawarga.moderation.Reportable.Item;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The report dialog for a public comment on a results page: the same reasons and the same moderation as a forum
 * post ({@link ReportSubmissions}, type "comment"). Without JavaScript: a page, a form, POST → redirect → GET.
 */
@Path("/feedback/{id}/report")
@Produces(MediaType.TEXT_HTML)
public class CommentReportPages {

    @Inject
    FeedbackReportables comments;

    @Inject
    ReportSubmissions submissions;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Item comment, List<String> reasons, String reason, String text,
                String error, boolean done);
    }

    @GET
    @Authenticated
    public TemplateInstance form(@PathParam("id") long id, @QueryParam("done") String done) {
        return ui.page(Templates.report(visible(id), ReportService.REASONS, null, null, null, done != null));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") long id, @RestForm String reason, @RestForm String text) {
        Item comment = visible(id);
        String error = null;
        try {
            submissions.file(FeedbackReportables.TYPE, id, new ReportForm(reason == null ? "" : reason, text), user);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION) {
                List<String> fields = e.errors().stream().map(f -> f.field()).toList();
                String field = fields.contains("text") ? "text" : fields.isEmpty() ? "reason" : fields.get(0);
                error = "target".equals(field) ? "own" : field; // "target": the writer's own comment
            } else if (e.type() != ProblemType.CONFLICT) {
                throw e; // already reported by this user: it is with the moderators either way
            }
        }
        if (error != null) {
            return Response.status(422).entity(ui.page(Templates.report(comment, ReportService.REASONS, reason, text, error, false)))
                    .build();
        }
        return Response.seeOther(URI.create("/feedback/" + id + "/report?done=1")).build();
    }

    private Item visible(long id) {
        return comments.find(id).filter(c -> "VISIBLE".equals(c.status()))
                .orElseThrow(() -> ProblemException.notFound("Comment", id));
    }
}
