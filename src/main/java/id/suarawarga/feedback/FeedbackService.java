package id.suarawarga.feedback;

import id.suarawarga.catalogue.PublicService;
import id.suarawarga.catalogue.ServicePlaces;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.feedback.FeedbackViews.FeedbackView;
import id.suarawarga.feedback.FeedbackViews.PlanView;
import id.suarawarga.feedback.FeedbackViews.RatingForm;
import id.suarawarga.feedback.FeedbackViews.ReplyView;
import id.suarawarga.feedback.FeedbackViews.ResponseForm;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.feedback.skm.WorkingDays;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.notification.Notifications;
import id.suarawarga.privacy.StaffAccessLog;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Citizens' SKM questionnaires and unit ratings, officers' replies, improvement plans and service-user counts. */
@ApplicationScoped
public class FeedbackService {

    @Inject
    SurveyGroupCommit groupCommit;

    @Inject
    Notifications notifications;

    @Inject
    StaffAccessLog accessLog;

    @Inject
    EntityManager em;

    @Inject
    FeedbackPermissions permissions;

    @Inject
    QuestionnaireCache questionnaires;

    @Inject
    ServicePlaces places;

    @Inject
    AgroalDataSource dataSource;

    /** MySQL/MariaDB error 1062: a unique key refused the row. */
    private static final int DUPLICATE_KEY = 1062;

    /** Working days an officer has to answer a comment before it shows as overdue (SP4N-LAPOR! practice). */
    @ConfigProperty(name = "suarawarga.feedback.response-working-days", defaultValue = "5")
    int responseWorkingDays;

    /** National holidays and each region's own, which do not count as working days. */
    @Inject
    Holidays holidays;

    /**
     * Stores a questionnaire: one INSERT, nothing read from the database once the service's place and its region's
     * questionnaire are cached. Plain JDBC on the transaction's connection: the row is never read back, so
     * Hibernate's entity, action queue and flush would be pure cost on the busiest path (docs/benchmarks.md §1).
     */
    @Transactional
    public long submitSurvey(long serviceId, SurveyForm form, CurrentUser user) {
        return storeSurvey(serviceId, form, Respondent.account(user, Boolean.TRUE.equals(form.anonymous())))
                .orElseThrow(() -> new ProblemException(ProblemType.ALREADY_SUBMITTED, "feedback.survey-already-today"));
    }

    /**
     * Stores a questionnaire from any origin: one INSERT, nothing read from the database once the service's place
     * and its region's questionnaire are cached. Plain JDBC on the transaction's connection: the row is never read
     * back, so Hibernate's entity, action queue and flush would be pure cost on the busiest path
     * (docs/benchmarks.md §1). Empty when the respondent's binding has answered already (the one-per-day rule
     * for an account, the used code, kiosk answer or sheet for the channels): the caller says which refusal
     * that is. Throws for an unknown service or invalid answers.
     */
    @Transactional
    public Optional<Long> storeSurvey(long serviceId, SurveyForm form, Respondent respondent) {
        ServicePlaces.Place place = places.of(serviceId).orElseThrow(() -> ProblemException.notFound("Service", serviceId));
        QuestionnaireCache.Current questionnaire = questionnaires.currentFor(place.regionId());
        checkAnswers(form.answers(), questionnaire.codes());
        SurveyRow row = SurveyRow.of(place, questionnaire, form, respondent);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SurveyRow.INSERT + SurveyRow.VALUES, Statement.RETURN_GENERATED_KEYS)) {
            row.bind(ps, 1);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) { // uk_feedback_dedupe: the respondent's binding has answered
                return Optional.empty();
            }
            throw new PersistenceException("Could not store the survey", e);
        }
    }

    /**
     * Lets the signed-in citizen follow an answer given without an account ({@code respondent}'s, e.g. a visit
     * code's): it appears in their "my feedback" with the unit's replies, and stays anonymous and the channel's.
     * False when another account follows it already.
     */
    @Transactional
    public boolean follow(long serviceId, Respondent respondent, CurrentUser user) {
        String sub = user.subject().orElseThrow();
        Feedback f = Feedback.find("dedupeKey", respondent.surveyKey(serviceId)).firstResult();
        if (f == null) {
            throw ProblemException.notFound("Feedback", serviceId);
        }
        if (f.followerSub != null && !f.followerSub.equals(sub)) {
            return false;
        }
        f.followerSub = sub;
        return true;
    }

    /** Whether this citizen has answered this service's questionnaire today (one a day: told before the form). */
    public boolean answeredToday(long serviceId, CurrentUser user) {
        return user.subject().isPresent() && surveyOf(serviceId, Respondent.account(user, false)).isPresent();
    }

    /**
     * Stores a questionnaire of an account-free channel with the others arriving now (the group commit, ADR 0013),
     * together with its {@code receipt}, when nothing about it can be refused; empty when the caller must take its
     * ordinary path (an unknown service, answers to refuse, the group busy or its batch sent back).
     */
    public Optional<Outcome<FeedbackViews.Created>> storeSurveyGrouped(long serviceId, SurveyForm form,
            Respondent respondent, GroupReceipt receipt) {
        Optional<ServicePlaces.Place> place = places.of(serviceId);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        QuestionnaireCache.Current questionnaire = questionnaires.currentFor(place.get().regionId());
        if (!answerErrors(form.answers(), questionnaire.codes()).isEmpty()) {
            return Optional.empty();
        }
        return groupCommit.submit(SurveyRow.of(place.get(), questionnaire, form, respondent), receipt);
    }

    /** The id of the questionnaire stored under this respondent's binding on this service, if any. */
    public Optional<Long> surveyOf(long serviceId, Respondent respondent) {
        return Rows.first(em, "SELECT id FROM feedback WHERE dedupe_key = ?1", r -> r.lng("id"),
                respondent.surveyKey(serviceId));
    }

    /**
     * The row {@link #submitSurvey} would store, when nothing about it can be refused: the service exists and the
     * answers are complete and in range for its region's questionnaire. Empty otherwise (an unknown service,
     * missing or out-of-range answers), so that the caller takes the ordinary path, which refuses and explains.
     * Reads the service's place and the questionnaire through their caches (a query only when cold).
     */
    Optional<SurveyRow> unrefusableSurveyRow(long serviceId, SurveyForm form, CurrentUser user) {
        Optional<ServicePlaces.Place> place = places.of(serviceId);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        QuestionnaireCache.Current questionnaire = questionnaires.currentFor(place.get().regionId());
        if (!answerErrors(form.answers(), questionnaire.codes()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SurveyRow.of(place.get(), questionnaire, form,
                Respondent.account(user, Boolean.TRUE.equals(form.anonymous()))));
    }

    /**
     * One questionnaire's row in {@code feedback}: the single INSERT of {@link #submitSurvey} and the multi-row
     * INSERT of {@link SurveyGroupCommit} bind it the same way.
     */
    record SurveyRow(ServicePlaces.Place place, long questionnaireId, Respondent respondent, int[] answers,
            FeedbackViews.Profile profile, String comment) {

        static final String INSERT = """
                INSERT INTO feedback (kind, origin, origin_ref, service_id, unit_id, region_id, questionnaire_id,
                  author_sub, author_name, author_username, anonymous, dedupe_key, local_date,
                  u1, u2, u3, u4, u5, u6, u7, u8, u9, age_band, gender, education, occupation, comment)
                VALUES """;
        static final String VALUES =
                "('SURVEY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        static final int PARAMETERS = 26;

        static SurveyRow of(ServicePlaces.Place place, QuestionnaireCache.Current questionnaire, SurveyForm form,
                Respondent respondent) {
            int[] answers = new int[9];
            for (int i = 1; i <= 9; i++) {
                answers[i - 1] = form.answers().get("U" + i);
            }
            return new SurveyRow(place, questionnaire.id(), respondent, answers, form.profile(),
                    blankToNull(form.comment()));
        }

        /** The respondent's binding ({@code uk_feedback_dedupe}): for an account, one per service and day. */
        String dedupeKey() {
            return respondent.surveyKey(place.serviceId());
        }

        /** Binds the {@link #PARAMETERS} placeholders of one {@link #VALUES} tuple, starting at {@code at}. */
        void bind(PreparedStatement ps, int at) throws SQLException {
            ps.setString(at, respondent.origin().name());
            ps.setObject(at + 1, respondent.originRef());
            ps.setLong(at + 2, place.serviceId());
            ps.setLong(at + 3, place.unitId());
            ps.setLong(at + 4, place.regionId());
            ps.setLong(at + 5, questionnaireId);
            ps.setString(at + 6, respondent.subject());
            ps.setString(at + 7, respondent.name());
            ps.setString(at + 8, respondent.username());
            ps.setBoolean(at + 9, respondent.anonymous());
            ps.setString(at + 10, dedupeKey());
            ps.setObject(at + 11, respondent.day());
            for (int i = 0; i < 9; i++) {
                ps.setInt(at + 12 + i, answers[i]);
            }
            ps.setString(at + 21, profile == null ? null : profile.ageBand());
            ps.setString(at + 22, profile == null ? null : profile.gender());
            ps.setString(at + 23, profile == null ? null : profile.education());
            ps.setString(at + 24, profile == null ? null : profile.occupation());
            ps.setString(at + 25, comment);
        }
    }

    @Transactional
    public long submitRating(long unitId, RatingForm form, CurrentUser user) {
        Unit unit = Unit.<Unit>findByIdOptional(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        if (form.serviceId() != null) {
            PublicService service = PublicService.findById(form.serviceId());
            if (service == null || !service.unit.id.equals(unit.id)) {
                throw ProblemException.invalid("serviceId",
                        "feedback.service-not-of-unit");
            }
        }
        LocalDate today = LocalDate.now(Period.ZONE);
        Feedback f = newFeedback(Feedback.Kind.RATING, user, form.anonymous(), today);
        f.serviceId = form.serviceId();
        f.unitId = unit.id;
        f.regionId = unit.region.id;
        f.dedupeKey = "R:" + unit.id + ":" + f.authorSub + ":" + today;
        f.stars = form.stars();
        f.comment = blankToNull(form.comment());
        return save(f, "feedback.rating-already-today");
    }

    /** The caller's own feedback with the replies it got, newest first. */
    public PageResult<FeedbackView> mine(CurrentUser user, PageRequest page) {
        String sub = user.subject().orElseThrow();
        return views(Feedback.find("authorSub = ?1 or followerSub = ?1 order by id desc", sub), page, Audience.AUTHOR,
                null);
    }

    /** A unit's feedback for its officers, HR and admins; anonymous authors stay hidden. */
    public PageResult<FeedbackView> forUnit(long unitId, PageRequest page) {
        Unit.<Unit>findByIdOptional(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        permissions.requireReader(unitId);
        return views(Feedback.find("unitId = ?1 order by id desc", unitId), page, Audience.STAFF, "unit-feedback");
    }

    /** Comments of a unit still waiting for a reply, oldest first: the officer's dashboard. */
    public PageResult<FeedbackView> awaitingReply(long unitId, PageRequest page) {
        permissions.requireReader(unitId);
        // The outer alias matters: a bare "id" in the subquery is the response's own id, not the feedback's.
        return views(Feedback.find("""
                from Feedback f where f.unitId = ?1 and f.comment is not null
                and not exists (select 1 from FeedbackResponse r where r.feedbackId = f.id) order by f.id""", unitId),
                page, Audience.STAFF, "officer-awaiting-reply");
    }

    @Transactional
    public long respond(long feedbackId, ResponseForm form, CurrentUser user) {
        Feedback f = Feedback.<Feedback>findByIdOptional(feedbackId)
                .orElseThrow(() -> ProblemException.notFound("Feedback", feedbackId));
        permissions.requireResponder(f.unitId);
        FeedbackResponse r = new FeedbackResponse();
        r.feedbackId = f.id;
        r.authorSub = user.subject().orElseThrow();
        r.authorName = user.displayName();
        r.text = form.text().trim();
        r.persist();
        if (Boolean.TRUE.equals(form.followedUp())) {
            f.followedUp = true;
        }
        // The author is told in the portal, as a forum reply is told (issue 17 item 7); an answer without an
        // account has nobody to tell (its follower reads it under "my feedback").
        if (f.authorUsername != null) {
            Unit unit = Unit.findById(f.unitId);
            notifications.send(f.authorUsername, Notifications.Kind.FEEDBACK_REPLY, null, null,
                    unit == null ? null : unit.name, null);
        }
        return r.id;
    }

    @Transactional
    public PlanView publishPlan(long serviceId, String periodText, String text, CurrentUser user) {
        PublicService service = PublicService.<PublicService>findByIdOptional(serviceId)
                .orElseThrow(() -> ProblemException.notFound("Service", serviceId));
        permissions.requireUnitEditor(service.unit.id);
        Period period = period(periodText);
        em.createNativeQuery("""
                INSERT INTO improvement_plan (service_id, period, text, updated_by) VALUES (?1, ?2, ?3, ?4)
                ON DUPLICATE KEY UPDATE text = VALUES(text), updated_by = VALUES(updated_by)""")
                .setParameter(1, serviceId).setParameter(2, period.toString()).setParameter(3, text.trim())
                .setParameter(4, user.username()).executeUpdate();
        return new PlanView(serviceId, period.toString(), text.trim(), user.username());
    }

    public PlanView plan(long serviceId, Period period) {
        return Rows.first(em, "SELECT text, updated_by FROM improvement_plan WHERE service_id = ?1 AND period = ?2",
                r -> new PlanView(serviceId, period.toString(), r.string("text"), r.string("updated_by")),
                serviceId, period.toString()).orElse(null);
    }

    @Transactional
    public void recordServiceUsers(long serviceId, String periodText, int users, CurrentUser user) {
        PublicService service = PublicService.<PublicService>findByIdOptional(serviceId)
                .orElseThrow(() -> ProblemException.notFound("Service", serviceId));
        permissions.requireUnitEditor(service.unit.id);
        em.createNativeQuery("""
                INSERT INTO service_users (service_id, period, users, updated_by) VALUES (?1, ?2, ?3, ?4)
                ON DUPLICATE KEY UPDATE users = VALUES(users), updated_by = VALUES(updated_by)""")
                .setParameter(1, serviceId).setParameter(2, period(periodText).toString()).setParameter(3, users)
                .setParameter(4, user.username()).executeUpdate();
    }

    static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
    }

    /**
     * Public comments on a service, newest first, with the officers' public replies. Never who wrote them, and
     * not the individual answers (the public reads those as the IKM); hidden or removed comments are left out.
     */
    public PageResult<FeedbackView> publicCommentsOfService(long serviceId, PageRequest page) {
        PublicService.<PublicService>findByIdOptional(serviceId)
                .orElseThrow(() -> ProblemException.notFound("Service", serviceId));
        return views(Feedback.find("serviceId = ?1 and commentPublic = 1 order by id desc", serviceId), page,
                Audience.PUBLIC, null);
    }

    /** Public comments on a unit and its services (child units have their own pages), newest first. */
    public PageResult<FeedbackView> publicCommentsOfUnit(long unitId, PageRequest page) {
        Unit.<Unit>findByIdOptional(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        return views(Feedback.find("unitId = ?1 and commentPublic = 1 order by id desc", unitId), page,
                Audience.PUBLIC, null);
    }

    /** The public comments on a service given in {@code period}, newest first: under the period's results. */
    public PageResult<FeedbackView> publicCommentsOfService(long serviceId, Period period, PageRequest page) {
        PublicService.<PublicService>findByIdOptional(serviceId)
                .orElseThrow(() -> ProblemException.notFound("Service", serviceId));
        return views(Feedback.find("serviceId = ?1 and commentPublic = 1 and localDate >= ?2 and localDate < ?3 "
                + "order by id desc", serviceId, period.start(), period.endExclusive()), page, Audience.PUBLIC, null);
    }

    /** The public comments on a unit and its services given in {@code period}, newest first. */
    public PageResult<FeedbackView> publicCommentsOfUnit(long unitId, Period period, PageRequest page) {
        Unit.<Unit>findByIdOptional(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        return views(Feedback.find("unitId = ?1 and commentPublic = 1 and localDate >= ?2 and localDate < ?3 "
                + "order by id desc", unitId, period.start(), period.endExclusive()), page, Audience.PUBLIC, null);
    }

    /** Who reads a list of feedback: its author, the unit's staff (officers, HR, admins), or anyone. */
    enum Audience {
        AUTHOR, STAFF, PUBLIC
    }

    /** {@code screen} names the staff screen for the personal-data access log (STAFF only). */
    private PageResult<FeedbackView> views(PanacheQuery<Feedback> query, PageRequest page, Audience audience,
            String screen) {
        PageResult<Feedback> rows = PageResult.of(query, page, f -> f);
        if (audience == Audience.STAFF) {
            accessLog.shown(StaffAccessLog.What.FEEDBACK, screen, rows.items().stream()
                    .filter(f -> !f.anonymous && f.authorName != null)
                    .map(f -> new StaffAccessLog.Citizen(f.authorSub, f.authorUsername, f.id)).toList());
        }
        Set<Long> ids = rows.items().stream().map(f -> f.id).collect(Collectors.toSet());
        Map<Long, List<ReplyView>> replies = new HashMap<>();
        for (FeedbackResponse r : FeedbackResponse.forFeedback(ids)) {
            replies.computeIfAbsent(r.feedbackId, k -> new ArrayList<>())
                    .add(new ReplyView(r.text, r.authorName, r.createdAt));
        }
        Set<Long> serviceIds = new TreeSet<>();
        Set<Long> unitIds = new TreeSet<>();
        rows.items().forEach(f -> {
            if (f.serviceId != null) {
                serviceIds.add(f.serviceId);
            }
            unitIds.add(f.unitId);
        });
        Map<Long, String> serviceNames = serviceIds.isEmpty() ? Map.of()
                : PublicService.<PublicService>list("id in ?1", serviceIds).stream()
                        .collect(Collectors.toMap(s -> s.id, s -> s.name));
        Map<Long, String> unitNames = unitIds.isEmpty() ? Map.of()
                : Unit.<Unit>list("id in ?1", unitIds).stream().collect(Collectors.toMap(u -> u.id, u -> u.name));
        Instant now = Instant.now();
        // The public never sees "overdue", so only staff pay for reading the holidays (one query per page).
        Map<Long, Set<LocalDate>> daysOff = audience == Audience.PUBLIC ? Map.of()
                : holidays.forRegions(rows.items().stream().map(f -> f.regionId).collect(Collectors.toSet()));
        List<FeedbackView> items = rows.items().stream().map(f -> {
            List<ReplyView> rs = replies.getOrDefault(f.id, List.of());
            boolean overdue = audience != Audience.PUBLIC && f.comment != null && rs.isEmpty() && f.createdAt != null
                    && WorkingDays.overdue(f.createdAt, now, responseWorkingDays, daysOff.get(f.regionId));
            String author = switch (audience) {
                case AUTHOR -> f.authorName;
                case STAFF -> f.anonymous ? null : f.authorName;
                case PUBLIC -> null;
            };
            boolean publicView = audience == Audience.PUBLIC;
            // A rating need not name a service; Map.of() (no service on this page) refuses a null key.
            String serviceName = f.serviceId == null ? null : serviceNames.get(f.serviceId);
            return new FeedbackView(f.id, f.kind.name(), f.origin.code(), f.serviceId, serviceName, f.unitId,
                    unitNames.get(f.unitId), f.createdAt,
                    f.kind == Feedback.Kind.SURVEY && !publicView ? f.answers() : null, f.stars, f.comment,
                    f.anonymous, author, f.followedUp, overdue && !publicView, rs);
        }).toList();
        return new PageResult<>(items, rows.page(), rows.size(), rows.total());
    }

    private static Feedback newFeedback(Feedback.Kind kind, CurrentUser user, Boolean anonymous, LocalDate today) {
        Feedback f = new Feedback();
        f.kind = kind;
        f.authorSub = user.subject().orElseThrow();
        f.authorName = user.displayName();
        f.authorUsername = user.username();
        f.anonymous = Boolean.TRUE.equals(anonymous);
        f.localDate = today;
        return f;
    }

    /**
     * The one-per-day rule is a unique key, so concurrent retries with new keys still count once. No check
     * before the insert: a duplicate is rare, and the key decides anyway.
     */
    private static long save(Feedback f, String duplicateMessage) {
        try {
            f.persistAndFlush();
        } catch (PersistenceException e) {
            throw new ProblemException(ProblemType.ALREADY_SUBMITTED, duplicateMessage);
        }
        return f.id;
    }

    private static void checkAnswers(Map<String, Integer> answers, List<String> elementCodes) {
        List<ProblemException.Field> errors = answerErrors(answers, elementCodes);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors, "feedback.answers-invalid");
        }
    }

    /** What is wrong with the answers for these elements: missing, out of 1-4, or for an unknown element. */
    private static List<ProblemException.Field> answerErrors(Map<String, Integer> answers, List<String> elementCodes) {
        List<ProblemException.Field> errors = new ArrayList<>();
        Set<String> codes = new TreeSet<>(elementCodes);
        for (String code : elementCodes) {
            Integer v = answers.get(code);
            if (v == null) {
                errors.add(new ProblemException.Field("answers." + code, "feedback.answer-required"));
            } else if (v < 1 || v > 4) {
                errors.add(new ProblemException.Field("answers." + code, "feedback.answer-range"));
            }
        }
        for (String code : answers.keySet()) {
            if (!codes.contains(code)) {
                errors.add(new ProblemException.Field("answers." + code, "feedback.answer-unknown-element"));
            }
        }
        return errors;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
