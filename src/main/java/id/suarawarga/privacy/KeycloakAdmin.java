package id.suarawarga.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's admin REST API, used for one thing: removing a deleted citizen's account. A token of the
 * {@code suarawarga-admin} service account (client credentials) is fetched when needed and kept until shortly
 * before it expires.
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** Keycloak could not be reached or refused; the removal is tried again later. */
    public static class UnavailableException extends RuntimeException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    KeycloakAdminConfig config;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "suarawarga.oidc.realm-url")
    String realmUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();

    private String token;
    private Instant tokenUntil = Instant.EPOCH;

    /** Removes the user with Keycloak id {@code subject}; a user already gone counts as removed. */
    public void removeUser(String subject) {
        if (!subject.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("Not a Keycloak user id");
        }
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(adminUrl() + "/users/" + subject))
                .header("Authorization", "Bearer " + token()).timeout(config.timeout()).DELETE().build());
        if (r.statusCode() == 401) { // the cached token was revoked or expired early: once more with a new one
            forgetToken();
            r = send(HttpRequest.newBuilder(URI.create(adminUrl() + "/users/" + subject))
                    .header("Authorization", "Bearer " + token()).timeout(config.timeout()).DELETE().build());
        }
        if (r.statusCode() != 204 && r.statusCode() != 404) {
            throw new UnavailableException("Keycloak answered " + r.statusCode() + " to the user removal", null);
        }
    }

    /** {@code http://host/realms/x} → {@code http://host/admin/realms/x}. */
    String adminUrl() {
        int at = realmUrl.lastIndexOf("/realms/");
        return realmUrl.substring(0, at) + "/admin" + realmUrl.substring(at);
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenUntil)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + enc(config.clientId()) + "&client_secret="
                + enc(config.secret());
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(config.timeout())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (r.statusCode() != 200) {
            throw new UnavailableException("Keycloak refused the admin client's token (" + r.statusCode() + ")", null);
        }
        try {
            JsonNode body = json.readTree(r.body());
            token = body.path("access_token").asText();
            tokenUntil = Instant.now().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - 30));
            return token;
        } catch (IOException e) {
            throw new UnavailableException("Unreadable token answer from Keycloak", e);
        }
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UnavailableException("Keycloak unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted while calling Keycloak", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
