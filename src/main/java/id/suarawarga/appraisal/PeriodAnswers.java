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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every answer of a period, for all units, straight over JDBC and streamed row by row: a quarter may hold
 * a million answers, which as entities would cost many times the memory and time (docs/benchmarks.md). Also
 * reads when each author gave their first answer on the platform, which is how the brigading rules recognise a
 * new account.
 */
@ApplicationScoped
public class PeriodAnswers {

    @Inject
    AgroalDataSource dataSource;

    public List<Answer> load(LocalDate from, LocalDate endExclusive) {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Seen> firstSeen = firstSeen(c, from, endExclusive);
            List<Answer> answers = new ArrayList<>(Math.max(16, firstSeen.size() * 2));
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, unit_id, region_id, author_sub, created_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, stars, comment
                    FROM feedback WHERE local_date >= ? AND local_date < ?""",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(Integer.MIN_VALUE); // MySQL driver: stream rows instead of buffering them all
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(endExclusive));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        answers.add(row(rs, firstSeen));
                    }
                }
            }
            return answers;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the answers of " + from + ".." + endExclusive, e);
        }
    }

    private static Answer row(ResultSet rs, Map<String, Seen> firstSeen) throws SQLException {
        long id = rs.getLong(1);
        long unit = rs.getLong(2);
        long region = rs.getLong(3);
        String author = rs.getString(4);
        Instant at = rs.getTimestamp(5).toInstant();
        Seen seen = firstSeen.get(author);
        Instant first = null;
        if (seen != null) {
            author = seen.sub(); // one String per author: a quarter has far fewer authors than answers
            first = seen.first();
        }
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
            return new Answer(id, unit, region, author, at, first, e, 0, comment);
        }
        return new Answer(id, unit, region, author, at, first, null, rs.getInt(15), comment);
    }

    private record Seen(String sub, Instant first) {
    }

    /** When each author of the period gave their first answer anywhere (smallest id: ids follow time). */
    private static Map<String, Seen> firstSeen(Connection c, LocalDate from, LocalDate endExclusive)
            throws SQLException {
        Map<String, Seen> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT f.author_sub, f.created_at FROM feedback f JOIN (
                  SELECT author_sub, MIN(id) first_id FROM feedback
                  WHERE author_sub IN (SELECT author_sub FROM feedback WHERE local_date >= ? AND local_date < ?)
                  GROUP BY author_sub) m ON m.first_id = f.id""")) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(endExclusive));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String sub = rs.getString(1);
                    out.put(sub, new Seen(sub, rs.getTimestamp(2).toInstant()));
                }
            }
        }
        return out;
    }
}
