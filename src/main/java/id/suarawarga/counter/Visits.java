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
import id.suarawarga.feedback.GroupReceipt;
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
import io.quarkus.narayana.jta.QuarkusTransaction;
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
    public Outcome<Created> answer(String typed, SurveyForm form, String client) {
        guesses.check(client);
        String code = VisitCodes.normalize(typed).orElse(null);
        if (code != null) {
            // An open code with answers nothing refuses goes with the other questionnaires arriving now (the group
            // commit, ADR 0013): its row and the code marked used in one transaction. If anything is off there
            // (the code answered meanwhile, say) the batch is sent back and this takes the locked path below.
            Optional<Outcome<Created>> grouped = peek(code).filter(v -> v.usedAt() == null
                    && Instant.now().isBefore(v.expiresAt())).flatMap(v -> feedback.storeSurveyGrouped(v.serviceId(),
                    form, Respondent.visit(v.id()), new Receipt(v.id(),
                            Idempotency.hashOfValidKey(code, scope(code), form).orElseThrow(),
                            clientHash(client, v.batchId() == null ? "visit:" + v.id() : "batch:" + v.batchId()),
                            receipts)));
            if (grouped.isPresent()) {
                return grouped.get();
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> answerLocked(code, form, client));
    }

    /** A code's answer marks it used: written by {@link ReceiptWriter} in the group's transaction. */
    record Receipt(long visitId, String hash, String client, ReceiptWriter writer) implements GroupReceipt {
    }

    /** Marks the codes of a batch used, all or none: a code answered meanwhile sends the batch back. */
    static final class ReceiptWriter implements GroupReceipt.Writer {
        @Override
        public void write(Connection c, List<GroupReceipt> receipts) throws SQLException {
            StringBuilder sql = new StringBuilder("UPDATE visit SET used_at = NOW(6), answer_hash = CASE id");
            for (int i = 0; i < receipts.size(); i++) {
                sql.append(" WHEN ? THEN ?");
            }
            sql.append(" END, used_client = CASE id");
            for (int i = 0; i < receipts.size(); i++) {
                sql.append(" WHEN ? THEN ?");
            }
            sql.append(" END WHERE used_at IS NULL AND id IN (");
            for (int i = 0; i < receipts.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
                int at = 1;
                for (GroupReceipt g : receipts) {
                    Receipt r = (Receipt) g;
                    ps.setLong(at++, r.visitId());
                    ps.setString(at++, r.hash());
                }
                for (GroupReceipt g : receipts) {
                    Receipt r = (Receipt) g;
                    ps.setLong(at++, r.visitId());
                    ps.setString(at++, r.client());
                }
                for (GroupReceipt g : receipts) {
                    ps.setLong(at++, ((Receipt) g).visitId());
                }
                if (ps.executeUpdate() != receipts.size()) {
                    throw new SQLException("A visit code of the batch was answered meanwhile");
                }
            }
        }
    }

    private final ReceiptWriter receipts = new ReceiptWriter();

    /** The code's row as it is now, without a lock (the grouped path decides nothing final on it). */
    private Optional<Locked> peek(String code) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT id, service_id, batch_id, expires_at, used_at, answer_hash FROM visit WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(locked(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the visit code", e);
        }
    }

    /** The ordinary path: the code's row locked, so of parallel answers of one code exactly one is stored. */
    Outcome<Created> answerLocked(String code, SurveyForm form, String client) {
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
                return r.next() ? locked(r) : null;
            }
        }
    }

    private static Locked locked(ResultSet r) throws SQLException {
        long batch = r.getLong(3);
        Long batchId = r.wasNull() ? null : batch;
        Timestamp used = r.getTimestamp(5, Calendar.getInstance(UTC));
        return new Locked(r.getLong(1), r.getLong(2), batchId, r.getTimestamp(4, Calendar.getInstance(UTC)).toInstant(),
                used == null ? null : used.toInstant(), r.getString(6));
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
