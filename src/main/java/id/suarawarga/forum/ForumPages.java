package id.suarawarga.forum;

import static id.suarawarga.forum.ForumForms.nz;
import static id.suarawarga.forum.ForumForms.rejected;
import static id.suarawarga.forum.ForumForms.seeOther;

import id.suarawarga.forum.ForumForms.Errors;
import id.suarawarga.forum.ForumPermissions.Can;
import id.suarawarga.forum.ForumViews.CategoryView;
import id.suarawarga.forum.ForumViews.Created;
import id.suarawarga.forum.ForumViews.PostForm;
import id.suarawarga.forum.ForumViews.PostView;
import id.suarawarga.forum.ForumViews.SearchHit;
import id.suarawarga.forum.ForumViews.ThreadForm;
import id.suarawarga.forum.ForumViews.ThreadSummary;
import id.suarawarga.forum.ForumViews.ThreadView;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.ModerationViews.ReportCreated;
import id.suarawarga.moderation.ModerationViews.ReportForm;
import id.suarawarga.moderation.ReportService;
import id.suarawarga.moderation.ReportSubmissions;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The forums in pages, usable without JavaScript on a 360 px phone: forums, a forum's threads, a thread with its
 * reply form, the reply-with-quote form, the report dialog, the new-thread form, search and the pseudonym form
 * (an author's edit and delete forms are {@link OwnPostPages}). Threads and replies are submitted through
 * {@link ForumSubmissions} as the API submits them, a report through {@link ReportSubmissions} with the API's
 * scope; each form carries its key.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ForumPages {

    @Inject
    ForumService forum;

    @Inject
    Posting posting;

    @Inject
    ForumSubmissions submissions;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    ReportSubmissions reportSubmissions;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @Inject
    ForumForms forms;

    @Inject
    ForumPermissions permissions;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forums(PageResult<CategoryView> forums);

        static native TemplateInstance threads(CategoryView forum, PageResult<ThreadSummary> threads, Can can);

        static native TemplateInstance newThread(CategoryView forum, FormState form);

        static native TemplateInstance thread(ThreadView thread, Can can, FormState form, String notice);

        static native TemplateInstance reply(ThreadView thread, PostView quote, FormState form);

        static native TemplateInstance report(PostView post, ThreadView thread, List<String> reasons, FormState form);

        static native TemplateInstance pseudonym(FormState form, String current, String next);

        static native TemplateInstance search(String q, PageResult<SearchHit> hits);
    }

    @GET
    @Path("forums")
    @PermitAll
    public TemplateInstance forums(@QueryParam("page") String page) {
        return ui.page(Templates.forums(forum.categories(null, PageRequest.of(page, "50"))));
    }

    @GET
    @Path("forums/{id}")
    @PermitAll
    public TemplateInstance threads(@PathParam("id") long id, @QueryParam("page") String page) {
        return ui.page(Templates.threads(forum.category(id), forum.threads(id, PageRequest.of(page, null)), permissions.can()));
    }

    @GET
    @Path("forums/{id}/new")
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.MODERATOR, Roles.ADMIN})
    public Response newThread(@PathParam("id") long id) {
        if (permissions.needsPseudonym()) {
            return seeOther("/forum/pseudonym?next=/forums/" + id + "/new");
        }
        return ok(Templates.newThread(forum.category(id), FormState.withNewKey(Map.of())));
    }

    @POST
    @Path("forums/{id}/new")
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.MODERATOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createThread(@PathParam("id") long id, @RestForm String title, @RestForm String body,
            @RestForm String idempotencyKey) {
        CategoryView category = forum.category(id);
        ThreadForm form = new ThreadForm(title, body);
        Map<String, String> typed = Map.of("title", nz(title), "body", nz(body));
        Object outcome = submitted(() -> submissions.thread(id, idempotencyKey, form, user));
        if (outcome instanceof Created c) {
            return seeOther("/threads/" + c.threadId() + ("HELD".equals(c.status()) ? "?notice=held" : ""));
        }
        return forms.rejection(outcome, Templates.newThread(category, rejected(typed, outcome)));
    }

    @GET
    @Path("threads/{id}")
    @PermitAll
    public TemplateInstance thread(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("notice") String notice) {
        return ui.page(Templates.thread(forum.thread(id, PageRequest.of(page, null), user), permissions.can(), FormState.withNewKey(Map.of()),
                notice == null || !notice.matches("held|reported|posted|helpful|edited|deleted") ? null : notice));
    }

    @GET
    @Path("threads/{id}/reply")
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.MODERATOR, Roles.ADMIN})
    public Response replyForm(@PathParam("id") long id, @QueryParam("quote") Long quote) {
        if (permissions.needsPseudonym()) {
            return seeOther("/forum/pseudonym?next=/threads/" + id + "/reply");
        }
        ThreadView thread = forum.thread(id, PageRequest.first(1), user);
        PostView quoted = quote == null ? null : quotable(thread, quote);
        return ok(Templates.reply(thread, quoted, FormState.withNewKey(quote == null ? Map.of() : Map.of("quotePostId", quote.toString()))));
    }

    @POST
    @Path("threads/{id}/reply")
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.MODERATOR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("id") long id, @RestForm String body, @RestForm String quotePostId,
            @RestForm String idempotencyKey) {
        Long quote = quotePostId == null || quotePostId.isBlank() ? null : parseId(quotePostId);
        PostForm form = new PostForm(body, quote);
        Object outcome = submitted(() -> submissions.reply(id, idempotencyKey, form, user));
        if (outcome instanceof Created c) {
            long[] where = forum.whereIs(c.id());
            return seeOther("/threads/" + id + "?page=" + where[1] + "&notice=" + ("HELD".equals(c.status()) ? "held" : "posted")
                    + "#post-" + c.id());
        }
        ThreadView thread = forum.thread(id, PageRequest.first(1), user);
        Map<String, String> typed = Map.of("body", nz(body), "quotePostId", nz(quotePostId));
        return forms.rejection(outcome, Templates.reply(thread, quote == null ? null : quotable(thread, quote),
                rejected(typed, outcome)));
    }

    @POST
    @Path("posts/{id}/helpful")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response helpful(@PathParam("id") long id) {
        posting.react(id, user);
        long[] where = forum.whereIs(id);
        return seeOther("/threads/" + where[0] + "?page=" + where[1] + "#post-" + id);
    }

    @GET
    @Path("posts/{id}/report")
    @Authenticated
    public TemplateInstance reportForm(@PathParam("id") long id) {
        PostView post = forum.post(id, user);
        return ui.page(Templates.report(post, forum.thread(post.threadId(), PageRequest.first(1), user), ReportService.REASONS,
                FormState.withNewKey(Map.of())));
    }

    @POST
    @Path("posts/{id}/report")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("id") long id, @RestForm String reason, @RestForm String text,
            @RestForm String idempotencyKey) {
        ReportForm form = new ReportForm(reason, text == null || text.isBlank() ? null : text);
        Object outcome;
        try {
            outcome = answered(reportSubmissions.submit("post", id, idempotencyKey, form, user), ReportCreated.class);
        } catch (ProblemException e) {
            outcome = forms.refused(e);
        }
        long[] where = forum.whereIs(id);
        if (outcome instanceof ReportCreated
                || (outcome instanceof Map<?, ?> m && m.containsKey("target"))) {
            // Reported now, or already reported by this user: either way it is with the moderators.
            return seeOther("/threads/" + where[0] + "?page=" + where[1] + "&notice=reported");
        }
        PostView post = forum.post(id, user);
        return forms.rejection(outcome, Templates.report(post, forum.thread(post.threadId(), PageRequest.first(1), user),
                ReportService.REASONS, rejected(Map.of("reason", nz(reason), "text", nz(text)), outcome)));
    }

    @GET
    @Path("forum/pseudonym")
    @RolesAllowed(Roles.CITIZEN)
    public TemplateInstance pseudonymForm(@QueryParam("next") String next) {
        String current = pseudonyms.view(user.username()).map(ForumViews.ProfileView::pseudonym).orElse(null);
        return ui.page(Templates.pseudonym(FormState.of(Map.of("pseudonym", current == null ? "" : current)), current,
                localNext(next)));
    }

    @POST
    @Path("forum/pseudonym")
    @RolesAllowed(Roles.CITIZEN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choosePseudonym(@RestForm String pseudonym, @RestForm String next) {
        try {
            pseudonyms.choose(user.username(), pseudonym);
        } catch (ProblemException e) {
            String current = pseudonyms.view(user.username()).map(ForumViews.ProfileView::pseudonym).orElse(null);
            String error = e.errors().isEmpty() ? "invalid" : e.type() == ProblemType.CONFLICT
                    ? ("too-soon".equals(e.errors().get(0).message()) ? "too-soon" : "taken") : "invalid";
            return Response.status(e.type().status()).entity(ui.page(Templates.pseudonym(
                    new FormState(Map.of("pseudonym", nz(pseudonym)), Map.of("pseudonym", error)), current,
                    localNext(next)))).build();
        }
        return seeOther(localNext(next));
    }

    @GET
    @Path("forum/search")
    @PermitAll
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("page") String page) {
        PageResult<SearchHit> hits = q == null || q.isBlank() || q.length() > 200 ? null
                : forum.search(q, PageRequest.of(page, null));
        return ui.page(Templates.search(q == null ? "" : q, hits));
    }

    // --- Helpers ---------------------------------------------------------------------------------------------

    /** The quoted post, if it belongs to this thread and is published (anything else is simply not quoted). */
    private PostView quotable(ThreadView thread, long quote) {
        try {
            PostView p = forum.post(quote, user);
            return p.threadId() == thread.id() && p.published() ? p : null;
        } catch (ProblemException e) {
            return null;
        }
    }

    /**
     * A thread or reply submitted as the API submits it ({@link ForumSubmissions}). Answers what was created (now or
     * by the first request with this key), or {@link Errors}: the form's field errors, or a refusal that is not the
     * form's fault (limits, suspension, a locked thread).
     */
    private Object submitted(Supplier<Outcome<Created>> submission) {
        Outcome<Created> outcome;
        try {
            outcome = submission.get();
        } catch (ConstraintViolationException e) {
            return new Errors(FormErrors.of(e.getConstraintViolations(), ui.locale()));
        } catch (ProblemException e) {
            return forms.refused(e);
        }
        return answered(outcome, Created.class);
    }

    /** A report: validated like the API, then run once per form key, as {@link #submitted} answers. */
    private <T> Object answered(Outcome<T> outcome, Class<T> type) {
        Optional<T> created = outcome.created(type);
        if (created.isPresent()) {
            return created.get();
        }
        return forms.refused(ProblemException.of(outcome.refusal().orElseThrow()));
    }

    private static Long parseId(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("quotePostId", "forum.not-an-id");
        }
    }

    private static String localNext(String next) {
        return id.suarawarga.shared.web.Redirects.localPath(next, "/forums");
    }

    private Response ok(TemplateInstance t) {
        return Response.ok(ui.page(t)).build();
    }


}
