package id.suarawarga.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the portal keeps each kind of personal data that expires by itself (UU 27/2022: no longer than its
 * purpose needs). {@link RetentionJob} deletes what is older, once a day. The table in docs/operations.md and the
 * privacy page (/privacy) state the same periods; change them together.
 */
@ConfigMapping(prefix = "suarawarga.retention")
public interface RetentionConfig {

    /**
     * When the purge runs: a Quartz-style cron expression ({@code off} disables it; the test profile does, and
     * tests call {@link RetentionJob#purge()} directly).
     */
    @WithDefault("0 30 2 * * ?")
    String cron();

    /**
     * Stored answers of {@code Idempotency-Key} requests: a retry (an offline form sent again days later) gets the
     * first answer back for this long. 30 days.
     */
    @WithDefault("P30D")
    Duration idempotencyRecords();

    /** In-app notifications, read or not. 180 days. */
    @WithDefault("P180D")
    Duration notifications();

    /** Daily rate-limit counters: only today's counts matter; a week is kept to read abuse after the fact. */
    @WithDefault("P7D")
    Duration rateLimitCounters();

    /**
     * The log of staff access to citizens' personal data: long enough to investigate a breach and to answer a
     * citizen's question about last year. 2 years.
     */
    @WithDefault("P730D")
    Duration staffAccessLog();

    /**
     * The record of a deleted account (Keycloak's subject id only), counted from Keycloak's confirmed removal:
     * while it exists, tokens issued before the deletion are refused. Longer than any token or page session
     * (5 minutes, 10 hours). 7 days.
     */
    @WithDefault("P7D")
    Duration deletedAccounts();

    /** A deleted citizen's forum pseudonym stays taken for this long, then anyone may choose it. 90 days. */
    @WithDefault("P90D")
    Duration pseudonymReservation();
}
