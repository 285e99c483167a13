package id.suarawarga.counter;

import id.suarawarga.shared.web.RateLimitedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles guessing of visit codes: a client address that has asked for more than
 * {@code suarawarga.visits.unknown-per-minute} unknown codes in the current minute gets 429 with Retry-After for
 * every code until the minute ends (a hit is refused too, or the throttle would not slow a guesser down). 60 random
 * bits make guessing hopeless anyway; this keeps it from costing database reads. Counted per app instance (a
 * guesser spread over N instances gets N times the budget, still hopeless); unknown codes and refusals are counted
 * in the metrics {@code suarawarga_visit_unknown_total} and {@code suarawarga_visit_throttled_total}. The client
 * address is the connection's, or the proxy's {@code X-Forwarded-For} where the proxy is trusted (application.properties).
 */
@ApplicationScoped
public class VisitGuesses {

    private final ConcurrentHashMap<String, AtomicInteger> misses = new ConcurrentHashMap<>();
    private volatile long minute;
    private final Clock clock = Clock.systemUTC();

    @ConfigProperty(name = "suarawarga.visits.unknown-per-minute", defaultValue = "20")
    int limit;

    private final Counter unknown;
    private final Counter throttled;

    @Inject
    public VisitGuesses(MeterRegistry registry) {
        unknown = Counter.builder("suarawarga.visit.unknown").description("Visit codes asked for that do not exist")
                .register(registry);
        throttled = Counter.builder("suarawarga.visit.throttled")
                .description("Visit-code requests refused because their client guessed too often").register(registry);
    }

    /** Throws 429 when {@code client} is over the limit this minute. */
    void check(String client) {
        AtomicInteger n = window().get(client);
        if (n != null && n.get() >= limit) {
            throttled.increment();
            long now = clock.millis();
            throw new RateLimitedException(60 - (now / 1000) % 60, "visit.too-many-guesses");
        }
    }

    /** Counts an unknown code asked for by {@code client}. */
    void miss(String client) {
        unknown.increment();
        window().computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
    }

    /** Forgets every count (tests, after they have tripped the throttle on purpose). */
    public void forget() {
        misses.clear();
    }

    /**
     * Sets the limit (tests: the test profile sets it high, so that the bad-input corpus, which asks for thousands
     * of junk codes from one address, does not throttle the tests after it; the throttle's own test sets 20).
     */
    public void limit(int perMinute) {
        limit = perMinute;
    }

    private ConcurrentHashMap<String, AtomicInteger> window() {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            synchronized (this) {
                if (now != minute) {
                    misses.clear();
                    minute = now;
                }
            }
        }
        return misses;
    }
}
