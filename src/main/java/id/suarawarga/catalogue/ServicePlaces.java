package id.suarawarga.catalogue;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which unit and region a service belongs to, kept in memory: every submission needs it, and an admin moves a
 * service or a unit perhaps once a year. Unknown services are never remembered (a made-up id costs its query
 * each time). On this instance a catalogue change clears the cache when its transaction ends
 * ({@link #clearAfterTransaction()}); other app instances see the change at most {@link #TTL} later, as with
 * the questionnaire cache.
 */
@ApplicationScoped
public class ServicePlaces {

    static final Duration TTL = Duration.ofSeconds(60);

    /** Where a service sits in the catalogue. */
    public record Place(long serviceId, long unitId, long regionId) {
    }

    private record Entry(Place place, long expiresAtNanos) {
    }

    private final Map<Long, Entry> byService = new ConcurrentHashMap<>();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    public Optional<Place> of(long serviceId) {
        long now = System.nanoTime();
        Entry e = byService.get(serviceId);
        if (e != null && now - e.expiresAtNanos < 0) {
            return Optional.of(e.place);
        }
        Optional<Place> place = load(serviceId);
        place.ifPresent(p -> byService.put(serviceId, new Entry(p, now + TTL.toNanos())));
        return place;
    }

    /**
     * Forgets every place now and again when the calling transaction has ended: a submission running beside an
     * admin's change must not put the old place back after this instance's clear and before the commit.
     */
    void clearAfterTransaction() {
        byService.clear();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                byService.clear();
            }
        });
    }

    private Optional<Place> load(long serviceId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT s.unit_id, u.region_id FROM public_service s JOIN unit u ON u.id = s.unit_id WHERE s.id = ?")) {
            ps.setLong(1, serviceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Place(serviceId, rs.getLong(1), rs.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read service " + serviceId, e);
        }
    }
}
