package id.suarawarga.forum;

import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The small reads the forum's services share: a first row by label, a single value, the id just inserted. */
final class ForumSql {

    private ForumSql() {
    }

    /** The first row, read by label; the SQL is run as written (no LIMIT added: some end in FOR UPDATE). */
    static Optional<Row> row(EntityManager em, String sql, Object param) {
        return Rows.list(em, sql, Function.identity(), param).stream().findFirst();
    }

    /** The one column of the first row, or null when there is none. */
    static Object single(EntityManager em, String sql, Object param) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, param).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A single number (an id, a count), or null when there is no row. */
    static Long lng(EntityManager em, String sql, Object param) {
        return Rows.lng(single(em, sql, param));
    }

    static long lastId(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }
}
