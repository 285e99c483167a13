package id.suarawarga.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verified bearer tokens kept in memory (VerifiedTokens, ADR 0014): a repeated token skips the signature check
 * and yields the same identity; anything else about authentication stays as strict as before — another string is
 * verified afresh, an expired entry is never used, and a deleted account's token is refused even while it is held.
 */
@QuarkusTest
class VerifiedTokensTest {

    /** Quarkus OIDC's id of the default tenant, which verifies bearer tokens here. */
    private static final String TENANT = "Default";

    @Inject
    VerifiedTokens tokens;

    @Test
    void aRepeatedTokenIsServedFromMemoryAsTheSameIdentity() {
        String token = Tokens.of(Tokens.newCitizen("verified"));
        double hits = tokens.hits();
        Map<String, Object> first = me(token);
        assertTrue(tokens.cached(TENANT + " " + token, Instant.now().getEpochSecond()).isPresent(),
                "the first request's identity is kept");
        Map<String, Object> second = me(token);
        assertEquals(first, second);
        assertEquals(hits + 1, tokens.hits(), 0.0, "the second request came from memory");

        Map<String, Object> other = me(Tokens.of("warga1"));
        assertNotEquals(first.get("subject"), other.get("subject"));
        assertEquals(first, me(token), "another token in between changes nothing");
    }

    @Test
    void anotherStringIsVerifiedAfreshSoATamperedTokenIsRefused() {
        String token = Tokens.of("warga2");
        me(token);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"citizen\"", "\"admin\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertNotEquals(token, forged);
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(token.substring(0, token.length() - 2) + "AA").when().get("/api/v1/me").then().statusCode(401);
        me(token);
    }

    @Test
    void anEntryIsNotUsedOnceItsTokenHasExpired() {
        String token = Tokens.of("warga3");
        me(token);
        String key = TENANT + " " + token;
        long now = Instant.now().getEpochSecond();
        assertTrue(tokens.cached(key, now).isPresent());
        long exp = ((Number) tokens.cached(key, now).orElseThrow().getAttribute("quarkus.identity.expire-time")).longValue();
        assertTrue(exp > now && exp <= now + 3600, "expiry taken from the token: " + exp);
        assertTrue(tokens.cached(key, exp).isEmpty(), "at exp the entry is no longer used");
        assertTrue(tokens.cached(key, now).isEmpty(), "and it was dropped");
        me(token); // verified by OIDC again, and kept again
        assertTrue(tokens.cached(key, now).isPresent());
    }

    @Test
    void aDeletedAccountsTokenIsRefusedEvenWhileItIsHeld() {
        String token = Tokens.of(Tokens.newCitizen("verified-gone"));
        me(token);
        me(token);
        given().auth().oauth2(token).when().delete("/api/v1/me").then().statusCode(204);
        assertTrue(tokens.cached(TENANT + " " + token, Instant.now().getEpochSecond()).isPresent(),
                "the token is still held, so the refusal below is not OIDC's");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(401);
    }

    private static Map<String, Object> me(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).extract().as(Map.class);
    }
}
