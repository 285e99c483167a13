package id.suarawarga.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.suarawarga.shared.i18n.Language;
import id.suarawarga.shared.i18n.Texts;
import io.quarkus.oidc.OIDCException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into what the caller can use: problem+json (RFC 9457, stable {@code type}) under
 * {@code /api}, a friendly page in the visitor's language elsewhere. Stack traces go to the log only, tagged
 * with an incident id that the user sees.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    UiContext ui;

    @Inject
    LoginAvailability login;

    @CheckedTemplate(basePath = "error", requireTypeSafeExpressions = false)
    static class Templates {
        /** {@code database}: a 503 because the database is unreachable (else a 503 is about the login). */
        static native TemplateInstance page(int status, String incident, boolean database);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Locale locale = locale(request);
        Response r = respond(request, e.type(), e.detail(locale), e.errors(locale), null);
        if (e instanceof RateLimitedException limited) {
            return Response.fromResponse(r).header("Retry-After", Long.toString(limited.retryAfterSeconds())).build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(request, ProblemType.VALIDATION, text(request, "shared.check-fields"), errors, null);
    }

    /** A value of the wrong type ("stars":"five", an unknown enum constant): 422 naming the field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        // A body cut short (a dropped connection) surfaces as a mismatch too: it is malformed, not a wrong value.
        if (e.getPath().isEmpty() || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return unreadable(e, request);
        }
        String field = jsonPath(e.getPath());
        String wrong = text(request, "shared.wrong-value-type");
        return respond(request, ProblemType.VALIDATION, wrong, List.of(new Problem.FieldError(field, wrong)), null);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        return respond(request, ProblemType.MALFORMED_JSON, text(request, "shared.malformed-json"), List.of(), null);
    }

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        return challenge(context);
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, RoutingContext context) {
        return challenge(context);
    }

    /** Keycloak unreachable while a token had to be checked: the caller may retry; nothing is wrong with them. */
    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e, HttpServerRequest request) {
        LOG.warnf("Identity provider unavailable on %s: %s", LogSafe.text(request.path()), LogSafe.text(e.getMessage()));
        return Response.fromResponse(respond(request, ProblemType.UNAVAILABLE,
                text(request, "shared.login-unavailable"), List.of(), null)).header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, ProblemType.FORBIDDEN, text(request, "shared.role-forbidden"), List.of(), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return incident(e, request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response r = respond(request, type, type.title(locale(request)), List.of(), null);
        // Keep the framework's 405 Allow header and similar.
        Response.ResponseBuilder b = Response.fromResponse(r).status(status);
        e.getResponse().getHeaders().forEach((k, v) -> {
            if (!k.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !k.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                v.forEach(x -> b.header(k, x));
            }
        });
        return b.build();
    }

    /**
     * Anything else is a bug, answered generically with an incident id; except a session that could not be
     * renewed while a page was being rendered (the layout asks who is logged in, e.g. after the session idled
     * out): that asks for the login again, as a protected page would.
     */
    @ServerExceptionMapper
    public Uni<Response> unexpected(Throwable e, RoutingContext context) {
        HttpServerRequest request = context.request();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationFailedException || t instanceof UnauthorizedException) {
                return challenge(context);
            }
        }
        if (clientGone(e, context)) {
            // The caller went away mid-request (a phone losing signal, a load generator stopping): nobody reads
            // an answer and nothing is wrong with the app. A debug line, and 499 ("client closed request", as
            // nginx counts it) in the metrics instead of a 500; a retry with the same Idempotency-Key counts once.
            LOG.debugf("Client went away on %s %s: %s", request.method(), LogSafe.text(request.path()),
                    LogSafe.text(String.valueOf(rootMessage(e))));
            return Uni.createFrom().item(Response.status(CLIENT_CLOSED_REQUEST).build());
        }
        if (databaseUnavailable(e)) {
            // A restart or failover of the database: the pool reconnects by itself once it is back (see
            // docs/reliability.md). Nothing is wrong with the request; a retry with the same Idempotency-Key
            // counts once. One line in the log, not a stack trace per request of the outage.
            LOG.warnf("Database unavailable on %s %s: %s", request.method(), LogSafe.text(request.path()),
                    LogSafe.text(String.valueOf(rootMessage(e))));
            Response r = respond(request, ProblemType.UNAVAILABLE, text(request, "shared.database-unavailable"),
                    List.of(), null, true);
            return Uni.createFrom().item(Response.fromResponse(r).header("Retry-After", "5").build());
        }
        if (isUnreadableForm(e)) {
            // "%ZZ", "%%%" or more fields than quarkus.http.limits.max-parameters: the client's fault, not ours.
            return Uni.createFrom().item(respond(request, ProblemType.BAD_REQUEST,
                    text(request, "shared.unreadable-form"), List.of(), null));
        }
        if (isLockConflict(e)) {
            // Two requests changing the same rows at once (a double click, a retry): one waits out the lock
            // timeout or loses a deadlock. Nothing is broken and a retry succeeds.
            LOG.infof("Lock conflict on %s %s: %s", request.method(), LogSafe.text(request.path()),
                    LogSafe.text(String.valueOf(e.getMessage())));
            return Uni.createFrom().item(Response.fromResponse(respond(request, ProblemType.IN_PROGRESS,
                    text(request, "shared.lock-conflict"), List.of(), null)).header("Retry-After", "1").build());
        }
        return Uni.createFrom().item(incident(e, request));
    }

    private Response incident(Throwable e, HttpServerRequest request) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(LogSafe.throwable(e), "Incident %s on %s %s", incident, request.method(), LogSafe.text(request.path()));
        return respond(request, ProblemType.INTERNAL, text(request, "shared.incident", incident), List.of(), incident);
    }

    /** The form decoder's own failures (bad percent-encoding, too many parameters), recognised by where they arose. */
    /** Status recorded for a request whose client closed the connection before it was answered. */
    static final int CLIENT_CLOSED_REQUEST = 499;

    /**
     * The connection is closed, or reading the body failed because the peer reset or closed it (Vert.x reports
     * "Connection was closed", the socket "Connection reset" or "Broken pipe").
     */
    static boolean clientGone(Throwable e, RoutingContext context) {
        if (context.response().closed()) {
            return true;
        }
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
            String m = t.getMessage();
            if ((t instanceof java.net.SocketException || t instanceof java.io.IOException || t instanceof io.vertx.core.VertxException)
                    && m != null && (m.contains("Connection reset") || m.contains("Connection was closed")
                    || m.contains("Broken pipe"))) {
                return true;
            }
        }
        return false;
    }

    static boolean isUnreadableForm(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 6); i++) {
                String c = frames[i].getClassName();
                if (c.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                        || c.equals("org.jboss.resteasy.reactive.common.util.URLUtils")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** MariaDB deadlock (1213) or lock wait timeout (1205), however Hibernate wrapped it. */
    static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** API: 401 problem with a Bearer challenge. Pages: the login redirect of the web tenant. */
    private Uni<Response> challenge(RoutingContext context) {
        if (UiContext.isApi(context.request())) {
            return Uni.createFrom().item(Response.fromResponse(respond(context.request(), ProblemType.UNAUTHENTICATED,
                    text(context.request(), "shared.bearer-required"), List.of(), null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"suarawarga\"").build());
        }
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (!login.reachable()) {
            // The tenant knows Keycloak's address from before: a redirect there would end on a browser error.
            return Uni.createFrom().item(respond(context.request(), ProblemType.UNAVAILABLE, null, List.of(), null));
        }
        if (authenticator == null) {
            return Uni.createFrom().item(respond(context.request(), ProblemType.UNAUTHENTICATED, null, List.of(), null));
        }
        return authenticator.getChallenge(context)
                .map(c -> {
                    Response.ResponseBuilder b = Response.status(c.status);
                    c.getHeaders().forEach((name, value) -> b.header(name.toString(), value));
                    return b.build();
                })
                .onFailure().recoverWithItem(failure -> {
                    // Keycloak is unreachable: say so kindly; public pages keep working meanwhile.
                    LOG.warnf("Login unavailable: %s", LogSafe.text(String.valueOf(failure.getMessage())));
                    return respond(context.request(), ProblemType.UNAVAILABLE, null, List.of(), null);
                });
    }

    private Response respond(HttpServerRequest request, ProblemType type, String detail,
            List<Problem.FieldError> errors, String incident) {
        return respond(request, type, detail, errors, incident, false);
    }

    private Response respond(HttpServerRequest request, ProblemType type, String detail,
            List<Problem.FieldError> errors, String incident, boolean database) {
        if (UiContext.isApi(request)) {
            Problem body = new Problem(type.uri(), type.title(locale(request)), type.status(), detail, request.path(),
                    errors);
            return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
        }
        return Response.status(type.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ui.page(Templates.page(type.status(), incident, database))).build();
    }

    /** The API answers in the {@code Accept-Language} language, a page in the visitor's (ADR 0016). */
    private Locale locale(HttpServerRequest request) {
        return UiContext.isApi(request) ? Language.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                : ui.locale();
    }

    private String text(HttpServerRequest request, String key, Object... args) {
        return Texts.get(locale(request), key, args);
    }

    /**
     * The database cannot be reached or dropped the connection: connection refused or lost (SQLState class 08,
     * Connector/J's communications exceptions), the server shutting down (1053) or killing the session (1927),
     * or no pooled connection within the acquisition timeout; also a commit whose outcome the lost connection
     * hides (the retry with the same Idempotency-Key then gets the stored answer, or does the work).
     */
    static boolean databaseUnavailable(Throwable e) {
        // Causes and suppressed exceptions: a failed commit is a RollbackException whose XAException with the
        // lost connection is only attached as suppressed.
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(List.of(e));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty() && seen.size() < 50) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if ((state != null && state.startsWith("08")) || sql.getErrorCode() == 1053 || sql.getErrorCode() == 1927
                        || String.valueOf(sql.getMessage()).startsWith("Acquisition timeout")) {
                    return true;
                }
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.push(suppressed);
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String fieldName(Path path) {
        // "createRegion.form.code" -> "code": clients know their body fields, not our method names.
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName() + (node.getKey() != null ? "." + node.getKey() : ""));
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
