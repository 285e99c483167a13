package id.suarawarga.identity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the account and staff-scope pages, used in templates as {@code {identity:key}}. Bahasa Indonesia lives in
 * {@code messages/identity.properties} (the default), English in {@code messages/identity_en.properties}
 * (ADR 0009).
 */
@MessageBundle(value = "identity", locale = "id")
public interface IdentityMsg {

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

    /** A portal role in words ({@link id.suarawarga.shared.security.Roles#PORTAL}). */
    @Message
    String role(String r);

    @Message
    String account_units();

    @Message
    String account_keycloak_note();

    @Message
    String staff_title();

    @Message
    String staff_intro();

    @Message
    String staff_person();

    @Message
    String staff_open();

    @Message
    String staff_list();

    @Message
    String staff_region();

    @Message
    String staff_role();

    @Message
    String staff_all();

    @Message
    String staff_filter();

    @Message
    String staff_none();

    @Message
    String staff_place();

    @Message
    String staff_granted();

    @Message
    String staff_reason();

    @Message
    String staff_person_intro();

    @Message
    String staff_units();

    @Message
    String staff_regions();

    @Message
    String staff_save();

    @Message
    String staff_saved();

    @Message
    String staff_person_title(String username);

    @Message
    String staff_role_name(String role);
}
