package id.suarawarga.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place where a native query's row becomes values (ADR 0015): columns are read by their label, never by
 * position, and mapped to a record by the caller's function. Date-times are stored in UTC
 * (hibernate-orm.jdbc.timezone) and read back as the same instants on a JVM in any zone ({@link #instant}).
 *
 * <pre>{@code
 * List<Unit> units = Rows.list(em, "SELECT id, code FROM unit WHERE region_id = ?1",
 *         r -> new Unit(r.lng("id"), r.string("code")), regionId);
 * }</pre>
 */
public final class Rows {

    private Rows() {
    }

    /** One row of a native query, read by column label (the {@code AS} name, or the column's own name). */
    public static final class Row {
        private final Tuple tuple;

        Row(Tuple tuple) {
            this.tuple = tuple;
        }

        public Object raw(String column) {
            return tuple.get(column);
        }

        public String string(String column) {
            Object o = tuple.get(column);
            return o == null ? null : o.toString();
        }

        public Long lng(String column) {
            return Rows.lng(tuple.get(column));
        }

        /** 0 for NULL. */
        public int integer(String column) {
            return Rows.integer(tuple.get(column));
        }

        public Integer integerOrNull(String column) {
            Object o = tuple.get(column);
            return o == null ? null : ((Number) o).intValue();
        }

        public boolean bool(String column) {
            return Rows.bool(tuple.get(column));
        }

        public Instant instant(String column) {
            return Rows.instant(tuple.get(column));
        }

        public LocalDate date(String column) {
            Object o = tuple.get(column);
            if (o instanceof java.sql.Date d) {
                return d.toLocalDate();
            }
            return o instanceof LocalDate l ? l : null;
        }

        /** A TIME column as a wall-clock time (Hibernate's native queries answer java.sql.Time or LocalTime). */
        public java.time.LocalTime time(String column) {
            Object o = tuple.get(column);
            if (o instanceof java.sql.Time t) {
                return t.toLocalTime();
            }
            return o instanceof java.time.LocalTime l ? l : null;
        }

        public BigDecimal decimal(String column) {
            Object o = tuple.get(column);
            if (o == null || o instanceof BigDecimal) {
                return (BigDecimal) o;
            }
            return new BigDecimal(o.toString());
        }

        public Double dbl(String column) {
            Object o = tuple.get(column);
            return o == null ? null : ((Number) o).doubleValue();
        }
    }

    /** A native query whose rows {@link #list(Query, Function)} can read by label; bind parameters on it. */
    public static Query query(EntityManager em, String sql) {
        return em.createNativeQuery(sql, Tuple.class);
    }

    /** Runs {@code sql} with positional parameters {@code ?1, ?2 …} and maps each row. */
    public static <T> List<T> list(EntityManager em, String sql, Function<Row, T> map, Object... params) {
        Query q = query(em, sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return list(q, map);
    }

    /** The first row, mapped, if there is one. */
    public static <T> Optional<T> first(EntityManager em, String sql, Function<Row, T> map, Object... params) {
        Query q = query(em, sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        q.setMaxResults(1);
        List<T> rows = list(q, map);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /**
     * Rows as column label in camelCase → value ({@code created_at} → {@code createdAt}), at most {@code limit}:
     * for answers that hand rows on as they are (a person's data download). Date-times become instants.
     */
    public static List<Map<String, Object>> maps(EntityManager em, String sql, int limit, Object... params) {
        Query q = query(em, sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        q.setMaxResults(limit);
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = q.getResultList();
        List<Map<String, Object>> out = new ArrayList<>(tuples.size());
        for (Tuple t : tuples) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (var e : t.getElements()) {
                m.put(camel(e.getAlias()), plain(t.get(e)));
            }
            out.add(m);
        }
        return out;
    }

    private static Object plain(Object v) {
        if (v instanceof Timestamp || v instanceof LocalDateTime) {
            return instant(v);
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return v;
    }

    static String camel(String column) {
        StringBuilder b = new StringBuilder(column.length());
        boolean up = false;
        for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /** Maps the rows of a query made by {@link #query}. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> list(Query tupleQuery, Function<Row, T> map) {
        List<Tuple> tuples = tupleQuery.getResultList();
        List<T> out = new ArrayList<>(tuples.size());
        for (Tuple t : tuples) {
            out.add(map.apply(new Row(t)));
        }
        return out;
    }

    /**
     * Hibernate reads a TIMESTAMP with the UTC calendar (hibernate-orm.jdbc.timezone), which gives the right instant,
     * and hands a native query's column over as a {@link LocalDateTime} in the JVM's zone: so the JVM's zone turns
     * it back into that instant (not UTC, which is right only on a JVM in UTC; RowsTimeZoneTest runs in Jakarta).
     */
    public static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof LocalDateTime l) {
            return l.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (o instanceof OffsetDateTime d) {
            return d.toInstant();
        }
        return o instanceof Instant i ? i : null;
    }

    public static Long lng(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    public static int integer(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    public static boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return o != null && ((Number) o).intValue() != 0;
    }
}
