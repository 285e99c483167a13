package id.suarawarga.forum;

import static id.suarawarga.forum.ForumForms.nz;
import static id.suarawarga.forum.ForumForms.seeOther;

import id.suarawarga.forum.ForumForms.Errors;
import id.suarawarga.forum.ForumViews.EditForm;
import id.suarawarga.forum.ForumViews.OwnText;
import id.suarawarga.forum.ForumViews.PostView;
import id.suarawarga.forum.ForumViews.ThreadView;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An author's own post in pages: the edit form (within the edit window; after it, the text is shown to copy and
 * the form says why) and the delete form, each back to the post in its thread. Templates stay beside the other
 * forum pages ({@code templates/ForumPages/}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OwnPostPages {

    @Inject
    ForumService forum;

    @Inject
    OwnPosts ownPosts;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @Inject
    Validator validator;

    @Inject
    ForumForms forms;

    @CheckedTemplate(basePath = "ForumPages")
    static class Templates {
        static native TemplateInstance editPost(OwnText post, ThreadView thread, FormState form);

        static native TemplateInstance deletePost(PostView post, ThreadView thread);
    }

    @GET
    @Path("posts/{id}/edit")
    @Authenticated
    public Response editForm(@PathParam("id") long id) {
        OwnText own = ownPosts.ownText(id, user);
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
        OwnText own = ownPosts.ownText(id, user);
        EditForm form = new EditForm(body, own.title() == null ? null : nz(title));
        Map<String, String> typed = new HashMap<>(Map.of("body", nz(body)));
        if (own.title() != null) {
            typed.put("title", nz(title));
        }
        Object outcome;
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            outcome = new Errors(FormErrors.of(violations, ui.locale()));
        } else {
            try {
                ownPosts.edit(id, form, user);
                long[] where = forum.whereIs(id);
                return seeOther("/threads/" + where[0] + "?page=" + where[1] + "&notice=edited#post-" + id);
            } catch (ProblemException e) {
                outcome = e.type() == ProblemType.CONFLICT ? new Errors(Map.of("post", "window"), 409, null) : forms.refused(e);
            }
        }
        Map<String, String> errors = ((Errors) outcome).errors();
        return forms.rejection(outcome, Templates.editPost(own, forum.thread(own.threadId(), PageRequest.first(1), user),
                new FormState(typed, errors)));
    }

    @GET
    @Path("posts/{id}/delete")
    @Authenticated
    public TemplateInstance deleteForm(@PathParam("id") long id) {
        OwnText own = ownPosts.ownText(id, user);
        return ui.page(Templates.deletePost(forum.post(id, user), forum.thread(own.threadId(), PageRequest.first(1), user)));
    }

    /** The author deletes their post (shown as removed by its author), then back to the thread. */
    @POST
    @Path("posts/{id}/delete")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        ownPosts.delete(id, user);
        long[] where = forum.whereIs(id);
        return seeOther("/threads/" + where[0] + "?page=" + where[1] + "&notice=deleted#post-" + id);
    }
}
