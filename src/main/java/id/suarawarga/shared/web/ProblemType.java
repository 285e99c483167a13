package id.suarawarga.shared.web;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem the API answers with. The URN never changes once published (docs/api.md lists them). */
public enum ProblemType {
    BAD_REQUEST("bad-request", Status.BAD_REQUEST, "Permintaan tidak valid", "Bad request"),
    MALFORMED_JSON("malformed-json", Status.BAD_REQUEST, "JSON tidak dapat dibaca", "Malformed JSON"),
    UNAUTHENTICATED("unauthenticated", Status.UNAUTHORIZED, "Perlu masuk", "Authentication required"),
    FORBIDDEN("forbidden", Status.FORBIDDEN, "Tidak diizinkan", "Forbidden"),
    NOT_FOUND("not-found", Status.NOT_FOUND, "Tidak ditemukan", "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", Status.METHOD_NOT_ALLOWED, "Metode tidak didukung", "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", Status.NOT_ACCEPTABLE, "Format tidak tersedia", "Not acceptable"),
    CONFLICT("conflict", Status.CONFLICT, "Konflik", "Conflict"),
    PAYLOAD_TOO_LARGE("payload-too-large", Status.REQUEST_ENTITY_TOO_LARGE, "Data terlalu besar", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", Status.UNSUPPORTED_MEDIA_TYPE,
            "Jenis konten tidak didukung", "Unsupported media type"),
    VALIDATION("validation", null, "Data tidak valid", "Validation failed"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", null,
            "Idempotency-Key dipakai untuk permintaan lain", "Idempotency-Key reused"),
    IN_PROGRESS("in-progress", Status.CONFLICT, "Masih diproses", "Still in progress"),
    ALREADY_SUBMITTED("already-submitted", Status.CONFLICT, "Sudah dikirim hari ini", "Already submitted today"),
    VISIT_UNKNOWN("visit-unknown", Status.NOT_FOUND, "Kode kunjungan tidak dikenal", "Unknown visit code"),
    VISIT_USED("visit-used", Status.CONFLICT, "Kode kunjungan sudah dipakai", "Visit code already used"),
    VISIT_EXPIRED("visit-expired", Status.GONE, "Kode kunjungan kedaluwarsa", "Visit code expired"),
    RATE_LIMITED("rate-limited", Status.TOO_MANY_REQUESTS, "Terlalu banyak permintaan", "Too many requests"),
    POSTING_SUSPENDED("posting-suspended", Status.FORBIDDEN, "Hak menulis ditangguhkan", "Posting suspended"),
    UNAVAILABLE("unavailable", Status.SERVICE_UNAVAILABLE, "Layanan sementara tidak tersedia", "Service unavailable"),
    INTERNAL("internal", Status.INTERNAL_SERVER_ERROR, "Terjadi kesalahan", "Internal error");

    private final String slug;
    private final int status;
    private final String title;
    private final String titleEn;

    ProblemType(String slug, Status status, String title, String titleEn) {
        this.slug = slug;
        // 422 has no constant in jakarta.ws.rs Status.
        this.status = status == null ? 422 : status.getStatusCode();
        this.title = title;
        this.titleEn = titleEn;
    }

    public String uri() {
        return "urn:suarawarga:problem:" + slug;
    }

    public int status() {
        return status;
    }

    /** The title in Indonesian (the default language). */
    public String title() {
        return title;
    }

    public String title(java.util.Locale locale) {
        return id.suarawarga.shared.i18n.Language.isEnglish(locale) ? titleEn : title;
    }

    /** The type a stored problem+json names by its {@code type} URI; BAD_REQUEST for one this portal never wrote. */
    public static ProblemType ofUri(String uri) {
        for (ProblemType t : values()) {
            if (t.uri().equals(uri)) {
                return t;
            }
        }
        return BAD_REQUEST;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
