package id.suarawarga.notification;

import id.suarawarga.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The caller's unread count for the layout's nav link ({@code inject:unreadNotifications.count}): asked at most
 * once per request, and only when a logged-in page is rendered.
 */
@RequestScoped
@Named("unreadNotifications")
public class UnreadNotifications {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = user.isAuthenticated() ? notifications.unread(user.username()) : 0L;
        }
        return count;
    }
}
