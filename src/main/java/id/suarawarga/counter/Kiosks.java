package id.suarawarga.counter;

import id.suarawarga.catalogue.ServicePlaces;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.counter.Kiosk.State;
import id.suarawarga.counter.KioskViews.Created;
import id.suarawarga.counter.KioskViews.KioskForm;
import id.suarawarga.counter.KioskViews.KioskView;
import id.suarawarga.counter.KioskViews.Pairing;
import id.suarawarga.feedback.FeedbackService;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.feedback.Respondent;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.audit.AuditLog;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Counter kiosks (issue 16): an officer or admin makes a kiosk for a unit and gets a one-time pairing code; the
 * tablet at the counter types it at {@code /kiosk} and receives a device credential for that unit only; from then on
 * each answer it sends is one SKM questionnaire of origin KIOSK, bound to the device and the id the kiosk gave the
 * answer (a re-send is the same answer). Per device the regency's {@link CounterSettings} apply: a minimum gap
 * between answers and a maximum per hour refuse, answers outside the service hours are taken and flagged. A revoked
 * kiosk's credential is refused at its next request. Neither the pairing code nor the credential is stored, only
 * their SHA-256.
 */
@ApplicationScoped
public class Kiosks {

    /** Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CODE_LENGTH = 8;
    static final Duration PAIRING_VALID = Duration.ofMinutes(15);
    static final int MAX_NAME = 100;
    /** An answer id as a kiosk page makes it (a UUID) or a script may: letters, digits and dashes. */
    static final Pattern ANSWER_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Pattern CREDENTIAL = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String AUDIT_TARGET = "kiosk";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KioskPermissions permissions;

    @Inject
    CounterSettings settings;

    @Inject
    ServicePlaces places;

    @Inject
    FeedbackService feedback;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** A paired kiosk, as its credential names it. */
    public record Device(long id, long unitId, long regionId, String name) {
    }

    /** A tablet just paired: the kiosk and the credential it keeps (a cookie; never stored here). */
    public record Paired(Device device, String credential) {
    }

    /** How one answer of a kiosk ended. */
    public sealed interface Answer permits Answer.Stored, Answer.Replayed, Answer.Refused {

        /** Stored now; {@code outOfHours} when it came outside the unit's service hours (flagged, counted). */
        record Stored(long feedbackId, boolean outOfHours) implements Answer {
        }

        /** The same answer id was stored before (an outbox re-send): nothing changed. */
        record Replayed(long feedbackId) implements Answer {
        }

        /** Refused by the device's limits: {@code key} says which, {@code retryAfterSeconds} when to try again. */
        record Refused(String key, long retryAfterSeconds) implements Answer {
        }
    }

    // --- staff: pair, list, revoke ------------------------------------------------------------------------------

    /**
     * A new kiosk once per {@code Idempotency-Key}. The key keeps the kiosk but not its code: a retry of a creation
     * whose answer was lost gets a fresh code for the same kiosk while it is still pending (the unseen one stops
     * working), and 409 once a tablet has paired with it.
     */
    public Outcome<Pairing> submit(String key, KioskForm form) {
        String[] code = new String[1];
        Outcome<Created> outcome = idempotency.execute(user.subject().orElseThrow(), key, "POST /api/v1/kiosks", form,
                () -> {
                    Pairing p = create(form);
                    code[0] = p.pairingCode();
                    return Outcome.Created.of(new Created(p.id(), p.expiresAt()), "/api/v1/kiosks/" + p.id());
                });
        if (outcome instanceof Outcome.Created<Created> c) {
            return new Outcome.Created<>(201, new Pairing(c.body().id(), code[0], c.body().expiresAt()), c.location());
        }
        if (outcome instanceof Outcome.Replayed<Created> r) {
            Pairing again = newCode(outcome.created(Created.class).orElseThrow().id());
            try {
                return new Outcome.Replayed<>(201, json.writeValueAsString(again), r.location());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        Outcome.Refused<Created> r = (Outcome.Refused<Created>) outcome;
        return new Outcome.Refused<>(r.problem(), r.body(), r.location());
    }

    @Transactional
    public Pairing create(KioskForm form) {
        List<ProblemException.Field> errors = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (form.unitId() == null) {
            errors.add(new ProblemException.Field("unitId", "shared.required"));
        }
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new ProblemException.Field("name", "kiosk.name-required", MAX_NAME));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors, "kiosk.invalid");
        }
        Unit.Facts unit = Unit.factsOf(List.of(form.unitId())).get(form.unitId());
        if (unit == null) {
            throw ProblemException.invalid("unitId", "kiosk.unit-unknown", form.unitId());
        }
        permissions.requireUnit(unit.id(), unit.regionId());
        Kiosk k = new Kiosk();
        k.unitId = unit.id();
        k.regionId = unit.regionId();
        k.name = name;
        k.createdBy = user.username();
        String code = code();
        k.pairingHash = pairingHash(code);
        k.pairingExpiresAt = expiry();
        k.persist();
        audit.append(user.username(), "kiosk-create", AUDIT_TARGET, Long.toString(k.id), k.regionId,
                "kiosk " + name + " for unit " + unit.code(), null, State.PENDING.name());
        return new Pairing(k.id, format(code), k.pairingExpiresAt);
    }

    /** A fresh pairing code for a kiosk no tablet has paired with yet (the earlier code stops working). */
    @Transactional
    public Pairing newCode(long id) {
        Kiosk k = permissions.requireKiosk(Kiosk.locked(id).orElse(null), id);
        if (k.state != State.PENDING) {
            throw ProblemException.conflict("kiosk.not-pending", "state", k.state.name().toLowerCase(java.util.Locale.ROOT));
        }
        String code = code();
        k.pairingHash = pairingHash(code);
        k.pairingExpiresAt = expiry();
        audit.append(user.username(), "kiosk-code", AUDIT_TARGET, Long.toString(k.id), k.regionId,
                "a new pairing code", State.PENDING.name(), State.PENDING.name());
        return new Pairing(k.id, format(code), k.pairingExpiresAt);
    }

    /** The unit's kiosks, newest first, with how many answers each took (and how many out of hours). */
    @Transactional
    public PageResult<KioskView> ofUnit(long unitId, PageRequest page) {
        Unit.Facts unit = Unit.factsOf(List.of(unitId)).get(unitId);
        if (unit == null) {
            throw ProblemException.notFound("kiosk.what.unit", unitId);
        }
        permissions.requireUnit(unit.id(), unit.regionId());
        PageResult<Kiosk> found = PageResult.of(Kiosk.ofUnit(unitId), page, Function.identity());
        Map<Long, long[]> counts = counts(found.items().stream().map(k -> k.id).toList());
        return new PageResult<>(found.items().stream().map(k -> view(k, counts.get(k.id))).toList(), found.page(),
                found.size(), found.total());
    }

    /** Revokes the kiosk (audited): its credential is refused from its next request on. Revoking twice is a no-op. */
    @Transactional
    public KioskView revoke(long id) {
        Kiosk k = permissions.requireKiosk(Kiosk.locked(id).orElse(null), id);
        if (k.state != State.REVOKED) {
            String before = k.state.name();
            k.state = State.REVOKED;
            k.revokedBy = user.username();
            k.revokedAt = Instant.now();
            audit.append(user.username(), "kiosk-revoke", AUDIT_TARGET, Long.toString(k.id), k.regionId,
                    "kiosk " + k.name + " revoked", before, State.REVOKED.name());
        }
        return view(k, counts(List.of(k.id)).get(k.id));
    }

    // --- the tablet: pair and answer ----------------------------------------------------------------------------

    /**
     * Pairs the tablet that typed {@code typed} (spaces, dashes and case do not matter; O reads as 0, I and L as 1):
     * the kiosk becomes PAIRED and the answer carries the new device credential. An unknown, used or expired code
     * is refused (404, 409, 410) and changes nothing.
     */
    @Transactional
    public Paired pair(String typed) {
        String code = normalise(typed);
        if (code == null) {
            throw ProblemException.invalid("pairingCode", "kiosk.code-format", CODE_LENGTH);
        }
        Kiosk k = Kiosk.lockedByPairing(pairingHash(code))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "kiosk.code-unknown"));
        if (k.state != State.PENDING) {
            throw ProblemException.conflict("kiosk.code-used", "pairingCode");
        }
        if (!k.pairingExpiresAt.isAfter(Instant.now())) {
            throw ProblemException.conflict("kiosk.code-expired", "pairingCode");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String credential = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        k.credentialHash = sha256(credential);
        k.state = State.PAIRED;
        k.pairedAt = Instant.now();
        audit.append(AuditLog.SYSTEM, "kiosk-pair", AUDIT_TARGET, Long.toString(k.id), k.regionId,
                "a tablet typed the pairing code", State.PENDING.name(), State.PAIRED.name());
        return new Paired(device(k), credential);
    }

    /** The paired, unrevoked kiosk this credential belongs to. */
    @Transactional
    public Optional<Device> device(String credential) {
        if (credential == null || !CREDENTIAL.matcher(credential).matches()) {
            return Optional.empty();
        }
        return Kiosk.<Kiosk>find("credentialHash", sha256(credential)).firstResultOptional()
                .filter(k -> k.state == State.PAIRED).map(Kiosks::device);
    }

    /**
     * One answer from the kiosk holding {@code credential}, for a service of its unit. A re-send of a stored answer
     * id is replayed before any limit is looked at, so the outbox's second send never meets the minimum gap. Throws
     * 404 for a revoked or unknown credential or another unit's service, 422 for missing or wrong answers.
     */
    @Transactional
    public Answer answer(String credential, long serviceId, String answerId, SurveyForm form) {
        if (credential == null || !CREDENTIAL.matcher(credential).matches()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "kiosk.not-paired");
        }
        Kiosk k = Kiosk.lockedByCredential(sha256(credential)).filter(x -> x.state == State.PAIRED)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "kiosk.not-paired"));
        if (answerId == null || !ANSWER_ID.matcher(answerId).matches()) {
            throw ProblemException.invalid("answerId", "kiosk.answer-id");
        }
        ServicePlaces.Place place = places.of(serviceId).filter(p -> p.unitId() == k.unitId)
                .orElseThrow(() -> ProblemException.notFound("kiosk.what.service", serviceId));
        Optional<Long> before = Rows.first(em, "SELECT feedback_id FROM kiosk_answer WHERE device_id = ?1 AND answer_id = ?2",
                r -> r.lng("feedback_id"), k.id, answerId);
        if (before.isPresent()) {
            return new Answer.Replayed(before.get());
        }
        CounterSettings.Rules rules = settings.forRegion(k.regionId);
        long wait = Rows.first(em, """
                SELECT CASE WHEN last_answer_at IS NULL THEN 0 ELSE
                  CEIL(TIMESTAMPDIFF(MICROSECOND, NOW(6), last_answer_at + INTERVAL ?1 SECOND) / 1000000) END AS wait
                FROM kiosk WHERE id = ?2""", r -> r.lng("wait"), rules.kioskMinGapSeconds(), k.id).orElse(0L);
        if (wait > 0) {
            return new Answer.Refused("kiosk.too-soon", wait);
        }
        var hour = Rows.first(em, """
                SELECT COUNT(*) AS n, CEIL(TIMESTAMPDIFF(MICROSECOND, NOW(6), MIN(answered_at) + INTERVAL 1 HOUR) / 1000000)
                  AS wait
                FROM kiosk_answer WHERE device_id = ?1 AND answered_at > NOW(6) - INTERVAL 1 HOUR""",
                r -> new long[] {r.lng("n"), r.lng("wait") == null ? 0 : r.lng("wait")}, k.id).orElseThrow();
        if (hour[0] >= rules.kioskMaxPerHour()) {
            return new Answer.Refused("kiosk.hour-full", Math.max(1, hour[1]));
        }
        boolean outOfHours = !rules.open(LocalTime.now(Period.ZONE));
        SurveyForm anonymous = new SurveyForm(form.answers(), null, null, true);
        Optional<Long> stored = feedback.storeSurvey(place.serviceId(), anonymous, Respondent.kiosk(k.id, answerId));
        if (stored.isEmpty()) { // the binding answered already: the same answer, for another service of the unit
            return new Answer.Replayed(feedback.surveyOf(place.serviceId(), Respondent.kiosk(k.id, answerId)).orElse(0L));
        }
        em.createNativeQuery("""
                INSERT INTO kiosk_answer (feedback_id, device_id, answer_id, out_of_hours) VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, stored.get()).setParameter(2, k.id).setParameter(3, answerId)
                .setParameter(4, outOfHours).executeUpdate();
        em.createNativeQuery("UPDATE kiosk SET last_answer_at = NOW(6) WHERE id = ?1").setParameter(1, k.id)
                .executeUpdate();
        return new Answer.Stored(stored.get(), outOfHours);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** The typed code in its canonical form (8 characters of {@link #ALPHABET}), or null when it cannot be one. */
    static String normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-') {
                continue;
            }
            char d = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(d) < 0) {
                return null;
            }
            out.append(d);
        }
        return out.length() == CODE_LENGTH ? out.toString() : null;
    }

    /** {@code ABCD-EFGH}: two groups of four are easier to read off a screen and type. */
    static String format(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    private static String code() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static Instant expiry() {
        return Instant.now().plus(PAIRING_VALID).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Domain-separated from the credential's hash, so that neither can stand for the other. */
    private static String pairingHash(String code) {
        return sha256("kiosk-pairing:" + code);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Device device(Kiosk k) {
        return new Device(k.id, k.unitId, k.regionId, k.name);
    }

    /** Answers and out-of-hours answers per kiosk, in one query. */
    private Map<Long, long[]> counts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Rows.list(em, """
                SELECT device_id, COUNT(*) AS n, SUM(out_of_hours) AS late FROM kiosk_answer
                WHERE device_id IN (?1) GROUP BY device_id""",
                r -> new long[] {r.lng("device_id"), r.lng("n"), r.lng("late")}, ids).stream()
                .collect(Collectors.toMap(a -> a[0], a -> new long[] {a[1], a[2]}));
    }

    private static KioskView view(Kiosk k, long[] counts) {
        long[] n = counts == null ? new long[2] : counts;
        return new KioskView(k.id, k.unitId, k.name, k.state.name().toLowerCase(java.util.Locale.ROOT), k.createdBy,
                k.createdAt, k.state == State.PENDING ? k.pairingExpiresAt : null, k.pairedAt, k.lastAnswerAt, n[0],
                n[1], k.revokedAt, k.revokedBy);
    }
}
