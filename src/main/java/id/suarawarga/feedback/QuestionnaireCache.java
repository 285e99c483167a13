package id.suarawarga.feedback;

import id.suarawarga.catalogue.Region;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which questionnaire version is in force per region, kept in memory for a minute: every submission needs it
 * and it changes perhaps once a year. Versions are immutable, so the only staleness is that a newly published
 * version reaches other app instances up to {@link #TTL} later; on this instance publishing clears the cache.
 */
@ApplicationScoped
public class QuestionnaireCache {

    static final Duration TTL = Duration.ofSeconds(60);

    /** The version in force and its element codes, in order. */
    public record Current(long id, List<String> codes) {
    }

    private record Entry(Current current, long expiresAtNanos) {
    }

    private final Map<Long, Entry> byRegion = new ConcurrentHashMap<>();

    public Current currentFor(Region region) {
        return currentFor(region.id);
    }

    public Current currentFor(long regionId) {
        long now = System.nanoTime();
        Entry e = byRegion.get(regionId);
        if (e == null || now - e.expiresAtNanos > 0) {
            Questionnaire q = Questionnaire.currentFor(regionId);
            e = new Entry(new Current(q.id, q.elements.stream().map(el -> el.code).toList()), now + TTL.toNanos());
            byRegion.put(regionId, e);
        }
        return e.current;
    }

    public void clear() {
        byRegion.clear();
    }
}
