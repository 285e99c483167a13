package id.suarawarga.forum;

import id.suarawarga.forum.ForumPermissions.Can;
import id.suarawarga.forum.ForumViews.CategoryView;
import id.suarawarga.forum.ForumViews.Created;
import id.suarawarga.forum.ForumViews.EditForm;
import id.suarawarga.forum.ForumViews.OwnText;
import id.suarawarga.forum.ForumViews.PostForm;
import id.suarawarga.forum.ForumViews.PostView;
import id.suarawarga.forum.ForumViews.SearchHit;
import id.suarawarga.forum.ForumViews.ThreadForm;
import id.suarawarga.forum.ForumViews.ThreadSummary;
import id.suarawarga.forum.ForumViews.ThreadView;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.identity.Roles;
import id.suarawarga.moderation.ModerationApi;
import id.suarawarga.moderation.ModerationViews.ReportCreated;
import id.suarawarga.moderation.ModerationViews.ReportForm;
import id.suarawarga.moderation.ReportService;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import id.suarawarga.shared.web.RateLimitedException;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The forums in pages, usable without JavaScript on a 360 px phone: forums, a forum's threads, a thread with its
 * reply form, the reply-with-quote form, the report dialog, the new-thread form and the pseudonym form. Every
 * creating form goes through {@link Idempotency} with the API's scope and a key carried by the form.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ForumPages {


    @Inject
    ForumService forum;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    ReportService reports;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @Inject
    Validator validator;

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

        static native TemplateInstance editPost(OwnText post, ThreadView thread, FormState form);

        static native TemplateInstance deletePost(PostView post, ThreadView thread);

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
        Object outcome = submit(idempotencyKey, ForumApi.threadScope(id), form, Created.class,
                () -> forum.createThread(id, form, user));
        if (outcome instanceof Created c) {
            return seeOther("/threads/" + c.threadId() + ("HELD".equals(c.status()) ? "?notice=held" : ""));
        }
        return rejection(outcome, Templates.newThread(category, rejected(typed, outcome)));
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
        Object outcome = submit(idempotencyKey, ForumApi.replyScope(id), form, Created.class,
                () -> forum.reply(id, form, user));
        if (outcome instanceof Created c) {
            long[] where = forum.whereIs(c.id());
            return seeOther("/threads/" + id + "?page=" + where[1] + "&notice=" + ("HELD".equals(c.status()) ? "held" : "posted")
                    + "#post-" + c.id());
        }
        ThreadView thread = forum.thread(id, PageRequest.first(1), user);
        Map<String, String> typed = Map.of("body", nz(body), "quotePostId", nz(quotePostId));
        return rejection(outcome, Templates.reply(thread, quote == null ? null : quotable(thread, quote),
                rejected(typed, outcome)));
    }

    @POST
    @Path("posts/{id}/helpful")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response helpful(@PathParam("id") long id) {
        forum.react(id, user);
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
        Object outcome = submit(idempotencyKey, ModerationApi.reportScope(id), form, ReportCreated.class,
                () -> reports.report("post", id, user.username(), form));
        long[] where = forum.whereIs(id);
        if (outcome instanceof ReportCreated
                || (outcome instanceof Map<?, ?> m && m.containsKey("target"))) {
            // Reported now, or already reported by this user: either way it is with the moderators.
            return seeOther("/threads/" + where[0] + "?page=" + where[1] + "&notice=reported");
        }
        PostView post = forum.post(id, user);
        return rejection(outcome, Templates.report(post, forum.thread(post.threadId(), PageRequest.first(1), user),
                ReportService.REASONS, rejected(Map.of("reason", nz(reason), "text", nz(text)), outcome)));
    }

    @GET
    @Path("posts/{id}/edit")
    @Authenticated
    public Response editForm(@PathParam("id") long id) {
        OwnText own = forum.ownText(id, user);
        Map<String, String> values = new HashMap<>();
        values.put("body", own.body());
        if (own.title() != null) {
            values.put("title", own.title());
        }
        FormState form = own.editable() ? FormState.of(values) : new FormState(values, Map.of("post", "closed"));
        return Response.status(own.editable() ? 200 : 409)
                .entity(ui.page(Templates.editPost(own, forum.thread(own.threadId(), PageRequest.first(1), user), form))).build();
    }

    /**
     * The author's edit from the page form: like {@code PUT /api/v1/posts/{id}}, then back to the post. Sent after
     * the window closed, the form comes back with the text kept (to copy) and says why.
     */
    @POST
    @Path("posts/{id}/edit")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String body, @RestForm String title) {
        OwnText own = forum.ownText(id, user);
        EditForm form = new EditForm(body, own.title() == null ? null : nz(title));
        Map<String, String> typed = new HashMap<>(Map.of("body", nz(body)));
        if (own.title() != null) {
            typed.put("title", nz(title));
        }
        Object outcome;
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            outcome = new Errors(FormErrors.of(violations));
        } else {
            try {
                forum.edit(id, form, user);
                long[] where = forum.whereIs(id);
                return seeOther("/threads/" + where[0] + "?page=" + where[1] + "&notice=edited#post-" + id);
            } catch (ProblemException e) {
                outcome = e.type() == ProblemType.CONFLICT ? new Errors(Map.of("post", "window"), 409, null) : refused(e);
            }
        }
        Map<String, String> errors = ((Errors) outcome).errors();
        return rejection(outcome, Templates.editPost(own, forum.thread(own.threadId(), PageRequest.first(1), user),
                new FormState(typed, errors)));
    }

    @GET
    @Path("posts/{id}/delete")
    @Authenticated
    public TemplateInstance deleteForm(@PathParam("id") long id) {
        OwnText own = forum.ownText(id, user);
        return ui.page(Templates.deletePost(forum.post(id, user), forum.thread(own.threadId(), PageRequest.first(1), user)));
    }

    /** The author deletes their post (shown as removed by its author), then back to the thread. */
    @POST
    @Path("posts/{id}/delete")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        forum.delete(id, user);
        long[] where = forum.whereIs(id);
        return seeOther("/threads/" + where[0] + "?page=" + where[1] + "&notice=deleted#post-" + id);
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
     * Validates like the API, then runs the work once per form key. Answers what was created ({@code type}, now
     * or by the first request with this key), a map of field errors, or a ready Response for refusals that are
     * not the form's fault (limits, suspension, a locked thread).
     */
    private <T> Object submit(String key, String scope, Object form, Class<T> type, Supplier<T> work) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            return new Errors(FormErrors.of(violations));
        }
        Outcome<T> outcome;
        try {
            outcome = idempotency.execute(user.subject().orElseThrow(), key, scope, form,
                    () -> Outcome.Created.of(work.get(), null));
        } catch (ProblemException e) {
            return refused(e);
        }
        Optional<T> created = outcome.created(type);
        if (created.isPresent()) {
            return created.get();
        }
        return refused(ProblemException.of(outcome.refusal().orElseThrow()));
    }

    /**
     * Why a form was not accepted: field errors (422), or a refusal that is not the form's fault, shown on the
     * same form above the kept text: {@code limited} (429 with Retry-After), {@code suspended} (403), {@code locked}
     * (409).
     */
    record Errors(Map<String, String> errors, int status, Long retryAfter) {
        Errors(Map<String, String> errors) {
            this(errors, 422, null);
        }
    }

    private Object refused(ProblemException e) {
        return switch (e.type()) {
            case VALIDATION -> new Errors(FormErrors.of(e));
            case IDEMPOTENCY_KEY_REUSED, BAD_REQUEST -> new Errors(Map.of("form", "resend"));
            case CONFLICT -> e.errors().stream().anyMatch(f -> "target".equals(f.field()))
                    ? Map.of("target", "already-reported")
                    : new Errors(Map.of("refused", "locked"), 409, null);
            case RATE_LIMITED -> new Errors(Map.of("refused", "limited"), 429,
                    e instanceof RateLimitedException r ? r.retryAfterSeconds() : 3600L);
            case POSTING_SUSPENDED -> new Errors(Map.of("refused", "suspended", "suspendedDetail", e.detail(ui.locale())), 403, null);
            default -> throw e;
        };
    }

    /** The form again with what was typed and why it was refused, with the refusal's status. */
    private Response rejection(Object outcome, TemplateInstance form) {
        Errors errors = outcome instanceof Errors e ? e : new Errors(Map.of("form", "resend"));
        Response.ResponseBuilder r = Response.status(errors.status()).entity(ui.page(form));
        if (errors.retryAfter() != null) {
            r.header("Retry-After", errors.retryAfter());
        }
        return r.build();
    }

    private static FormState rejected(Map<String, String> typed, Object outcome) {
        Map<String, String> errors = outcome instanceof Errors e ? e.errors() : Map.of("form", "resend");
        return FormState.withNewKey(typed, errors);
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Response ok(TemplateInstance t) {
        return Response.ok(ui.page(t)).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
