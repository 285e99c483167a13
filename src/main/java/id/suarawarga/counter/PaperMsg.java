package id.suarawarga.counter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the paper-questionnaire pages ({@code /officer/paper}), used in templates as {@code {paper:key}}. Bahasa
 * Indonesia in {@code messages/paper.properties} (the default), English in {@code messages/paper_en.properties}
 * (ADR 0009).
 */
@MessageBundle(value = "paper", locale = "id")
public interface PaperMsg {

    @Message
    String paper_title();

    @Message
    String paper_intro();

    @Message
    String paper_desk_link();

    @Message
    String paper_new_heading();

    @Message
    String paper_service();

    @Message
    String paper_from();

    @Message
    String paper_to();

    @Message
    String paper_date_hint();

    @Message
    String paper_collected_by();

    @Message
    String paper_sheets();

    @Message
    String paper_double();

    @Message
    String paper_create();

    @Message
    String paper_list_heading();

    @Message
    String paper_none();

    @Message
    String paper_no_services();

    @Message
    String paper_col_batch();

    @Message
    String paper_col_dates();

    @Message
    String paper_col_sheets();

    @Message
    String paper_col_state();

    @Message
    String paper_state(String state);

    @Message
    String paper_batch_title(long id);

    @Message
    String paper_double_short();

    @Message
    String paper_collected(String from, String to, String by);

    @Message
    String paper_progress(int done, int declared);

    @Message
    String paper_second_progress(int done, int declared);

    @Message
    String paper_counted(long n, String day);

    @Message
    String paper_withdrawn_note(String by, String reason);

    @Message
    String paper_saved_rows();

    @Message
    String paper_saved_counted();

    @Message
    String paper_saved_withdrawn();

    @Message
    String paper_entry_heading();

    @Message
    String paper_entry_help();

    @Message
    String paper_sheet(int n);

    @Message
    String paper_digits(int n);

    @Message
    String paper_comment();

    @Message
    String paper_ready(String n);

    @Message
    String paper_save_sheets();

    @Message
    String paper_fix_sheets();

    @Message
    String paper_first_done();

    @Message
    String paper_count_heading();

    @Message
    String paper_count_help();

    @Message
    String paper_count_submit();

    @Message
    String paper_verify_link();

    @Message
    String paper_verify_heading();

    @Message
    String paper_verify_help();

    @Message
    String paper_verify_not_you();

    @Message
    String paper_verify_wait();

    @Message
    String paper_second_done();

    @Message
    String paper_diff_link(int n);

    @Message
    String paper_diff_heading();

    @Message
    String paper_diff_help();

    @Message
    String paper_diff_none();

    @Message
    String paper_diff_fields(String fields);

    @Message
    String paper_first_reading();

    @Message
    String paper_second_reading();

    @Message
    String paper_resolved_reading(String by);

    @Message
    String paper_resolution(int n);

    @Message
    String paper_resolve_submit();

    @Message
    String paper_withdraw_heading();

    @Message
    String paper_withdraw_help();

    @Message
    String paper_reason();

    @Message
    String paper_withdraw_submit();

    @Message
    String paper_back();

    @Message
    String paper_all_batches();

    @Message
    String paper_typed_by(String by);

    @Message
    String paper_sheets_heading();

    @Message
    String paper_entry_label(int entry);
}
