package id.suarawarga.privacy;

import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the ground floor keeps about a person (answers stored for their idempotency keys, their rate-limit
 * counters). {@code shared} imports no feature, so it cannot contribute itself: this asks its API on its behalf.
 */
@ApplicationScoped
class GroundFloorPersonalData implements PersonalDataContributor {

    @Inject
    Idempotency idempotency;

    @Inject
    RateLimits rateLimits;

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("rateLimitCounters", rateLimits.countersOf(person.username(), PersonalDataRows.MAX_ROWS));
        sections.put("storedRequestAnswers", idempotency.countOf(person.subject()));
        return sections;
    }

    @Override
    public void detach(Person person, String token) {
        if (person.username() != null) {
            rateLimits.forget(person.username());
        }
        idempotency.forget(person.subject());
    }

    @Override
    public Map<String, Integer> purge(RetentionConfig retention) {
        Map<String, Integer> purged = new LinkedHashMap<>();
        purged.put("idempotency_record", idempotency.purgeOlderThan(retention.idempotencyRecords()));
        purged.put("rate_limit_counter", rateLimits.purgeOlderThan(retention.rateLimitCounters()));
        return purged;
    }
}
