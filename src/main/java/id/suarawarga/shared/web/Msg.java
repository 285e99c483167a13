package id.suarawarga.shared.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts every feature's pages share (layout, pager, crumbs, form error summary, error pages, the offline
 * outbox), used in templates as {@code {msg:key}}. Feature texts live in the feature's own bundle (ADR 0009).
 * Bahasa Indonesia lives in {@code messages/msg.properties} (the default), English in
 * {@code messages/msg_en.properties}.
 */
@MessageBundle(value = "msg", locale = "id")
public interface Msg {

    @Message
    String app_name();

    @Message
    String layout_skip();

    @Message
    String layout_nav();

    @Message
    String layout_login();

    @Message
    String layout_logout();

    @Message
    String layout_admin();

    @Message
    String layout_footer();

    @Message
    String pager_label();

    @Message
    String pager_prev();

    @Message
    String pager_next();

    @Message
    String pager_info(int page, int pages);

    @Message
    String crumbs_label();

    @Message
    String home_title();

    @Message
    String error_home();

    @Message
    String error_expired_title();

    @Message
    String error_expired_text();

    @Message
    String error_expired_back();

    @Message
    String error_incident(String id);

    @Message
    String error_400_title();

    @Message
    String error_400_text();

    @Message
    String error_401_title();

    @Message
    String error_401_text();

    @Message
    String error_403_title();

    @Message
    String error_403_text();

    @Message
    String error_404_title();

    @Message
    String error_404_text();

    @Message
    String error_500_title();

    @Message
    String error_500_text();

    @Message
    String error_503_title();

    @Message
    String error_503_text();

    @Message
    String error_503_database_title();

    @Message
    String error_503_database_text();

    @Message
    String form_fix_errors();

    @Message
    String layout_officer();

    @Message
    String offline_saved();

    @Message
    String offline_sending();

    @Message
    String offline_pending();
}
