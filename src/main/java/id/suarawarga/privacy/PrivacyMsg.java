package id.suarawarga.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the personal-data pages, used in templates as {@code {privacy:key}}: Bahasa Indonesia in
 * {@code messages/privacy.properties} (the default), English in {@code messages/privacy_en.properties} (ADR 0009).
 */
@MessageBundle(value = "privacy", locale = "id")
public interface PrivacyMsg {

    @Message
    String privacy_title();

    @Message
    String privacy_footer_link();

    @Message
    String privacy_intro();

    @Message
    String privacy_table_caption();

    @Message
    String privacy_col_data();

    @Message
    String privacy_col_why();

    @Message
    String privacy_col_long();

    @Message
    String privacy_col_who();

    @Message
    String privacy_account_data();

    @Message
    String privacy_account_why();

    @Message
    String privacy_account_long();

    @Message
    String privacy_account_who();

    @Message
    String privacy_pseudonym_data();

    @Message
    String privacy_pseudonym_why();

    @Message
    String privacy_pseudonym_long(long days);

    @Message
    String privacy_pseudonym_who();

    @Message
    String privacy_posts_data();

    @Message
    String privacy_posts_why();

    @Message
    String privacy_posts_long();

    @Message
    String privacy_posts_who();

    @Message
    String privacy_feedback_data();

    @Message
    String privacy_feedback_why();

    @Message
    String privacy_feedback_long();

    @Message
    String privacy_feedback_who();

    @Message
    String privacy_reports_data();

    @Message
    String privacy_reports_why();

    @Message
    String privacy_reports_long();

    @Message
    String privacy_reports_who();

    @Message
    String privacy_notifications_data();

    @Message
    String privacy_notifications_why();

    @Message
    String privacy_notifications_long(long days);

    @Message
    String privacy_notifications_who();

    @Message
    String privacy_technical_data();

    @Message
    String privacy_technical_why();

    @Message
    String privacy_technical_long(long idempotency, long counters);

    @Message
    String privacy_technical_who();

    @Message
    String privacy_access_data();

    @Message
    String privacy_access_why();

    @Message
    String privacy_access_long(long days);

    @Message
    String privacy_access_who();

    @Message
    String privacy_audit_data();

    @Message
    String privacy_audit_why();

    @Message
    String privacy_audit_long();

    @Message
    String privacy_audit_who();

    @Message
    String privacy_deleted_data();

    @Message
    String privacy_deleted_why();

    @Message
    String privacy_deleted_long(long days);

    @Message
    String privacy_deleted_who();

    @Message
    String privacy_rights_title();

    @Message
    String privacy_rights_text();

    @Message
    String privacy_link_download();

    @Message
    String privacy_link_access();

    @Message
    String privacy_link_correct();

    @Message
    String privacy_link_pseudonym();

    @Message
    String privacy_link_delete();

    @Message
    String privacy_breach();

    @Message
    String privacy_account_section();

    @Message
    String delete_title();

    @Message
    String delete_intro();

    @Message
    String delete_item_account();

    @Message
    String delete_item_posts(long days);

    @Message
    String delete_item_feedback();

    @Message
    String delete_item_removed();

    @Message
    String delete_item_download();

    @Message
    String delete_confirm_label();

    @Message
    String delete_button();

    @Message
    String delete_cancel();

    @Message
    String delete_must_confirm();

    @Message
    String delete_staff();

    @Message
    String deleted_title();

    @Message
    String deleted_text();

    @Message
    String deleted_pending();

    @Message
    String deleted_user();

    @Message
    String access_title();

    @Message
    String access_intro();

    @Message
    String access_none();

    @Message
    String access_col_when();

    @Message
    String access_col_who();

    @Message
    String access_col_role();

    @Message
    String access_col_what();

    @Message
    String access_col_screen();

    @Message
    String access_role(String role);

    @Message
    String access_what(String what, Long id);

    @Message
    String access_screen(String screen);
}
