package id.suarawarga.feedback;

import id.suarawarga.catalogue.PublicService;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.TimeZone;

/**
 * The stored answers as the appraisal reads them (ADR 0018: the feedback table is read here, not in appraisal),
 * straight over JDBC and streamed row by row: a quarter may hold a million answers, which as entities would cost
 * many times the memory and time (docs/benchmarks.md). Each row is handed over as a {@link Cursor} on the result
 * set, valid only during the call, so streaming allocates nothing per row but what the reader keeps.
 *
 * <p>Also what a unit's drill-down shows of its answers (monthly totals for the trend, the comments) and how many
 * people used each unit's services in a period, the few reads besides the calculation's.
 */
@ApplicationScoped
public class AnswersForAppraisal {

    /**
     * The calendar Hibernate reads and writes date-times with ({@code quarkus.hibernate-orm.jdbc.timezone=UTC}):
     * without it the driver takes the stored UTC wall clock for the JVM's zone (ADR 0015).
     */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** Points of one answer on the 36-point scale: 4 × (U1 + … + U9) for a questionnaire, 9 + 27 × stars for a rating. */
    private static final String POINTS = "CASE WHEN f.u1 IS NULL THEN 9 + 27 * f.stars "
            + "ELSE 4 * (f.u1 + f.u2 + f.u3 + f.u4 + f.u5 + f.u6 + f.u7 + f.u8 + f.u9) END";

    /** Ids per query when totals are asked for a list of answers. */
    private static final int CHUNK = 1000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    /** Every author's first answer on the platform: their smallest id (ids follow time), one loose index scan. */
    public Map<String, Long> firstAnswerIds() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT author_sub, MIN(id) FROM feedback GROUP BY author_sub");
                ResultSet rs = ps.executeQuery()) {
            Map<String, Long> firstIds = new HashMap<>();
            while (rs.next()) {
                firstIds.put(rs.getString(1), rs.getLong(2));
            }
            return firstIds;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the authors' first answers", e);
        }
    }

    /**
     * Every answer given on a day in [{@code lookBackFrom}, {@code endExclusive}), in id order, to {@code each};
     * {@link Cursor#inPeriod()} tells those on or after {@code from} from the look-back days before it.
     */
    public void forEach(LocalDate lookBackFrom, LocalDate from, LocalDate endExclusive, Reader each) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT id, unit_id, region_id, author_sub, created_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, stars, comment,
                       local_date >= ?, origin, origin_ref
                FROM feedback WHERE local_date >= ? AND local_date < ? ORDER BY id""",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(Integer.MIN_VALUE); // MySQL driver: stream rows instead of buffering them all
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(lookBackFrom));
            ps.setDate(3, Date.valueOf(endExclusive));
            try (ResultSet rs = ps.executeQuery()) {
                Cursor cursor = new Cursor(rs, Calendar.getInstance(UTC)); // one per read: a Calendar is not thread-safe
                while (rs.next()) {
                    each.accept(cursor);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the answers of " + from + ".." + endExclusive, e);
        }
    }

    /** A month ({@code yyyy-MM}) of a unit's answers: how many, and their points ({@link #POINTS}) added up. */
    public record MonthTotal(String month, long answers, long points) {
    }

    /** Per month, a unit's answers given on a day in [{@code from}, {@code endExclusive}); months without any absent. */
    public Map<String, MonthTotal> monthlyTotals(long unitId, LocalDate from, LocalDate endExclusive) {
        return monthly("", unitId, from, endExclusive, List.of());
    }

    /** {@link #monthlyTotals} over the answers among {@code ids} only (e.g. those a computation left out). */
    public Map<String, MonthTotal> monthlyTotalsOf(long unitId, LocalDate from, LocalDate endExclusive,
            Collection<Long> ids) {
        Map<String, MonthTotal> out = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += CHUNK) {
            monthly(" AND f.id IN (?4)", unitId, from, endExclusive, all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .forEach((m, t) -> out.merge(m, t, (a, b) ->
                            new MonthTotal(m, a.answers() + b.answers(), a.points() + b.points())));
        }
        return out;
    }

    private Map<String, MonthTotal> monthly(String and, long unitId, LocalDate from, LocalDate endExclusive,
            List<Long> ids) {
        String sql = "SELECT DATE_FORMAT(f.local_date, '%Y-%m') AS m, COUNT(*) AS n, SUM(" + POINTS + ") AS points"
                + " FROM feedback f WHERE f.unit_id = ?1 AND f.local_date >= ?2 AND f.local_date < ?3" + and
                + " GROUP BY m";
        Object[] params = ids.isEmpty() ? new Object[] {unitId, from, endExclusive}
                : new Object[] {unitId, from, endExclusive, ids};
        Map<String, MonthTotal> out = new HashMap<>();
        for (Row r : Rows.list(em, sql, Function.identity(), params)) {
            out.put(r.string("m"), new MonthTotal(r.string("m"), r.lng("n"), r.lng("points")));
        }
        return out;
    }

    /** A comment of an answer, with who wrote it (for the staff access log; shown only when not anonymous). */
    /** {@code origin}: account, visit, kiosk or paper. */
    public record Comment(long id, String kind, Instant createdAt, String comment, String authorName, boolean anonymous,
            String authorSub, String authorUsername, String origin) {
    }

    /** A page of the comments of a unit's answers given on a day in [{@code from}, {@code endExclusive}), newest first. */
    public List<Comment> comments(long unitId, LocalDate from, LocalDate endExclusive, int offset, int size) {
        return Rows.list(Rows.query(em, """
                SELECT f.id, f.kind, f.created_at, f.comment, f.author_name, f.anonymous, f.author_sub, f.author_username,
                       f.origin
                FROM feedback f WHERE f.unit_id = ?1 AND f.local_date >= ?2 AND f.local_date < ?3
                  AND f.comment IS NOT NULL AND f.comment <> ''
                ORDER BY f.id DESC""")
                .setParameter(1, unitId).setParameter(2, from).setParameter(3, endExclusive)
                .setFirstResult(offset).setMaxResults(size),
                r -> new Comment(r.lng("id"), r.string("kind"), r.instant("created_at"), r.string("comment"),
                        r.string("author_name"), r.bool("anonymous"), r.string("author_sub"), r.string("author_username"),
                        r.string("origin").toLowerCase(java.util.Locale.ROOT)));
    }

    /** How many answers of a unit in [{@code from}, {@code endExclusive}) have a comment. */
    public long commentCount(long unitId, LocalDate from, LocalDate endExclusive) {
        return ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM feedback WHERE unit_id = ?1 AND local_date >= ?2 AND local_date < ?3
                AND comment IS NOT NULL AND comment <> ''""").setParameter(1, unitId).setParameter(2, from)
                .setParameter(3, endExclusive).getSingleResult()).longValue();
    }

    /**
     * How many people used each unit's services in a period (the population N of the minimum sample, entered per
     * service), added up per unit; a unit none of whose services has a count is absent.
     */
    public Map<Long, Long> serviceUsersPerUnit(String period) {
        Map<Long, Long> perService = new HashMap<>();
        for (Row r : Rows.list(em, "SELECT service_id, users FROM service_users WHERE period = ?1", Function.identity(),
                period)) {
            perService.put(r.lng("service_id"), r.lng("users"));
        }
        Map<Long, Long> unitOf = PublicService.unitIdsOf(perService.keySet());
        Map<Long, Long> perUnit = new HashMap<>();
        perService.forEach((service, users) -> {
            Long unit = unitOf.get(service);
            if (unit != null) {
                perUnit.merge(unit, users, Long::sum);
            }
        });
        return perUnit;
    }

    /** What {@link #forEach} hands each row to. */
    @FunctionalInterface
    public interface Reader {
        void accept(Cursor row) throws SQLException;
    }

    /** The current answer of {@link #forEach}: an SKM questionnaire (elements U1..U9) or a rating (stars). */
    public static final class Cursor {

        private final ResultSet rs;
        private final Calendar utc;

        private Cursor(ResultSet rs, Calendar utc) {
            this.rs = rs;
            this.utc = utc;
        }

        public long id() throws SQLException {
            return rs.getLong(1);
        }

        public long unitId() throws SQLException {
            return rs.getLong(2);
        }

        public long regionId() throws SQLException {
            return rs.getLong(3);
        }

        public String authorSub() throws SQLException {
            return rs.getString(4);
        }

        public Instant createdAt() throws SQLException {
            return rs.getTimestamp(5, utc).toInstant();
        }

        /** Element {@code i} (1-based, U1..U9), 1–4; 0 for a rating. */
        public int element(int i) throws SQLException {
            return rs.getInt(5 + i); // 0 when NULL
        }

        /** The stars of a rating, 1–5; 0 for a questionnaire. */
        public int stars() throws SQLException {
            return rs.getInt(15);
        }

        public String comment() throws SQLException {
            return rs.getString(16);
        }

        /** False for an answer of the look-back days before the period. */
        public boolean inPeriod() throws SQLException {
            return rs.getBoolean(17);
        }

        /** Where the answer came from: {@code ACCOUNT}, {@code VISIT}, {@code KIOSK} or {@code PAPER}. */
        public String origin() throws SQLException {
            return rs.getString(18);
        }

        /** The channel's binding (visit, kiosk device, paper batch); 0 for an account. */
        public long originRef() throws SQLException {
            return rs.getLong(19); // 0 when NULL
        }
    }
}
