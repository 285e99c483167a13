package id.suarawarga.forum;

import id.suarawarga.forum.ForumViews.CategoryForm;
import id.suarawarga.forum.ForumViews.CategoryView;
import id.suarawarga.forum.ForumViews.EditForm;
import id.suarawarga.forum.ForumViews.PostForm;
import id.suarawarga.forum.ForumViews.PostView;
import id.suarawarga.forum.ForumViews.ProfileView;
import id.suarawarga.forum.ForumViews.PseudonymForm;
import id.suarawarga.forum.ForumViews.ReactionView;
import id.suarawarga.forum.ForumViews.SearchHit;
import id.suarawarga.forum.ForumViews.ThreadForm;
import id.suarawarga.forum.ForumViews.ThreadSummary;
import id.suarawarga.forum.ForumViews.ThreadView;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API of the forums: categories, threads, posts, reactions, search, and the citizen's pseudonym. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forum")
public class ForumApi {

    @Inject
    ForumService forum;

    @Inject
    Posting posting;

    @Inject
    OwnPosts ownPosts;

    @Inject
    ForumSubmissions submissions;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    CurrentUser user;

    @GET
    @Path("/forums")
    @PermitAll
    public PageResult<CategoryView> forums(@QueryParam("region") String region, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return forum.categories(region, PageRequest.of(page, size));
    }

    @POST
    @Path("/forums")
    @RolesAllowed(Roles.ADMIN)
    public Response createForum(@Valid @NotNull CategoryForm form) {
        CategoryView created = forum.saveCategory(null, form);
        return Response.status(201).entity(created).header("Location", "/api/v1/forums/" + created.id()).build();
    }

    @PUT
    @Path("/forums/{id}")
    @RolesAllowed(Roles.ADMIN)
    public CategoryView replaceForum(@PathParam("id") long id, @Valid @NotNull CategoryForm form) {
        return forum.saveCategory(id, form);
    }

    @GET
    @Path("/forums/{id}/threads")
    @PermitAll
    public PageResult<ThreadSummary> threads(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return forum.threads(id, PageRequest.of(page, size));
    }

    /** A new thread with its opening post. Requires {@code Idempotency-Key}. */
    @POST
    @Path("/forums/{id}/threads")
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.MODERATOR, Roles.ADMIN})
    public Response createThread(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull ThreadForm form) {
        return Idempotency.answer(submissions.thread(id, key, form, user));
    }

    @GET
    @Path("/threads/{id}")
    @PermitAll
    public ThreadView thread(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return forum.thread(id, PageRequest.of(page, size), user);
    }

    /** A reply, optionally quoting one post of the thread. Requires {@code Idempotency-Key}. */
    @POST
    @Path("/threads/{id}/posts")
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.MODERATOR, Roles.ADMIN})
    public Response reply(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull PostForm form) {
        return Idempotency.answer(submissions.reply(id, key, form, user));
    }

    /** The author edits their post within 30 minutes; the earlier text is kept. */
    @PUT
    @Path("/posts/{id}")
    @Authenticated
    public PostView edit(@PathParam("id") long id, @Valid @NotNull EditForm form) {
        return ownPosts.edit(id, form, user);
    }

    /** The author deletes their post (soft: shown as removed by its author). */
    @DELETE
    @Path("/posts/{id}")
    @Authenticated
    public Response delete(@PathParam("id") long id) {
        ownPosts.delete(id, user);
        return Response.noContent().build();
    }

    /** "Helpful": one per user and post; a repeat answers the same and counts nothing. */
    @POST
    @Path("/posts/{id}/reactions")
    @Authenticated
    public ReactionView react(@PathParam("id") long id) {
        return posting.react(id, user);
    }

    @GET
    @Path("/search")
    @PermitAll
    public PageResult<SearchHit> search(@QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return forum.search(q, PageRequest.of(page, size));
    }

    @GET
    @Path("/me/pseudonym")
    @RolesAllowed(Roles.CITIZEN)
    public ProfileView myPseudonym() {
        return pseudonyms.view(user.username()).orElseThrow(() -> ProblemException.notFound("Pseudonym", "-"));
    }

    @PUT
    @Path("/me/pseudonym")
    @RolesAllowed(Roles.CITIZEN)
    public ProfileView choosePseudonym(@Valid @NotNull PseudonymForm form) {
        return pseudonyms.choose(user.username(), form.pseudonym());
    }
}
