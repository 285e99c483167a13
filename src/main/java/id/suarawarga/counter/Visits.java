package id.suarawarga.counter;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.catalogue.ServicePlaces;
import id.suarawarga.counter.VisitViews.BatchCreated;
import id.suarawarga.counter.VisitViews.BatchForm;
import id.suarawarga.counter.VisitViews.Named;
import id.suarawarga.counter.VisitViews.PublicVisit;
import id.suarawarga.counter.VisitViews.VisitCreated;
import id.suarawarga.counter.VisitViews.VisitForm;
import id.suarawarga.feedback.FeedbackService;
import id.suarawarga.feedback.FeedbackViews.Created;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.feedback.Respondent;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import id.suarawarga.shared.web.PublicSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.agroal.api.AgroalDataSource;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.TimeZone;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Visit codes (issue 16; docs/api.md "Visit codes"). Staff (or the unit's queue machine) create a code per
 * delivered service, or a numbered batch of them for cut-out slips; whoever holds a code answers the SKM once,
 * without an account. The answer is bound to the code ({@link Respondent#visit}): the code's row is locked while
 * it is answered, so of any number of parallel sends exactly one is stored; a re-send of the same body afterwards
 * gets the same answer (the code is its idempotency key), anything else is told the code is used. Unknown codes are
 * throttled per client ({@link VisitGuesses}).
 */
@ApplicationScoped
public class Visits {

    public static final int MAX_BATCH = 500;
    static final int MAX_DAYS = 90;

    @Inject
    ServicePlaces places;

    @Inject
    CatalogueService catalogue;

    @Inject
    CounterSettings settings;

    @Inject
    VisitPermissions permissions;

    @Inject
    VisitGuesses guesses;

    @Inject
    FeedbackService feedback;

    @Inject
    CurrentUser user;

    @Inject
    PublicSite site;

    @Inject
    AgroalDataSource dataSource;

    /** TIMESTAMP columns are read with a UTC calendar, as Hibernate reads them (ADR 0015); a Calendar per read. */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** One code for one delivered service. */
    @Transactional
    public VisitCreated create(long serviceId, VisitForm form) {
        ServicePlaces.Place place = place(serviceId);
        Instant expires = expiry(place, form == null ? null : form.expiresInDays());
        Visit v = newVisit(place, expires, null, null);
        v.persist();
        return created(v.code, expires);
    }

    /** {@code count} codes at once, numbered 1…count, for a printed sheet of slips. */
    @Transactional
    public BatchCreated createBatch(long serviceId, BatchForm form) {
        ServicePlaces.Place place = place(serviceId);
        if (form.count() == null || form.count() < 1 || form.count() > MAX_BATCH) {
            throw ProblemException.invalid("count", "visit.count-range", MAX_BATCH);
        }
        Instant expires = expiry(place, form.expiresInDays());
        VisitBatch b = new VisitBatch();
        b.serviceId = serviceId;
        b.unitId = place.unitId();
        b.regionId = place.regionId();
        b.codes = form.count();
        b.expiresAt = expires;
        b.createdBy = user.username();
        b.createdAt = Instant.now();
        b.persist();
        List<String> codes = new ArrayList<>();
        for (int slip = 1; slip <= form.count(); slip++) {
            Visit v = newVisit(place, expires, b.id, slip);
            v.persist();
            codes.add(VisitCodes.display(v.code));
        }
        return new BatchCreated(b.id, codes, "/officer/visits/batches/" + b.id + "/print", expires);
    }

    /** What the holder of a code sees before answering. */
    @Transactional
    public PublicVisit lookup(String typed, String client) {
        guesses.check(client);
        Visit v = VisitCodes.normalize(typed).flatMap(Visit::findByCode).orElse(null);
        if (v == null) {
            guesses.miss(client);
            throw new ProblemException(ProblemType.VISIT_UNKNOWN, "visit.unknown");
        }
        return publicView(v);
    }

    /**
     * The one answer of a code, or for a re-send of the same body the answer it got ({@link Outcome.Replayed}).
     * Refusals: 404 visit-unknown, 409 visit-used, 410 visit-expired, 429 past the guessing limit, 422 for
     * answers the questionnaire does not accept (the code stays unused).
     */
    @Transactional
    public Outcome<Created> answer(String typed, SurveyForm form, String client) {
        guesses.check(client);
        String code = VisitCodes.normalize(typed).orElse(null);
        // Plain JDBC on the transaction's connection, as FeedbackService.storeSurvey: this is a hot path (the
        // benchmark of docs/benchmarks.md §6), and Hibernate's native queries cost CPU for nothing here.
        try (Connection c = dataSource.getConnection()) {
            Locked v = code == null ? null : lock(c, code);
            if (v == null) {
                guesses.miss(client);
                throw new ProblemException(ProblemType.VISIT_UNKNOWN, "visit.unknown");
            }
            String hash = Idempotency.hashOfValidKey(code, scope(code), form).orElseThrow();
            if (v.usedAt() != null) {
                if (hash.equals(v.answerHash())) {
                    long id = feedback.surveyOf(v.serviceId(), Respondent.visit(v.id())).orElseThrow(
                            () -> new ProblemException(ProblemType.VISIT_USED, "visit.used"));
                    return new Outcome.Replayed<>(201, "{\"id\":" + id + "}", null);
                }
                throw new ProblemException(ProblemType.VISIT_USED, "visit.used");
            }
            if (!Instant.now().isBefore(v.expiresAt())) {
                throw new ProblemException(ProblemType.VISIT_EXPIRED, "visit.expired");
            }
            long id = feedback.storeSurvey(v.serviceId(), form, Respondent.visit(v.id()))
                    .orElseThrow(() -> new ProblemException(ProblemType.VISIT_USED, "visit.used"));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE visit SET used_at = NOW(6), answer_hash = ?, used_client = ? WHERE id = ?")) {
                ps.setString(1, hash);
                ps.setString(2, clientHash(client, v.batchId() == null ? "visit:" + v.id() : "batch:" + v.batchId()));
                ps.setLong(3, v.id());
                ps.executeUpdate();
            }
            return Outcome.Created.of(new Created(id), null);
        } catch (SQLException e) {
            throw new PersistenceException("Could not answer the visit code", e);
        }
    }

    /** The code's row, locked until the transaction ends: parallel answers of one code wait here in turn. */
    private static Locked lock(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, service_id, batch_id, expires_at, used_at, answer_hash FROM visit WHERE code = ?
                FOR UPDATE""")) {
            ps.setString(1, code);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long batch = r.getLong(3);
                Timestamp used = r.getTimestamp(5, Calendar.getInstance(UTC));
                return new Locked(r.getLong(1), r.getLong(2), r.wasNull() ? null : batch,
                        r.getTimestamp(4, Calendar.getInstance(UTC)).toInstant(), used == null ? null : used.toInstant(), r.getString(6));
            }
        }
    }

    /**
     * The signed-in citizen follows the answer given with this code (issue 16: an account after answering, not
     * before). Holding the code is the proof, as it was for answering; only within {@link #FOLLOW_WITHIN} of the
     * answer, and only one account per answer (409 otherwise).
     */
    @Transactional
    public PublicVisit follow(String typed, String client) {
        guesses.check(client);
        Visit v = VisitCodes.normalize(typed).flatMap(Visit::findByCode).orElse(null);
        if (v == null) {
            guesses.miss(client);
            throw new ProblemException(ProblemType.VISIT_UNKNOWN, "visit.unknown");
        }
        if (v.usedAt == null) {
            throw ProblemException.conflict("visit.follow-unanswered", "code");
        }
        if (Instant.now().isAfter(v.usedAt.plus(FOLLOW_WITHIN))) {
            throw new ProblemException(ProblemType.VISIT_EXPIRED, "visit.follow-late");
        }
        if (!feedback.follow(v.serviceId, Respondent.visit(v.id), user)) {
            throw ProblemException.conflict("visit.followed", "code");
        }
        return publicView(v);
    }

    /** How long after answering the answer may still be followed from an account. */
    public static final Duration FOLLOW_WITHIN = Duration.ofDays(1);

    /** The code's row while it is being answered. */
    private record Locked(long id, long serviceId, Long batchId, Instant expiresAt, Instant usedAt,
            String answerHash) {
    }

    /** A code as its unit's staff see it (404 for anyone else). */
    public Visit forStaff(String typed) {
        Visit v = VisitCodes.normalize(typed).flatMap(Visit::findByCode).orElse(null);
        if (v == null || !permissions.mayCreate(v.unitId, v.regionId)) {
            throw ProblemException.notFound("visit.what.visit", typed);
        }
        return v;
    }

    /** A batch and its slips, for its unit's staff (404 for anyone else). */
    public VisitBatch batchForStaff(long id) {
        VisitBatch b = VisitBatch.findById(id);
        if (b == null || !permissions.mayCreate(b.unitId, b.regionId)) {
            throw ProblemException.notFound("visit.what.batch", id);
        }
        return b;
    }

    /** The codes made one by one for these units, newest first. */
    public PageResult<Visit> singles(List<Long> unitIds, PageRequest page) {
        if (unitIds.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        return PageResult.of(Visit.singlesOfUnits(unitIds), page, Function.identity());
    }

    public PageResult<VisitBatch> batches(List<Long> unitIds, PageRequest page) {
        if (unitIds.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        return PageResult.of(VisitBatch.ofUnits(unitIds), page, Function.identity());
    }

    public PublicVisit publicView(Visit v) {
        ServiceView s = catalogue.service(v.serviceId);
        UnitView u = catalogue.unit(v.unitId);
        return new PublicVisit(new Named(s.id(), s.code(), s.name()), new Named(u.id(), u.code(), u.name()),
                v.expiresAt, v.status(Instant.now()));
    }

    /** What an answer's hash is taken over: the API path, for the page too. */
    static String scope(String code) {
        return "POST /api/v1/visits/" + code + "/survey";
    }

    public String url(String code) {
        return site.url("/v/" + code);
    }

    private VisitCreated created(String code, Instant expires) {
        return new VisitCreated(VisitCodes.display(code), url(code), "/v/" + code + "/qr.svg", expires);
    }

    private ServicePlaces.Place place(long serviceId) {
        ServicePlaces.Place place = places.of(serviceId)
                .orElseThrow(() -> ProblemException.notFound("visit.what.service", serviceId));
        permissions.requireService(place.unitId(), place.regionId());
        return place;
    }

    private Instant expiry(ServicePlaces.Place place, Integer days) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw ProblemException.invalid("expiresInDays", "visit.days-range", MAX_DAYS);
        }
        int d = days == null ? settings.forRegion(place.regionId()).visitExpiryDays() : days;
        return Instant.now().plus(Duration.ofDays(d));
    }

    private Visit newVisit(ServicePlaces.Place place, Instant expires, Long batchId, Integer slip) {
        Visit v = new Visit();
        v.code = VisitCodes.generate();
        v.serviceId = place.serviceId();
        v.unitId = place.unitId();
        v.regionId = place.regionId();
        v.batchId = batchId;
        v.slipNo = slip;
        v.createdBy = user.username();
        v.createdAt = Instant.now();
        v.expiresAt = expires;
        return v;
    }

    /** 16 hex digits of SHA-256 over the salt and the address: one client within one batch, and no address kept. */
    static String clientHash(String client, String salt) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((salt + "|" + client).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> normalized(String typed) {
        return VisitCodes.normalize(typed);
    }
}
