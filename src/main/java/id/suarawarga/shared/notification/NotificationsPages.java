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

/** My notifications as a page, worded in the reader's language. */
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
        return ui.page(Templates.notifications(notifications.of(user.username(), PageRequest.of(page, null))));
    }
}
