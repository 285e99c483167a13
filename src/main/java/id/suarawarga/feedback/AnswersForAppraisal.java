package id.suarawarga.feedback;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

/**
 * The stored answers as the appraisal reads them (ADR 0018: the feedback table is read here, not in appraisal),
 * straight over JDBC and streamed row by row: a quarter may hold a million answers, which as entities would cost
 * many times the memory and time (docs/benchmarks.md). Each row is handed over as a {@link Cursor} on the result
 * set, valid only during the call, so streaming allocates nothing per row but what the reader keeps.
 */
@ApplicationScoped
public class AnswersForAppraisal {

    /**
     * The calendar Hibernate reads and writes date-times with ({@code quarkus.hibernate-orm.jdbc.timezone=UTC}):
     * without it the driver takes the stored UTC wall clock for the JVM's zone (ADR 0015).
     */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    @Inject
    AgroalDataSource dataSource;

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
                       local_date >= ?
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
    }
}
