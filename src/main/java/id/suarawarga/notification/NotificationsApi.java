package id.suarawarga.notification;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import id.suarawarga.shared.web.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.LinkedHashSet;
import java.util.List;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app notifications, newest first, and marking them read. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class NotificationsApi {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    /** Either {@code ids} (at most 100) or {@code all: true}. */
    public record ReadForm(@Size(max = 100) List<@NotNull @Positive Long> ids, Boolean all) {
    }

    public record ReadResult(int marked, long unread) {
    }

    @GET
    @Path("/me/notifications")
    @Authenticated
    public PageResult<Notifications.Notification> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return notifications.of(user.username(), PageRequest.of(page, size));
    }

    /** Marks my notifications read: the given ids (others' ids are ignored), or all of them. */
    @POST
    @Path("/me/notifications/read")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadResult read(@Valid @NotNull ReadForm form) {
        boolean all = Boolean.TRUE.equals(form.all());
        boolean some = form.ids() != null && !form.ids().isEmpty();
        if (all == some) {
            throw ProblemException.invalid("ids", "notification.ids-or-all");
        }
        int marked = all ? notifications.markAllRead(user.username())
                : notifications.markRead(user.username(), new LinkedHashSet<>(form.ids()));
        return new ReadResult(marked, notifications.unread(user.username()));
    }
}
