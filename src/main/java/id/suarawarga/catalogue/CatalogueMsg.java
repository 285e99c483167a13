package id.suarawarga.catalogue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the catalogue pages (home, regions, units, services) and its admin screens, used in templates as
 * {@code {catalogue:key}}. Bahasa Indonesia lives in {@code messages/catalogue.properties} (the default),
 * English in {@code messages/catalogue_en.properties} (ADR 0009).
 */
@MessageBundle(value = "catalogue", locale = "id")
public interface CatalogueMsg {

    @Message
    String home_heading();

    @Message
    String home_intro();

    @Message
    String home_choose_region();

    @Message
    String home_no_regions();

    @Message
    String region_type(RegionType type);

    @Message
    String region_province(String province);

    @Message
    String region_units();

    @Message
    String region_no_units();

    @Message
    String unit_type(UnitType type);

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
    String admin_title();

    @Message
    String admin_saved();

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
