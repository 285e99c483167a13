package id.suarawarga.counter;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the kiosk pages ({@code /kiosk}) and of the officers' kiosk page ({@code /officer/kiosks}), used in
 * templates as {@code {kiosk:key}}. Bahasa Indonesia in {@code messages/kiosk.properties} (the default), English in
 * {@code messages/kiosk_en.properties} (ADR 0009).
 */
@MessageBundle(value = "kiosk", locale = "id")
public interface KioskMsg {

    @Message
    String kiosk_title();

    @Message
    String kiosk_pair_heading();

    @Message
    String kiosk_pair_intro();

    @Message
    String kiosk_pair_code();

    @Message
    String kiosk_pair_hint();

    @Message
    String kiosk_pair_submit();

    @Message
    String kiosk_revoked();

    @Message
    String kiosk_choose_heading();

    @Message
    String kiosk_no_services();

    @Message
    String kiosk_survey_intro();

    @Message
    String kiosk_question(String label);

    @Message
    String kiosk_submit();

    @Message
    String kiosk_missing();

    @Message
    String kiosk_unanswered();

    @Message
    String kiosk_other_service();

    @Message
    String kiosk_thanks_heading();

    @Message
    String kiosk_thanks_text();

    @Message
    String kiosk_start_again();

    @Message
    String kiosk_refused_heading();

    @Message
    String kiosk_refused_wait(long seconds);

    @Message
    String kiosk_offline_saved();

    @Message
    String kiosk_offline_sending();

    @Message
    String kiosk_language();

    @Message
    String kiosk_desk_link();

    @Message
    String kiosk_desk_title();

    @Message
    String kiosk_desk_intro();

    @Message
    String kiosk_desk_unit();

    @Message
    String kiosk_desk_show();

    @Message
    String kiosk_desk_no_units();

    @Message
    String kiosk_desk_unit_id();

    @Message
    String kiosk_desk_new_heading();

    @Message
    String kiosk_desk_name();

    @Message
    String kiosk_desk_name_hint();

    @Message
    String kiosk_desk_create();

    @Message
    String kiosk_desk_list_heading();

    @Message
    String kiosk_desk_none();

    @Message
    String kiosk_desk_state(String state);

    @Message
    String kiosk_desk_paired_at(String at);

    @Message
    String kiosk_desk_last_answer(String at);

    @Message
    String kiosk_desk_answers(long n, long late);

    @Message
    String kiosk_desk_code_until(String at);

    @Message
    String kiosk_desk_revoked_by(String by, String at);

    @Message
    String kiosk_desk_revoke();

    @Message
    String kiosk_desk_saved_revoked();

    @Message
    String kiosk_desk_code_heading(String name);

    @Message
    String kiosk_desk_code_help();

    @Message
    String kiosk_desk_back();
}
