package id.suarawarga.identity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the account page, used in templates as {@code {identity:key}}. Bahasa Indonesia lives in
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

    @Message
    String account_units();

    @Message
    String account_keycloak_note();
}
