package id.suarawarga.forum;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of this feature, used in templates as {@code {forum:key}}: Bahasa Indonesia in
 * {@code messages/forum.properties} (the default), English in {@code messages/forum_en.properties}. A bundle per
 * feature keeps each one well under Qute's 300-method split, whose generated code fails to verify in Quarkus 3.34.
 */
@MessageBundle(value = "forum", locale = "id")
public interface ForumMsg {

    @Message
    String forum_title();

    @Message
    String forum_intro();

    @Message
    String forum_none();

    @Message
    String forum_no_threads();

    @Message
    String forum_new_thread();

    @Message
    String forum_login_to_write();

    @Message
    String forum_pinned();

    @Message
    String forum_locked();

    @Message
    String forum_not_public();

    @Message
    String forum_post_count(int count);

    @Message
    String forum_badge_officer(String unit);

    @Message
    String forum_badge_moderator();

    @Message
    String forum_badge_admin();

    @Message
    String forum_edited();

    @Message
    String forum_quote_of(String author, int position);

    @Message
    String forum_quote_gone();

    @Message
    String forum_quote_invalid();

    @Message
    String forum_held_own();

    @Message
    String forum_gone_deleted();

    @Message
    String forum_gone_hidden();

    @Message
    String forum_gone_removed();

    @Message
    String forum_gone_held();

    @Message
    String forum_helpful();

    @Message
    String forum_reply();

    @Message
    String forum_reply_quote();

    @Message
    String forum_send_reply();

    @Message
    String forum_cancel();

    @Message
    String forum_locked_text();

    @Message
    String forum_locked_title();

    @Message
    String forum_notice_held();

    @Message
    String forum_notice_posted();

    @Message
    String forum_notice_reported();

    @Message
    String forum_thread_title();

    @Message
    String forum_title_invalid();

    @Message
    String forum_body();

    @Message
    String forum_body_hint();

    @Message
    String forum_body_invalid();

    @Message
    String forum_publish();

    @Message
    String forum_errors_title();

    @Message
    String forum_report();

    @Message
    String forum_report_intro();

    @Message
    String forum_report_reason();

    @Message
    String forum_report_reason_missing();

    @Message
    String forum_report_text();

    @Message
    String forum_report_text_hint();

    @Message
    String forum_report_text_missing();

    @Message
    String forum_report_own();

    @Message
    String forum_report_send();

    @Message
    String forum_reason(String code);

    @Message
    String forum_pseudonym();

    @Message
    String forum_pseudonym_intro();

    @Message
    String forum_pseudonym_hint();

    @Message
    String forum_pseudonym_current(String name);

    @Message
    String forum_pseudonym_first();

    @Message
    String forum_pseudonym_invalid();

    @Message
    String forum_pseudonym_taken();

    @Message
    String forum_pseudonym_too_soon();

    @Message
    String forum_save();

    @Message
    String forum_search_label();

    @Message
    String forum_search_submit();

    @Message
    String forum_search_none();

    @Message
    String forum_limited_title();

    @Message
    String forum_limited_text();

    @Message
    String forum_suspended_title();

    @Message
    String forum_suspended_text();

    @Message
    String mod_title();

    @Message
    String mod_intro();

    @Message
    String mod_empty();

    @Message
    String mod_done(int count);

    @Message
    String mod_reports(int count);

    @Message
    String mod_score(double score);

    @Message
    String mod_apply();

    @Message
    String mod_action();

    @Message
    String mod_action_name(String action);

    @Message
    String mod_reason();

    @Message
    String mod_error_reason();

    @Message
    String mod_error_target();

    @Message
    String mod_days();

    @Message
    String mod_category();

    @Message
    String mod_submit();

    @Message
    String mod_log();

    @Message
    String mod_log_when();

    @Message
    String mod_log_who();

    @Message
    String mod_log_item();

    @Message
    String mod_log_change();

    @Message
    String notif_title();

    @Message
    String notif_none();

    @Message
    String notif_kind(String kind);

    @Message
    String notif_reason(String reason);

    // Own posts' edit/delete forms, refusals kept on the form (forum gaps, h5b)

    @Message
    String forum_edit();

    @Message
    String forum_edit_title();

    @Message
    String forum_edit_window(int minutes);

    @Message
    String forum_edit_closed();

    @Message
    String forum_save_edit();

    @Message
    String forum_back_to_thread();

    @Message
    String forum_delete();

    @Message
    String forum_delete_title();

    @Message
    String forum_delete_text();

    @Message
    String forum_delete_confirm();

    @Message
    String forum_notice_edited();

    @Message
    String forum_notice_deleted();

    @Message
    String forum_text_kept();

    @Message
    String notif_new();

    @Message
    String notif_unread(long count);

    @Message
    String notif_mark_read();

    @Message
    String fadmin_title();

    @Message
    String fadmin_back();

    @Message
    String fadmin_intro();

    @Message
    String fadmin_region();

    @Message
    String fadmin_show();

    @Message
    String fadmin_none();

    @Message
    String fadmin_code();

    @Message
    String fadmin_name();

    @Message
    String fadmin_description();

    @Message
    String fadmin_unit();

    @Message
    String fadmin_service();

    @Message
    String fadmin_position();

    @Message
    String fadmin_new();

    @Message
    String fadmin_create();

    @Message
    String fadmin_save();

    @Message
    String fadmin_saved();

    @Message
    String fadmin_open_public();

    @Message
    String fadmin_edit_title(String name);

    @Message
    String notif_moderation(String action);

    @Message
    String notif_reports();
}
