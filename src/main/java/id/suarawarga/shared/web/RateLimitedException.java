package id.suarawarga.shared.web;

/** 429 with {@code Retry-After}: the caller used up a limit and may try again after that many seconds. */
public class RateLimitedException extends ProblemException {

    private final long retryAfterSeconds;

    /** {@code key} and {@code args}: the text saying which limit was reached (ADR 0016). */
    public RateLimitedException(long retryAfterSeconds, String key, Object... args) {
        super(ProblemType.RATE_LIMITED, key, args);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
