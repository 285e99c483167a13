package id.suarawarga.privacy;

import id.suarawarga.shared.persistence.Rows;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** How contributors put rows into the download and run the deletion's statements: one way for every feature. */
public final class PersonalDataRows {

    /** More rows of one kind than a person can make in years; a longer list is cut and the download says so. */
    public static final int MAX_ROWS = 10_000;

    private PersonalDataRows() {
    }

    /** The rows of {@code sql} (one parameter, {@code ?1}), column label in camelCase → value, at most MAX_ROWS. */
    public static List<Map<String, Object>> list(EntityManager em, String sql, Object param) {
        return Rows.maps(em, sql, MAX_ROWS, param);
    }

    /** The first row of {@link #list}, or null. */
    public static Map<String, Object> one(EntityManager em, String sql, Object param) {
        List<Map<String, Object>> rows = list(em, sql, param);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Runs an UPDATE or DELETE with parameters {@code ?1}, {@code ?2} …; answers the rows it changed. */
    public static int update(EntityManager em, String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.executeUpdate();
    }

    /** Runs a DELETE whose {@code ?1} is "now minus {@code age}", computed by the database. */
    public static int olderThan(EntityManager em, String sql, Duration age) {
        return em.createNativeQuery(sql.replace("?1", "(NOW(6) - INTERVAL " + age.toSeconds() + " SECOND)"))
                .executeUpdate();
    }
}
