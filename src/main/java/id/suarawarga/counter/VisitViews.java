package id.suarawarga.counter;

import java.time.Instant;
import java.util.List;

/** What the visit-code API takes and answers (docs/api.md, "Visit codes"). */
public final class VisitViews {

    private VisitViews() {
    }

    /** A new code; {@code expiresInDays} left out = the regency's setting (default 7). */
    public record VisitForm(Integer expiresInDays) {
    }

    /** {@code count} codes at once, for a sheet of cut-out slips. */
    public record BatchForm(Integer count, Integer expiresInDays) {
    }

    /**
     * A created code: {@code code} as printed ({@code ABCD-EFGH-JKMNP}), the absolute {@code url} the citizen
     * opens, the QR code of that URL, when it expires.
     */
    public record VisitCreated(String code, String url, String qrSvgUrl, Instant expiresAt) {
    }

    /** A created batch: its slips' codes in slip order and the page that prints them. */
    public record BatchCreated(long id, List<String> codes, String printUrl, Instant expiresAt) {
    }

    public record Named(long id, String code, String name) {
    }

    /** What anyone holding the code may see: which service it is for, and whether it can still be answered. */
    public record PublicVisit(Named service, Named unit, Instant expiresAt, String status) {
    }
}
