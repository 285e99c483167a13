package id.suarawarga.notification;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * My notifications as a page, worded in the reader's language. Showing them changes nothing (ADR 0012): the page's
 * "mark as read" form posts the ids of the unread ones it shows.
 */
@Path("/me/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationsPages {

    /** Same bound as a page of notifications and as the API's {@code ids}. */
    static final int MAX_IDS = PageRequest.MAX_SIZE;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(PageResult<Notifications.Notification> items, List<Long> unreadIds,
                String page);
    }

    @GET
    @Authenticated
    public TemplateInstance page(@QueryParam("page") String page) {
        PageResult<Notifications.Notification> shown = notifications.of(user.username(), PageRequest.of(page, null));
        List<Long> unread = shown.items().stream().filter(n -> !n.read()).map(Notifications.Notification::id).toList();
        return ui.page(Templates.notifications(shown, unread, String.valueOf(shown.page())));
    }

    /**
     * Marks the listed notifications read (the unread ones the page showed; other people's ids and anything not a
     * positive number are ignored), then back to the same page. Repeating it changes nothing more.
     */
    @POST
    @Path("read")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@RestForm("id") List<String> ids, @RestForm String page) {
        Set<Long> valid = new LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            if (valid.size() >= MAX_IDS) {
                break;
            }
            try {
                long v = Long.parseLong(id.trim());
                if (v > 0) {
                    valid.add(v);
                }
            } catch (NumberFormatException e) {
                // a tampered form: ignore that value
            }
        }
        notifications.markRead(user.username(), valid);
        int p = page != null && page.matches("\\d{1,5}") ? Integer.parseInt(page) : 0;
        return Response.seeOther(URI.create(p > 0 ? "/me/notifications?page=" + p : "/me/notifications")).build();
    }
}
