package id.suarawarga.feedback;

import id.suarawarga.feedback.skm.Period;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the feedback pages (survey, rating, results, my feedback, the officer's desk, counter posters),
 * used in templates as {@code {feedback:key}}; the catalogue's pages use its links too. Bahasa Indonesia lives
 * in {@code messages/feedback.properties} (the default), English in {@code messages/feedback_en.properties}
 * (ADR 0009).
 */
@MessageBundle(value = "feedback", locale = "id")
public interface FeedbackMsg {

    @Message
    String service_take_survey();

    @Message
    String service_see_results();

    @Message
    String unit_rate();

    @Message
    String unit_see_results();

    @Message
    String account_my_feedback();

    @Message
    String feedback_anonymous();

    @Message
    String feedback_anonymous_hint();

    @Message
    String feedback_comment_hint();

    @Message
    String feedback_comment_too_long();

    @Message
    String feedback_form_resend();

    @Message
    String feedback_thanks_title();

    @Message
    String feedback_receipt(long id);

    @Message
    String feedback_back_to_unit(String unit);

    @Message
    String feedback_already_title();

    @Message
    String feedback_in_progress_title();

    @Message
    String feedback_in_progress_text();

    @Message
    String feedback_followed_up();

    @Message
    String survey_title();

    @Message
    String survey_intro();

    @Message
    String survey_score(int score);

    @Message
    String survey_answer_missing();

    @Message
    String survey_errors_title();

    @Message
    String survey_invalid_choice();

    @Message
    String survey_profile();

    @Message
    String survey_profile_hint();

    @Message
    String survey_not_given();

    @Message
    String survey_age();

    @Message
    String survey_gender();

    @Message
    String survey_education();

    @Message
    String survey_occupation();

    @Message
    String survey_comment();

    @Message
    String survey_submit();

    @Message
    String survey_thanks_text(String service);

    @Message
    String survey_already_text(String service);

    @Message
    String profile_age(String code);

    @Message
    String profile_gender(String code);

    @Message
    String profile_education(String code);

    @Message
    String profile_occupation(String code);

    @Message
    String rate_title();

    @Message
    String rate_intro();

    @Message
    String rate_errors_title();

    @Message
    String rate_stars_legend();

    @Message
    String rate_stars(int stars);

    @Message
    String rate_stars_missing();

    @Message
    String rate_service();

    @Message
    String rate_no_service();

    @Message
    String rate_comment();

    @Message
    String rate_submit();

    @Message
    String rate_thanks_text(String unit);

    @Message
    String rate_already_text(String unit);

    @Message
    String results_title();

    @Message
    String results_unit_note();

    @Message
    String results_bad_period(String value, String shown);

    @Message
    String results_periods_label();

    @Message
    String results_kind(Period.Kind kind);

    @Message
    String results_ikm();

    @Message
    String results_ikm_short();

    @Message
    String results_grade();

    @Message
    String results_grade_value(String grade, String label);

    @Message
    String results_no_respondents();

    @Message
    String results_respondents();

    @Message
    String results_by_origin();

    /** An answer's origin by its API spelling: account, visit, kiosk, paper. */
    @Message
    String origin(String o);

    @Message
    String results_service_users();

    @Message
    String results_sample_minimum();

    @Message
    String results_unknown();

    @Message
    String results_representative();

    @Message
    String results_not_representative();

    @Message
    String results_below_minimum();

    @Message
    String results_users_unknown();

    @Message
    String results_nrr_heading();

    @Message
    String results_nrr_chart_label();

    @Message
    String results_code();

    @Message
    String results_element();

    @Message
    String results_nrr();

    @Message
    String results_trend_heading();

    @Message
    String results_trend_chart_label();

    @Message
    String results_period();

    @Message
    String results_plan_heading();

    @Message
    String results_plan_none();

    @Message
    String results_per_service();

    @Message
    String results_back_to_service();

    @Message
    String results_back_to_unit();

    @Message
    String results_stars_heading();

    @Message
    String results_stars_of_five();

    @Message
    String results_stars_count(String count);

    @Message
    String results_stars_none();

    @Message
    String results_stars_note();

    @Message
    String results_stars_level(String stars);

    @Message
    String results_stars_ratings();

    @Message
    String results_comments_heading();

    @Message
    String results_comments_note();

    @Message
    String results_comments_none();

    @Message
    String results_comment_reply(String name);

    @Message
    String results_comment_report();

    @Message
    String mine_none();

    @Message
    String mine_kind_survey();

    @Message
    String mine_kind_rating();

    @Message
    String mine_anonymous();

    @Message
    String mine_stars(int stars);

    @Message
    String mine_answers();

    @Message
    String mine_replies();

    @Message
    String mine_no_reply();

    @Message
    String officer_title();

    @Message
    String officer_no_units();

    @Message
    String officer_awaiting(long count);

    @Message
    String officer_none();

    @Message
    String officer_overdue();

    @Message
    String officer_from(String name);

    @Message
    String officer_from_anonymous();

    @Message
    String officer_reply();

    @Message
    String officer_reply_required();

    @Message
    String officer_followed_up();

    @Message
    String officer_reply_submit();

    @Message
    String officer_saved_reply();

    @Message
    String officer_saved_users();

    @Message
    String officer_saved_plan();

    @Message
    String officer_users_heading();

    @Message
    String officer_users_intro();

    @Message
    String officer_service();

    @Message
    String officer_period();

    @Message
    String officer_period_hint();

    @Message
    String officer_period_invalid();

    @Message
    String officer_users();

    @Message
    String officer_users_invalid();

    @Message
    String officer_plan_intro();

    @Message
    String officer_plan_text();

    @Message
    String officer_plan_required();

    @Message
    String officer_save();

    @Message
    String officer_publish();

    // --- Counter: QR posters, offline-safe forms, installable app (issue 7) ---

    @Message
    String poster_title();

    @Message
    String poster_sizes();

    @Message
    String poster_a4();

    @Message
    String poster_a6();

    @Message
    String poster_print_hint();

    @Message
    String poster_survey_heading();

    @Message
    String poster_rate_heading();

    @Message
    String poster_survey_how();

    @Message
    String poster_rate_how();

    @Message
    String poster_qr_alt(String url);

    @Message
    String poster_print();

    @Message
    String qadmin_title();

    @Message
    String qadmin_back();

    @Message
    String qadmin_intro();

    @Message
    String qadmin_region();

    @Message
    String qadmin_show();

    @Message
    String qadmin_current_national();

    @Message
    String qadmin_code();

    @Message
    String qadmin_label_id();

    @Message
    String qadmin_label_en();

    @Message
    String qadmin_versions();

    @Message
    String qadmin_no_versions();

    @Message
    String qadmin_version();

    @Message
    String qadmin_published_by();

    @Message
    String qadmin_published_at();

    @Message
    String qadmin_publish_title();

    @Message
    String qadmin_publish_intro();

    @Message
    String qadmin_publish();

    @Message
    String qadmin_saved();

    @Message
    String qadmin_no_regions();

    @Message
    String hadmin_title();

    @Message
    String hadmin_intro();

    @Message
    String hadmin_none();

    @Message
    String hadmin_day();

    @Message
    String hadmin_name();

    @Message
    String hadmin_region();

    @Message
    String hadmin_national();

    @Message
    String hadmin_delete();

    @Message
    String hadmin_configured();

    @Message
    String hadmin_new();

    @Message
    String hadmin_add();

    @Message
    String hadmin_saved();

    @Message
    String hadmin_deleted();

    @Message
    String hadmin_delete_title();

    @Message
    String hadmin_cancel();

    @Message
    String qadmin_current(String name);

    @Message
    String qadmin_current_own(int version);

    @Message
    String qadmin_position(int n);

    @Message
    String hadmin_delete_confirm(String day, String name);

    @Message
    String poster_account_note();
}
