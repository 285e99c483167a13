package id.suarawarga.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import id.suarawarga.shared.web.Problem;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Makes a creating POST safe to retry. A citizen on a dropping connection re-sends the same form with the same
 * {@code Idempotency-Key}: the first request does the work and its answer is stored; a repeat with the same body
 * gets that answer again and changes nothing; the same key with another body is refused (422).
 *
 * <p>The claim, the work and the stored answer commit in one transaction (ADR 0004), so there is never a saved
 * survey without its answer or the other way round, and a crash leaves nothing behind. A repeat that arrives
 * while the first is still running waits on the claim's row lock and then gets the stored answer; if the first
 * takes longer than the lock-wait timeout ({@code innodb_lock_wait_timeout}, 5 s, set for the app's connections)
 * the repeat gets 409 "in progress".
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    /** Request bodies are hashed in one canonical form: properties and map keys sorted. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .findAndAddModules()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .build();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Runs {@code work} at most once for this caller and key.
     *
     * @param scope   what is being created, e.g. {@code POST /api/v1/services/5/surveys}
     * @param request the parsed request body (hashed canonically)
     * @param work    does the work inside the transaction opened here and returns what it created (2xx), or
     *                throws {@link ProblemException} (its 4xx answer is stored too)
     * @return the work's {@link Outcome.Created}, or for a repeat the stored answer ({@link Outcome.Replayed},
     *         {@link Outcome.Refused}); {@link #answer} makes it the API's answer
     */
    public <T> Outcome<T> execute(String principal, String key, String scope, Object request,
            Supplier<Outcome.Created<T>> work) {
        String hash = hash(key, scope, request);

        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                // The claim is the first write of the transaction: a concurrent request with the same key waits
                // on its row lock, then finds the committed answer (or takes over if this one rolled back).
                em.createNativeQuery("""
                        INSERT INTO idempotency_record (principal, idem_key, scope, request_hash, state)
                        VALUES (?1, ?2, ?3, ?4, 'IN_PROGRESS')""")
                        .setParameter(1, principal).setParameter(2, key).setParameter(3, scope).setParameter(4, hash)
                        .executeUpdate();
                Outcome.Created<T> created = work.get();
                complete(principal, key, created.status(), json.writeValueAsString(created.body()), created.location());
                return created;
            });
        } catch (ProblemException e) {
            keepRefusal(principal, key, scope, hash, e);
            throw e;
        } catch (RuntimeException e) {
            return afterFailure(principal, key, hash, e);
        }
    }

    /**
     * {@link #execute} for work that is a few inserts guarded by a unique key of their own (a survey: one per
     * citizen, service and day), with one statement less: no claim row before the work, the answer row
     * ({@code DONE}, status, body) is inserted after it, in the same transaction. The record's primary key still
     * decides: a concurrent or later request with the same key does the work, then meets the first one's record
     * (waiting on its lock while it runs) and rolls its own work back; it gets the stored answer, 422 for another
     * body, or 409 when the first holds the lock longer than the lock-wait timeout. A refusal of the work (the
     * one-per-day key, say) is first checked against a stored answer for this key, so a retry of a success is a
     * replayed success, never "already submitted".
     *
     * <p>Only for work that is cheap to redo and has no effect outside the transaction: a retry runs it again
     * before it finds the answer.
     */
    public <T> Outcome<T> executeAnswerAfter(String principal, String key, String scope, Object request,
            Supplier<Outcome.Created<T>> work) {
        String hash = hash(key, scope, request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Outcome.Created<T> created = work.get();
                try (Connection c = dataSource.getConnection()) {
                    insertDone(c, List.of(new Done(principal, key, scope, hash, created)));
                }
                return created;
            });
        } catch (ProblemException e) {
            IdempotencyRecord existing = find(principal, key);
            if (existing != null) {
                return replay(existing, hash);
            }
            keepRefusal(principal, key, scope, hash, e);
            throw e;
        } catch (RuntimeException e) {
            return afterFailure(principal, key, hash, e);
        }
    }

    /** A request's answer, stored by {@link #insertDone} beside the work that produced it. */
    public record Done(String principal, String key, String scope, String hash, Outcome.Created<?> created) {
    }

    /**
     * Inserts finished answers ({@code DONE}, status, body) with one statement on the caller's connection, inside
     * the caller's transaction: the row {@link #executeAnswerAfter} writes, for several requests at once (the
     * survey group commit). A key already stored fails the statement (duplicate key), as it fails the single
     * insert.
     */
    public void insertDone(Connection c, List<Done> done) throws SQLException {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO idempotency_record (principal, idem_key, scope, request_hash, state,
                                                response_status, response_body, location)
                VALUES """);
        for (int i = 0; i < done.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, 'DONE', ?, ?, ?)");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int at = 1;
            for (Done d : done) {
                ps.setString(at++, d.principal());
                ps.setString(at++, d.key());
                ps.setString(at++, d.scope());
                ps.setString(at++, d.hash());
                ps.setInt(at++, d.created().status());
                ps.setString(at++, write(d.created().body()));
                ps.setString(at++, d.created().location());
            }
            ps.executeUpdate();
        }
    }

    /**
     * The hash {@link #executeAnswerAfter} would store for this request, or empty when the key is missing or
     * malformed (there it is a 400).
     */
    public static Optional<String> hashOfValidKey(String key, String scope, Object request) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return Optional.of(requestHash(scope, request));
    }

    /** A refusal is an answer too: the same retry must get the same refusal (but not a rate limit's). */
    private void keepRefusal(String principal, String key, String scope, String hash, ProblemException e) {
        // A rate limit is not an answer to keep: the same retry after the window must go through.
        if (e.type().status() < 500 && e.type() != ProblemType.RATE_LIMITED) {
            storeRefusal(principal, key, scope, hash, new Problem(e.type().uri(), e.type().title(),
                    e.type().status(), e.getMessage(), scope, e.errors()));
        }
    }

    /** The work failed on the record: another request with this key got there first, or still holds it. */
    private <T> Outcome<T> afterFailure(String principal, String key, String hash, RuntimeException e) {
        if (isDuplicate(e)) {
            IdempotencyRecord existing = find(principal, key);
            if (existing != null) {
                return replay(existing, hash);
            }
        }
        if (isLockTimeout(e)) {
            throw new ProblemException(ProblemType.IN_PROGRESS, "shared.in-progress");
        }
        throw e;
    }

    private IdempotencyRecord find(String principal, String key) {
        return QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord
                .<IdempotencyRecord>find("principal = ?1 and idemKey = ?2", principal, key).firstResult());
    }

    /**
     * The API's answer to an outcome: what the work created, or the stored answer exactly as stored (status, body,
     * Location) marked {@code Idempotent-Replayed}.
     */
    public static Response answer(Outcome<?> outcome) {
        Response.ResponseBuilder b;
        String location;
        if (outcome instanceof Outcome.Created<?> created) {
            b = Response.status(created.status()).entity(created.body());
            location = created.location();
        } else if (outcome instanceof Outcome.Replayed<?> replayed) {
            b = Response.status(replayed.status()).type("application/json").entity(replayed.body())
                    .header("Idempotent-Replayed", "true");
            location = replayed.location();
        } else {
            Outcome.Refused<?> refused = (Outcome.Refused<?>) outcome;
            b = Response.status(refused.status()).type(Problem.MEDIA_TYPE).entity(refused.body())
                    .header("Idempotent-Replayed", "true");
            location = refused.location();
        }
        if (location != null) {
            b.location(URI.create(location));
        }
        return b.build();
    }

    /** Checks the key (400 when missing or malformed) and hashes what is asked for. */
    private static String hash(String key, String scope, Object request) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(ProblemType.BAD_REQUEST,
                    List.of(new ProblemException.Field(HEADER, "shared.required")), "shared.header-required", HEADER);
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(ProblemType.BAD_REQUEST,
                    List.of(new ProblemException.Field(HEADER, "format")), "shared.idempotency-key-format", HEADER);
        }
        return requestHash(scope, request);
    }

    private static String requestHash(String scope, Object request) {
        return sha256(scope + "\n" + canonical(request));
    }

    private <T> Outcome<T> replay(IdempotencyRecord existing, String hash) {
        if (!hash.equals(existing.requestHash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    List.of(new ProblemException.Field(HEADER, "shared.key-reused-field")), "shared.key-reused");
        }
        if (!IdempotencyRecord.DONE.equals(existing.state)) {
            throw new ProblemException(ProblemType.IN_PROGRESS, "shared.in-progress");
        }
        if (existing.responseStatus >= 400) {
            return new Outcome.Refused<>(read(existing.responseBody, Problem.class), existing.responseBody,
                    existing.location);
        }
        return new Outcome.Replayed<>(existing.responseStatus, existing.responseBody, existing.location);
    }

    private void complete(String principal, String key, int status, String body, String location) {
        em.createNativeQuery("""
                UPDATE idempotency_record SET state = 'DONE', response_status = ?3, response_body = ?4, location = ?5
                WHERE principal = ?1 AND idem_key = ?2""")
                .setParameter(1, principal).setParameter(2, key).setParameter(3, status).setParameter(4, body)
                .setParameter(5, location).executeUpdate();
    }

    private void storeRefusal(String principal, String key, String scope, String hash, Problem problem) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    INSERT INTO idempotency_record (principal, idem_key, scope, request_hash, state, response_status,
                                                    response_body)
                    VALUES (?1, ?2, ?3, ?4, 'DONE', ?5, ?6)""")
                    .setParameter(1, principal).setParameter(2, key).setParameter(3, scope).setParameter(4, hash)
                    .setParameter(5, problem.status()).setParameter(6, write(problem)).executeUpdate());
        } catch (RuntimeException e) {
            if (!isDuplicate(e)) {
                throw e; // a concurrent twin stored the same refusal first: fine
            }
        }
    }

    /** MySQL/MariaDB error 1205: the lock wait timed out (the first request with this key is still running). */
    static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 1205) {
                return true;
            }
            if (t instanceof jakarta.persistence.LockTimeoutException || t instanceof org.hibernate.exception.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent answer is not JSON", e);
        }
    }

    // --- What a caller's keys leave behind (the privacy feature's export, deletion and retention) ---------------

    /** How many answers are stored for this caller's keys. */
    public long countOf(String principal) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM idempotency_record WHERE principal = ?1")
                .setParameter(1, principal).getSingleResult()).longValue();
    }

    /** Deletes the answers stored for this caller's keys (in the caller's transaction). */
    public int forget(String principal) {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE principal = ?1").setParameter(1, principal)
                .executeUpdate();
    }

    /** Deletes answers stored longer ago than {@code age} (the database's clock; in the caller's transaction). */
    public int purgeOlderThan(java.time.Duration age) {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < NOW(6) - INTERVAL "
                + age.toSeconds() + " SECOND").executeUpdate();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(Object request) {
        try {
            return CANONICAL.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
