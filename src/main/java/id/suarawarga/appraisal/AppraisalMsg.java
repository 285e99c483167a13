package id.suarawarga.appraisal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of this feature, used in templates as {@code {appraisal:key}}: Bahasa Indonesia in
 * {@code messages/appraisal.properties} (the default), English in {@code messages/appraisal_en.properties}. A bundle per
 * feature keeps each one well under Qute's 300-method split, whose generated code fails to verify in Quarkus 3.34.
 */
@MessageBundle(value = "appraisal", locale = "id")
public interface AppraisalMsg {

    @Message
    String layout_hr();

    @Message
    String appraisal_title();

    @Message
    String appraisal_intro();

    @Message
    String appraisal_saved_created();

    @Message
    String appraisal_periods();

    @Message
    String appraisal_no_periods();

    @Message
    String appraisal_period();

    @Message
    String appraisal_status();

    @Message
    String appraisal_review_until();

    @Message
    String appraisal_snapshot();

    @Message
    String appraisal_status_open();

    @Message
    String appraisal_status_review();

    @Message
    String appraisal_status_frozen();

    @Message
    String appraisal_new();

    @Message
    String appraisal_period_hint();

    @Message
    String appraisal_period_invalid();

    @Message
    String appraisal_region();

    @Message
    String appraisal_region_choose();

    @Message
    String appraisal_region_invalid();

    @Message
    String appraisal_min_n();

    @Message
    String appraisal_number_invalid();

    @Message
    String appraisal_prior();

    @Message
    String appraisal_review_days();

    @Message
    String appraisal_origins();

    @Message
    String appraisal_origins_hint();

    /** An answer's origin by its API spelling: account, visit, kiosk, paper. */
    @Message
    String origin(String o);

    @Message
    String appraisal_create();

    @Message
    String appraisal_in_review();

    @Message
    String appraisal_none_in_review();

    @Message
    String appraisal_saved_computed();

    @Message
    String appraisal_saved_frozen();

    @Message
    String appraisal_saved_decided();

    @Message
    String appraisal_error_conflict();

    @Message
    String appraisal_error_reason();

    @Message
    String appraisal_correction_reason();

    @Message
    String appraisal_recompute();

    @Message
    String appraisal_compute();

    @Message
    String appraisal_close_early();

    @Message
    String appraisal_freeze();

    @Message
    String appraisal_export();

    @Message
    String appraisal_scores();

    @Message
    String appraisal_not_computed();

    @Message
    String appraisal_unit();

    @Message
    String appraisal_robust();

    @Message
    String appraisal_interval();

    @Message
    String appraisal_staff();

    @Message
    String appraisal_evidence();

    @Message
    String appraisal_excluded();

    @Message
    String appraisal_sufficient();

    @Message
    String appraisal_insufficient();

    @Message
    String appraisal_objections();

    @Message
    String appraisal_no_objections();

    @Message
    String appraisal_pending();

    @Message
    String appraisal_accepted();

    @Message
    String appraisal_rejected();

    @Message
    String appraisal_decision_reason();

    @Message
    String appraisal_reason_required();

    @Message
    String appraisal_accept();

    @Message
    String appraisal_reject();

    @Message
    String appraisal_draft();

    @Message
    String appraisal_saved_objection();

    @Message
    String appraisal_saved_reinstated();

    @Message
    String appraisal_insufficient_explain(long n, int min);

    @Message
    String appraisal_service();

    @Message
    String appraisal_respondents();

    @Message
    String appraisal_km();

    @Message
    String appraisal_representative();

    @Message
    String appraisal_not_representative();

    @Message
    String appraisal_no_users();

    @Message
    String appraisal_elements();

    @Message
    String appraisal_element();

    @Message
    String appraisal_trend();

    @Message
    String appraisal_comments();

    @Message
    String appraisal_no_comments();

    @Message
    String appraisal_excluded_tag();

    @Message
    String appraisal_exclusions();

    @Message
    String appraisal_no_exclusions();

    @Message
    String appraisal_reinstated();

    @Message
    String appraisal_reinstate_reason();

    @Message
    String appraisal_reinstate();

    @Message
    String appraisal_objection_text();

    @Message
    String appraisal_objection_required();

    @Message
    String appraisal_object();

    // --- HR pages in the browser (issue 6/7): a table wider than a phone scrolls in a focusable region
    /** Ends the name of the scrolling region around a table, so it differs from its section's (one name per landmark). */
    @Message
    String appraisal_table_scrolls();

    @Message
    String appraisal_export_hint();
}
