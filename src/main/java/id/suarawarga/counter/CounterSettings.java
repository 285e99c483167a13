package id.suarawarga.counter;

import id.suarawarga.shared.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalTime;

/**
 * A regency's rules for feedback without an account ({@code counter_settings}): how long a visit code stays valid,
 * how fast a kiosk may take answers, and the service hours outside which a kiosk answer is flagged. A regency that
 * has not set them gets the defaults.
 */
@ApplicationScoped
public class CounterSettings {

    /** The defaults: a week for a code, 20 s between kiosk answers, 60 an hour, 07:30–16:00. */
    public static final Rules DEFAULTS = new Rules(7, 20, 60, LocalTime.of(7, 30), LocalTime.of(16, 0));

    @Inject
    EntityManager em;

    public record Rules(int visitExpiryDays, int kioskMinGapSeconds, int kioskMaxPerHour, LocalTime opensAt,
            LocalTime closesAt) {

        /** Whether {@code time} (Asia/Jakarta wall clock) is within the service hours. */
        public boolean open(LocalTime time) {
            return !time.isBefore(opensAt) && time.isBefore(closesAt);
        }
    }

    public Rules forRegion(long regionId) {
        return Rows.first(em, """
                SELECT visit_expiry_days, kiosk_min_gap_seconds, kiosk_max_per_hour, opens_at, closes_at
                FROM counter_settings WHERE region_id = ?1""",
                r -> new Rules(r.integer("visit_expiry_days"), r.integer("kiosk_min_gap_seconds"),
                        r.integer("kiosk_max_per_hour"), r.time("opens_at"), r.time("closes_at")),
                regionId).orElse(DEFAULTS);
    }
}
