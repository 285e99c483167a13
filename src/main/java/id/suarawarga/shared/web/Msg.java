package id.suarawarga.shared.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's texts, used in templates as {@code {msg:key}}. Bahasa Indonesia lives in
 * {@code messages/msg.properties} (the default), English in {@code messages/msg_en.properties}.
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
    String home_heading();

    @Message
    String home_intro();

    @Message
    String home_choose_region();

    @Message
    String home_no_regions();

    @Message
    String region_type(id.suarawarga.catalogue.RegionType type);

    @Message
    String region_province(String province);

    @Message
    String region_units();

    @Message
    String region_no_units();

    @Message
    String unit_type(id.suarawarga.catalogue.UnitType type);

    @Message
    String unit_services();

    @Message
    String unit_no_services();

    @Message
    String unit_children();

    @Message
    String unit_more_children(long count);

    @Message
    String service_provided_by(String unit);

    @Message
    String service_standard();

    @Message
    String account_title();

    @Message
    String account_name();

    @Message
    String account_username();

    @Message
    String account_email();

    @Message
    String account_roles();

    @Message
    String account_units();

    @Message
    String account_keycloak_note();

    @Message
    String error_home();

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
    String admin_title();

    @Message
    String admin_saved();

    @Message
    String admin_fix_errors();

    @Message
    String admin_regions();

    @Message
    String admin_units();

    @Message
    String admin_new_region();

    @Message
    String admin_new_unit();

    @Message
    String admin_new_service();

    @Message
    String admin_field_code();

    @Message
    String admin_field_name();

    @Message
    String admin_field_type();

    @Message
    String admin_field_province();

    @Message
    String admin_field_parent();

    @Message
    String admin_field_address();

    @Message
    String admin_field_standard();

    @Message
    String admin_field_description();

    @Message
    String admin_no_parent();

    @Message
    String admin_create();

    @Message
    String admin_save();

    @Message
    String admin_view_public();
}
