package id.suarawarga.shared.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reading columns of native query rows. Date-times are stored in UTC (hibernate-orm.jdbc.timezone). */
public final class Rows {

    private Rows() {
    }

    public static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
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
