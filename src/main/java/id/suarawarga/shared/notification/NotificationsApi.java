package id.suarawarga.shared.notification;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app notifications, newest first. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class NotificationsApi {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    @GET
    @Path("/me/notifications")
    @Authenticated
    public PageResult<Notifications.Notification> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return notifications.of(user.username(), PageRequest.of(page, size));
    }
}
