package id.suarawarga.shared.notification;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * My notifications as a page, worded in the reader's language; opening a page of them marks the shown ones read.
 */
@Path("/me/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationsPages {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(PageResult<Notifications.Notification> items);
    }

    @GET
    @Authenticated
    public TemplateInstance page(@QueryParam("page") String page) {
        PageResult<Notifications.Notification> shown = notifications.of(user.username(), PageRequest.of(page, null));
        // Opening the page reads what it shows: those are marked read (this once they are still shown as new).
        notifications.markRead(user.username(), shown.items().stream().filter(n -> !n.read())
                .map(Notifications.Notification::id).toList());
        return ui.page(Templates.notifications(shown));
    }
}
