package id.suarawarga.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens that Quarkus OIDC has verified, until they expire, so that the next request with the
 * same token skips the signature check and the two or three JSON parses of its claims: about a quarter of the
 * app's CPU per API request on the submission benchmark (docs/benchmarks.md §1, ADR 0014). A phone that sends a
 * survey, retries it and then reads its results uses one token for all of it.
 *
 * <p>What is remembered is what OIDC concluded — principal, roles, credentials, its attributes — keyed by the
 * tenant and the exact token string, and only for bearer tokens (a page session's identity carries an ID token
 * and refresh logic and is never taken from here). A token is used from here only before its {@code exp}; a
 * different string (a tampered or another token) is verified by OIDC as before. Everything decided per request
 * still runs per request: the augmentors ({@code DeletedAccounts} refuses a deleted account's token on every
 * request, cached or not) and the endpoints' role checks. What is given up: a token signed with a key that
 * Keycloak has since withdrawn keeps working until it expires (at most the access-token lifespan, 5 minutes),
 * as it would for any resource server that verifies locally between its key refreshes. The per-request
 * attributes of the first request (its routing context) are not kept; the current request's are set instead.
 * At most {@link #MAX_ENTRIES} tokens are held; when full, expired ones are dropped and new ones are not kept
 * until there is room.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    static final int MAX_ENTRIES = 10_000;
    /** Marks an identity rebuilt from here, so that the augmentor below does not store it again. */
    static final String FROM_CACHE = "suarawarga.verified-token";
    private static final String TENANT_ID = "tenant-id";
    private static final Set<String> PER_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName(), HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);

    private record Entry(SecurityIdentity identity, long expiresAtEpochSecond) {
    }

    @ConfigProperty(name = "suarawarga.identity.token-cache", defaultValue = "true")
    boolean enabled;

    @Inject
    MeterRegistry meters;

    private final Map<String, Entry> byToken = new ConcurrentHashMap<>();
    private Counter hits;

    void start(@Observes StartupEvent event) {
        hits = meters.counter("suarawarga.identity.verified.token.hits");
        meters.gaugeMapSize("suarawarga.identity.verified.tokens", java.util.List.of(), byToken);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before Quarkus OIDC's provider (the default, 1001): answering null hands the request on to it. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential token)) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String key = key(rc, token.getToken());
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        Optional<SecurityIdentity> cached = cached(key, Instant.now().getEpochSecond());
        if (cached.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        QuarkusSecurityIdentity.Builder identity = copy(cached.get())
                .addAttribute(FROM_CACHE, Boolean.TRUE)
                .addAttribute(RoutingContext.class.getName(), rc);
        Object requestContext = rc.get(AuthenticationRequestContext.class.getName());
        if (requestContext != null) {
            identity.addAttribute(AuthenticationRequestContext.class.getName(), requestContext);
        }
        hits.increment();
        return Uni.createFrom().item(identity.build());
    }

    /** Keeps what OIDC concluded about a bearer token, before any other augmentor adds to it. */
    @ApplicationScoped
    public static class Keeper implements SecurityIdentityAugmentor {

        @Inject
        VerifiedTokens tokens;

        @Override
        public int priority() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            return augment(identity, context, Map.of());
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                Map<String, Object> attributes) {
            tokens.remember(identity, attributes.get(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE));
            return Uni.createFrom().item(identity);
        }
    }

    void remember(SecurityIdentity identity, Object routingContext) {
        if (enabled && !identity.isAnonymous() && identity.getAttribute(FROM_CACHE) == null
                && identity.getCredential(IdTokenCredential.class) == null
                && identity.getCredential(AccessTokenCredential.class) != null
                && identity.getPrincipal() instanceof JsonWebToken jwt
                && routingContext instanceof RoutingContext rc) {
            String key = key(rc, identity.getCredential(AccessTokenCredential.class).getToken());
            long now = Instant.now().getEpochSecond();
            if (key != null && jwt.getExpirationTime() > now && roomFor(now)) {
                byToken.put(key, new Entry(copy(identity).build(), jwt.getExpirationTime()));
            }
        }
    }

    /** The identity remembered for this key, if its token has not expired at {@code nowEpochSecond}. */
    Optional<SecurityIdentity> cached(String key, long nowEpochSecond) {
        Entry e = byToken.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (nowEpochSecond >= e.expiresAtEpochSecond()) {
            byToken.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.identity());
    }

    /** The key of a token as seen by the tenant OIDC chose for this request; null when it chose none yet. */
    static String key(RoutingContext rc, String token) {
        Object tenant = rc == null ? null : rc.get(TENANT_ID);
        return tenant == null || token == null ? null : tenant + " " + token;
    }

    private boolean roomFor(long now) {
        if (byToken.size() < MAX_ENTRIES) {
            return true;
        }
        byToken.values().removeIf(e -> now >= e.expiresAtEpochSecond());
        return byToken.size() < MAX_ENTRIES;
    }

    /**
     * A copy that holds no reference to the request it came from: principal, roles, credentials and the
     * attributes that are not per request. Permission checkers are not carried: the portal decides by roles only
     * (no {@code @PermissionsAllowed} anywhere; a new one would have to be added here).
     */
    private static QuarkusSecurityIdentity.Builder copy(SecurityIdentity identity) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.keySet().removeAll(PER_REQUEST);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes);
    }

    double hits() {
        return hits.count();
    }
}
