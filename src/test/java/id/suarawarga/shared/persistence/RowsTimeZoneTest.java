package id.suarawarga.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Date-times read through {@link Rows} are the instants the app wrote, whatever the JVM's zone: the pom runs this
 * class (also) on a JVM with {@code -Duser.timezone=Asia/Jakarta}, where a reader that takes the driver's
 * timestamp as a UTC wall clock is seven hours off (ADR 0015).
 */
@QuarkusTest
class RowsTimeZoneTest {

    @Inject
    EntityManager em;

    @Test
    void anInstantBoundByHibernateReadsBackAsTheSameInstant() {
        Instant written = Instant.parse("2026-03-01T02:30:15Z");
        Rows.Row row = QuarkusTransaction.requiringNew().call(() -> Rows.first(em,
                "SELECT CAST(?1 AS DATETIME(6)) AS t", r -> r, written).orElseThrow());
        assertEquals(written, row.instant("t"), "JVM zone " + java.util.TimeZone.getDefault().getID() + ", driver value "
                + row.raw("t").getClass().getName() + " " + row.raw("t"));
    }

    @Test
    void aColumnTheDatabaseStampedReadsAsNow() {
        Instant before = Instant.now();
        Instant stamped = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                    INSERT INTO idempotency_record (principal, idem_key, scope, request_hash, state)
                    VALUES ('rows-zone-test', ?1, 'test', 'h', 'DONE')""")
                    .setParameter(1, java.util.UUID.randomUUID().toString()).executeUpdate();
            Instant t = Rows.first(em, "SELECT MAX(created_at) AS t FROM idempotency_record WHERE principal = ?1",
                    r -> r.instant("t"), "rows-zone-test").orElseThrow();
            em.createNativeQuery("DELETE FROM idempotency_record WHERE principal = 'rows-zone-test'").executeUpdate();
            return t;
        });
        assertTrue(Duration.between(before, stamped).abs().compareTo(Duration.ofMinutes(2)) < 0,
                "created_at " + stamped + " read at " + before + " on JVM zone " + java.util.TimeZone.getDefault().getID());
    }
}
