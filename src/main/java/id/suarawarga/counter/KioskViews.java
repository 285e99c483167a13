package id.suarawarga.counter;

import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the kiosk API takes and answers (docs/api.md, "Kiosks"). */
public final class KioskViews {

    private KioskViews() {
    }

    /** A new kiosk for a unit, named as the counter calls it ("Loket 1"). */
    public record KioskForm(Long unitId, @Size(max = 4000) String name) {
    }

    /**
     * The answer to a creation: the one-time pairing code (shown once, typed on the tablet at {@code /kiosk}) and
     * until when it works.
     */
    public record Pairing(long id, String pairingCode, Instant expiresAt) {
    }

    /**
     * What an {@code Idempotency-Key} keeps of a creation: the kiosk, not its code (the code is stored only as a
     * hash). A retry of a creation whose answer was lost gets a fresh code for the same kiosk.
     */
    public record Created(long id, Instant expiresAt) {
    }

    /** A kiosk in its unit's list; {@code state} is pending, paired or revoked. */
    public record KioskView(long id, long unitId, String name, String state, String createdBy, Instant createdAt,
            Instant pairingExpiresAt, Instant pairedAt, Instant lastAnswerAt, long answers, long answersOutOfHours,
            Instant revokedAt, String revokedBy) {
    }
}
