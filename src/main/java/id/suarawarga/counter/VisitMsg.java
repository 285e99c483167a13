package id.suarawarga.counter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the visit-code pages (the citizen's {@code /v/{code}} and the officer's {@code /officer/visits}), used in
 * templates as {@code {visit:key}}. Bahasa Indonesia in {@code messages/visit.properties} (the default), English in
 * {@code messages/visit_en.properties} (ADR 0009).
 */
@MessageBundle(value = "visit", locale = "id")
public interface VisitMsg {

    @Message
    String visit_title();

    @Message
    String visit_intro();

    @Message
    String visit_submit();

    @Message
    String visit_thanks_title();

    @Message
    String visit_thanks_text(String service);

    @Message
    String visit_thanks_results();

    @Message
    String visit_thanks_account();

    @Message
    String visit_thanks_register();

    @Message
    String visit_used_title();

    @Message
    String visit_used_text();

    @Message
    String visit_expired_title();

    @Message
    String visit_expired_text(String date);

    @Message
    String visit_unknown_title();

    @Message
    String visit_unknown_text();

    @Message
    String visit_throttled_title();

    @Message
    String visit_throttled_text();

    @Message
    String visit_enter_label();

    @Message
    String visit_enter_hint();

    @Message
    String visit_enter_submit();

    @Message
    String visit_service_page();

    @Message
    String visit_desk_link();

    @Message
    String visit_desk_title();

    @Message
    String visit_desk_intro();

    @Message
    String visit_desk_service();

    @Message
    String visit_desk_create();

    @Message
    String visit_desk_batch_heading();

    @Message
    String visit_desk_count();

    @Message
    String visit_desk_batch_create();

    @Message
    String visit_desk_recent();

    @Message
    String visit_desk_batches();

    @Message
    String visit_desk_none();

    @Message
    String visit_desk_no_services();

    @Message
    String visit_show_heading();

    @Message
    String visit_show_or_type(String url);

    @Message
    String visit_expires(String date);

    @Message
    String visit_status(String status);

    @Message
    String visit_print_receipt();

    @Message
    String visit_next();

    @Message
    String visit_back();

    @Message
    String visit_receipt_ask();

    @Message
    String visit_receipt_how();

    @Message
    String visit_slips_title(long id);

    @Message
    String visit_slip_no(int n);

    @Message
    String visit_slips_summary(int count, String date);

    @Message
    String visit_print();

    @Message
    String visit_batch_row(long id, int count);

    @Message
    String visit_follow_title();

    @Message
    String visit_follow_text();

    @Message
    String visit_follow_submit();
}
