package id.suarawarga.appraisal;

import id.suarawarga.appraisal.score.Answer;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Reads every answer of a period, for all units, straight over JDBC and streamed row by row: a quarter may hold
 * a million answers, which as entities would cost many times the memory and time (docs/benchmarks.md).
 *
 * <p>Also finds when each author gave their first answer on the platform, which is how the brigading rules
 * recognise a new account: the first answer is the author's smallest id (ids follow time), one loose scan of
 * {@code ix_feedback_author}. Its time is known from the period's own rows, or from the few days before the
 * period; an author whose first answer is older than that is simply "not new" ({@link Instant#EPOCH}), which
 * gives the same verdicts as the exact time and keeps the computation reproducible.
 */
@ApplicationScoped
public class PeriodAnswers {

    /**
     * The calendar Hibernate reads and writes date-times with ({@code quarkus.hibernate-orm.jdbc.timezone=UTC}):
     * without it the driver takes the stored UTC wall clock for the JVM's zone (ADR 0015).
     */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    @Inject
    AgroalDataSource dataSource;

    public List<Answer> load(LocalDate from, LocalDate endExclusive, Duration freshAccountAge) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Long> firstIds = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT author_sub, MIN(id) FROM feedback GROUP BY author_sub");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    firstIds.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, Instant> firstSeen = new HashMap<>();
            List<Answer> answers = new ArrayList<>(1024);
            LocalDate lookBack = from.minusDays(freshAccountAge.toDays() + 2);
            // In id order an author's first answer comes before all their others, so one pass knows its time.
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, unit_id, region_id, author_sub, created_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, stars, comment,
                           local_date >= ?
                    FROM feedback WHERE local_date >= ? AND local_date < ? ORDER BY id""",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(Integer.MIN_VALUE); // MySQL driver: stream rows instead of buffering them all
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(lookBack));
                ps.setDate(3, Date.valueOf(endExclusive));
                Calendar utc = Calendar.getInstance(UTC); // one per read: a Calendar is not thread-safe
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        String author = rs.getString(4);
                        Instant at = rs.getTimestamp(5, utc).toInstant();
                        Long first = firstIds.get(author);
                        if (first != null && first == id) {
                            firstSeen.put(author, at);
                        }
                        if (rs.getBoolean(17)) {
                            answers.add(row(rs, id, author, at, firstSeen.getOrDefault(author, Instant.EPOCH)));
                        }
                    }
                }
            }
            return answers;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the answers of " + from + ".." + endExclusive, e);
        }
    }

    private static Answer row(ResultSet rs, long id, String author, Instant at, Instant firstSeen)
            throws SQLException {
        long unit = rs.getLong(2);
        long region = rs.getLong(3);
        int u1 = rs.getInt(6); // 0 when NULL: a rating
        String comment = rs.getString(16);
        if (comment != null && comment.isBlank()) {
            comment = null;
        }
        if (u1 > 0) {
            byte[] e = new byte[Answer.ELEMENTS];
            for (int i = 0; i < Answer.ELEMENTS; i++) {
                e[i] = (byte) rs.getInt(6 + i);
            }
            return new Answer(id, unit, region, author, at, firstSeen, e, 0, comment);
        }
        return new Answer(id, unit, region, author, at, firstSeen, null, rs.getInt(15), comment);
    }
}
