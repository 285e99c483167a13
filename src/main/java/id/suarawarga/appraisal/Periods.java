package id.suarawarga.appraisal;

import id.suarawarga.appraisal.AppraisalViews.PeriodForm;
import id.suarawarga.appraisal.AppraisalViews.PeriodView;
import id.suarawarga.appraisal.AppraisalViews.ReviewDraft;
import id.suarawarga.appraisal.AppraisalViews.SnapshotRef;
import id.suarawarga.appraisal.score.Answer;
import id.suarawarga.appraisal.score.ScoreParameters;
import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Appraisal periods (a quarter, <i>triwulan</i>, or a year) as HR creates and lists them: open → computed (review
 * window for the units) → frozen. Each period belongs to one regency (issue 15): its BKPSDM opens, computes and
 * freezes it with its own parameters, and its code is unique within that regency; what a caller sees of periods is
 * decided by {@link AppraisalPermissions}. How a period is computed and frozen is {@link PeriodRuns}; this class reads and
 * writes the period rows and shows a period with its current run and latest snapshot.
 */
@ApplicationScoped
public class Periods {

    public static final String OPEN = "OPEN";
    public static final String IN_REVIEW = "IN_REVIEW";
    public static final String FROZEN = "FROZEN";

    @Inject
    EntityManager em;

    @Inject
    AppraisalConfig config;

    @Inject
    Idempotency idempotency;

    @Inject
    AppraisalPermissions permissions;

    /** The period row as stored. */
    record PeriodRow(long id, Long regionId, String code, String kind, LocalDate startsOn, LocalDate endsBefore, String status,
            int minRespondents, int priorWeight, int reviewWorkingDays, LocalDate reviewUntil, Long currentRunId,
            Set<Answer.Origin> origins) {

        Period period() {
            return Period.parse(code);
        }

        ScoreParameters parameters() {
            return ScoreParameters.DEFAULTS.withMinRespondents(minRespondents).withPriorWeight(priorWeight);
        }

        boolean reviewOpen(LocalDate today) {
            return IN_REVIEW.equals(status) && reviewUntil != null && !today.isAfter(reviewUntil);
        }
    }

    /** HR's new period once per {@code Idempotency-Key} (ADR 0017); throws for a refusal. */
    public Outcome<PeriodView> submit(String key, PeriodForm form, CurrentUser user) {
        return idempotency.execute(user.subject().orElseThrow(), key, "POST /api/v1/appraisal/periods", form, () -> {
            PeriodView p = create(form, user);
            return Outcome.Created.of(p, "/api/v1/appraisal/periods/" + p.id());
        });
    }

    @Transactional
    public PeriodView create(PeriodForm form, CurrentUser user) {
        Period period;
        try {
            period = Period.parse(form.period());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
        if (period.kind() != Period.Kind.QUARTER && period.kind() != Period.Kind.YEAR) {
            throw ProblemException.invalid("period",
                    "appraisal.period-kind");
        }
        long regionId = regionOf(form.regionCode());
        if (count("SELECT COUNT(*) FROM appraisal_period WHERE region_id = ?1 AND code = ?2", regionId,
                period.toString()) > 0) {
            throw ProblemException.conflict("appraisal.period-exists", "period", period.toString());
        }
        Set<Answer.Origin> origins = originsOf(form.origins());
        long id = insert(regionId, period, orDefault(form.minRespondents(), config.minRespondents()),
                orDefault(form.priorWeight(), config.priorWeight()),
                orDefault(form.reviewWorkingDays(), config.reviewWorkingDays()), origins, user.username());
        return view(row(id, false));
    }

    /**
     * The region of a new period: the one named (422 when unknown, 403 when it is not one of the caller's), or the
     * caller's only HR region when none is named.
     */
    private long regionOf(String code) {
        if (code == null || code.isBlank()) {
            List<Long> mine = permissions.hrRegions();
            if (mine != null && mine.size() == 1) {
                return mine.get(0);
            }
            throw ProblemException.invalid("regionCode", "appraisal.region-required");
        }
        Region region = Region.findByCode(code.strip())
                .orElseThrow(() -> ProblemException.invalid("regionCode", "appraisal.region-unknown", code.strip()));
        permissions.requireHrRegion(region.id);
        return region.id;
    }

    /** The id of the region's period with this code, if HR (or the demo) created it. */
    Optional<Long> idOf(long regionId, Period period) {
        return Rows.first(em, "SELECT id FROM appraisal_period WHERE region_id = ?1 AND code = ?2", r -> r.lng("id"),
                regionId, period.toString());
    }

    /** A new open period of the region with the configured parameters. */
    long insert(long regionId, Period period, String username) {
        return insert(regionId, period, config.minRespondents(), config.priorWeight(), config.reviewWorkingDays(),
                EnumSet.allOf(Answer.Origin.class), username);
    }

    /**
     * The origins a new period counts: those named (API spelling, e.g. {@code ["account","paper"]}; at least one,
     * each known), or every origin when none are named.
     */
    static Set<Answer.Origin> originsOf(List<String> codes) {
        if (codes == null) {
            return EnumSet.allOf(Answer.Origin.class);
        }
        Set<Answer.Origin> out = EnumSet.noneOf(Answer.Origin.class);
        for (String code : codes) {
            try {
                out.add(Answer.Origin.valueOf(code == null ? "" : code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("origins", "appraisal.origin-unknown", String.valueOf(code));
            }
        }
        if (out.isEmpty()) {
            throw ProblemException.invalid("origins", "appraisal.origins-empty");
        }
        return out;
    }

    /** The stored list ({@code ACCOUNT,VISIT,…}) as a set. */
    static Set<Answer.Origin> origins(String stored) {
        Set<Answer.Origin> out = EnumSet.noneOf(Answer.Origin.class);
        for (String name : stored.split(",")) {
            out.add(Answer.Origin.valueOf(name.strip()));
        }
        return out;
    }

    private long insert(long regionId, Period period, int minRespondents, int priorWeight, int reviewDays,
            Set<Answer.Origin> origins, String username) {
        em.createNativeQuery("""
                INSERT INTO appraisal_period (region_id, code, kind, starts_on, ends_before, status, min_respondents,
                                              prior_weight, review_working_days, origins, created_by)
                VALUES (?1, ?2, ?3, ?4, ?5, 'OPEN', ?6, ?7, ?8, ?10, ?9)""")
                .setParameter(10, origins.stream().map(Enum::name).collect(Collectors.joining(",")))
                .setParameter(1, regionId).setParameter(2, period.toString()).setParameter(3, period.kind().name())
                .setParameter(4, period.start()).setParameter(5, period.endExclusive())
                .setParameter(6, minRespondents).setParameter(7, priorWeight).setParameter(8, reviewDays)
                .setParameter(9, username).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /** The periods of the caller's HR regions (every period, portal-wide ones too, for the operator). */
    @Transactional
    public PageResult<PeriodView> periods(PageRequest page) {
        List<Long> regions = permissions.hrRegions();
        if (regions != null && regions.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        String where = regions == null ? "" : " WHERE region_id IN (:regions)";
        var q = em.createNativeQuery("SELECT id FROM appraisal_period" + where + " ORDER BY starts_on DESC, kind, id DESC")
                .setFirstResult(page.offset()).setMaxResults(page.size());
        var c = em.createNativeQuery("SELECT COUNT(*) FROM appraisal_period" + where);
        if (regions != null) {
            q.setParameter("regions", regions);
            c.setParameter("regions", regions);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = q.getResultList();
        long total = ((Number) c.getSingleResult()).longValue();
        return new PageResult<>(ids.stream().map(i -> view(row(i.longValue(), false))).toList(), page.page(),
                page.size(), total);
    }

    /**
     * The drafts the officer may open now: for each period in its review window in a region of the officer's units,
     * the officer's units of that period's region (never a unit of another regency under it).
     */
    @Transactional
    public List<ReviewDraft> inReview() {
        Set<Long> regions = permissions.officerRegions();
        if (regions.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT id FROM appraisal_period WHERE status = 'IN_REVIEW' AND review_until >= ?1 AND region_id IN (?2)
                ORDER BY starts_on DESC LIMIT 20""").setParameter(1, today()).setParameter(2, regions).getResultList();
        Collection<Unit.Facts> units = permissions.officerUnits();
        List<ReviewDraft> drafts = new ArrayList<>();
        for (Number id : ids) {
            PeriodRow row = row(id.longValue(), false);
            PeriodView view = view(row);
            units.stream().filter(u -> row.regionId() != null && u.regionId() == row.regionId())
                    .forEach(u -> drafts.add(new ReviewDraft(view, u.id(), u.code(), u.name())));
        }
        return drafts;
    }

    /** A period as HR or an admin of its region sees it; 404 for anyone else. */
    @Transactional
    public PeriodView period(long id) {
        return view(hrRow(id, false));
    }

    /** The period's row for HR or an admin of its region ({@link #row}); 404 outside their regions. */
    PeriodRow hrRow(long id, boolean lock) {
        PeriodRow p = row(id, lock);
        permissions.requireHr(p);
        return p;
    }

    /**
     * The period's row, locked for the rest of the transaction when {@code lock}; 404 when there is none. Whether
     * the caller may see it is theirs to check ({@link #hrRow}, {@link AppraisalPermissions}).
     */
    PeriodRow row(long id, boolean lock) {
        List<PeriodRow> r = Rows.list(em, """
                SELECT id, region_id, code, kind, starts_on, ends_before, status, min_respondents, prior_weight,
                       review_working_days, review_until, current_run_id, origins
                FROM appraisal_period WHERE id = ?1""" + (lock ? " FOR UPDATE" : ""),
                o -> new PeriodRow(o.lng("id"), o.lng("region_id"), o.string("code"), o.string("kind"), o.date("starts_on"),
                        o.date("ends_before"), o.string("status"), o.integer("min_respondents"), o.integer("prior_weight"),
                        o.integer("review_working_days"), o.date("review_until"), o.lng("current_run_id"),
                        origins(o.string("origins"))), id);
        if (r.isEmpty()) {
            throw ProblemException.notFound("appraisal.what.period", id);
        }
        return r.get(0);
    }

    PeriodView view(PeriodRow p) {
        Instant computedAt = null;
        Long counted = null;
        Long excluded = null;
        String sha = null;
        if (p.currentRunId() != null) {
            Row run = Rows.list(em, "SELECT computed_at, answers_total, answers_excluded, sha256 FROM appraisal_run WHERE id = ?1",
                    Function.identity(), p.currentRunId()).get(0);
            computedAt = run.instant("computed_at");
            excluded = run.lng("answers_excluded");
            counted = run.lng("answers_total") - excluded;
            sha = run.string("sha256");
        }
        Period period = p.period();
        Region region = p.regionId() == null ? null : Region.findById(p.regionId());
        return new PeriodView(p.id(), region == null ? null : region.code, region == null ? null : region.name, p.code(), p.kind(), period.labelId(), p.startsOn(), p.endsBefore(), p.status(),
                p.minRespondents(), p.priorWeight(), p.reviewWorkingDays(), p.reviewUntil(), p.reviewOpen(today()),
                p.currentRunId(), computedAt, counted, excluded, sha, latestSnapshot(p.id()), pendingObjections(p.id()),
                p.origins().stream().map(Answer.Origin::code).toList());
    }

    long pendingObjections(long periodId) {
        return count("SELECT COUNT(*) FROM appraisal_objection WHERE period_id = ?1 AND status = 'PENDING'", periodId);
    }

    SnapshotRef latestSnapshot(long periodId) {
        List<SnapshotRef> s = Rows.list(em, """
                SELECT id, version, sha256, frozen_at, frozen_by, supersedes_id FROM appraisal_snapshot
                WHERE period_id = ?1 ORDER BY version DESC LIMIT 1""",
                o -> new SnapshotRef(o.lng("id"), o.integer("version"), o.string("sha256"), o.instant("frozen_at"),
                        o.string("frozen_by"), o.lng("supersedes_id")), periodId);
        return s.isEmpty() ? null : s.get(0);
    }

    private long count(String sql, Object... params) {
        return count(em, sql, params);
    }

    /** A native {@code COUNT(*)} with positional parameters. */
    static long count(EntityManager em, String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Today in the portal's zone: review windows are counted in its working days. */
    static LocalDate today() {
        return LocalDate.now(Period.ZONE);
    }

    private static int orDefault(Integer v, int d) {
        return v == null ? d : v;
    }
}
