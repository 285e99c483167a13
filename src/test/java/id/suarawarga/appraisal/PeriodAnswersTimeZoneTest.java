package id.suarawarga.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.appraisal.score.Answer;
import id.suarawarga.catalogue.Unit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The answers the appraisal streams over JDBC carry the instants the database stamped, whatever the JVM's zone:
 * the pom runs this class (also) on a JVM with {@code -Duser.timezone=Asia/Jakarta}, where a timestamp read
 * without the UTC calendar Hibernate uses is seven hours off (ADR 0015). The brigading rules compare these times.
 */
@QuarkusTest
class PeriodAnswersTimeZoneTest {

    @Inject
    EntityManager em;

    @Inject
    PeriodAnswers periodAnswers;

    @Test
    void anAnswerReadForThePeriodHasTheTimeTheDatabaseStamped() {
        String author = "tz-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2011, 2, 1); // a day no other test reads; the database stamps now
        Instant before = Instant.now();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                    INSERT INTO feedback (kind, unit_id, region_id, author_sub, author_name, anonymous, dedupe_key,
                                          local_date, stars)
                    SELECT 'RATING', u.id, u.region_id, ?1, 'Warga zona', FALSE, ?2, ?3, 4 FROM unit u ORDER BY u.id LIMIT 1""")
                    .setParameter(1, author).setParameter(2, "t-tz-" + UUID.randomUUID()).setParameter(3, day)
                    .executeUpdate();
            return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
        Answer answer;
        try {
            Set<Long> units = QuarkusTransaction.requiringNew().call(() -> Unit.allFacts().stream().map(Unit.Facts::id)
                    .collect(Collectors.toSet()));
            answer = periodAnswers.load(day, day.plusDays(1), Duration.ofDays(7), units).stream()
                    .filter(a -> a.id() == id).findFirst().orElseThrow();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM feedback WHERE id = ?1")
                    .setParameter(1, id).executeUpdate());
        }
        String zone = " on JVM zone " + java.util.TimeZone.getDefault().getID();
        assertTrue(Duration.between(before, answer.createdAt()).abs().compareTo(Duration.ofMinutes(2)) < 0,
                "created_at " + answer.createdAt() + " read at " + before + zone);
        assertEquals(answer.createdAt(), answer.authorFirstSeen(), "a new author is first seen at their answer" + zone);
    }
}
