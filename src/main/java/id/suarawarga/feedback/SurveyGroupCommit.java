package id.suarawarga.feedback;

import id.suarawarga.feedback.FeedbackService.SurveyRow;
import id.suarawarga.feedback.FeedbackViews.Created;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Group commit for questionnaires, the busiest write of the portal (issue 4's throughput goal, docs/benchmarks.md
 * §1, ADR 0013), used by {@link SurveySubmissions} for the API and the survey page alike. Each request thread hands its row over and waits; one writer thread
 * takes everything that has arrived meanwhile (up to {@link #MAX_BATCH}) and stores it in one transaction: one
 * multi-row INSERT of the {@code feedback} rows, one of their {@code idempotency_record} answers, one COMMIT. A
 * request is answered 201 only after that commit, so an answer always means a stored row, as before.
 *
 * <p>Nothing is decided here that the ordinary path ({@link Idempotency#executeAnswerAfter} around
 * {@link FeedbackService#submitSurvey}) would decide differently: a request comes here only when its key is
 * well-formed and its service, questionnaire and answers are known good from memory, and whenever the batch's
 * transaction fails for any reason (the one-per-day key, an idempotency key already stored, a lost connection, a
 * lock wait, a visit code answered meanwhile), every request of the batch goes back to the ordinary path, which stores it, replays the stored
 * answer, refuses it, or reports the database unavailable exactly as it always has. Under light load a batch is
 * one request; under heavy load it is as many as arrived while the previous batch was committing, so nobody
 * waits for a batch to fill. Questionnaires of an account-free channel (a visit code) go in the same batches, with
 * their channel's {@link GroupReceipt} (the code marked used) in place of an idempotency answer.
 */
@ApplicationScoped
public class SurveyGroupCommit {

    private static final Logger LOG = Logger.getLogger(SurveyGroupCommit.class);

    /** At most this many questionnaires per transaction (64 × 24 parameters stays far below MySQL's 65,535). */
    static final int MAX_BATCH = 64;

    /** Seconds a request waits for its batch before answering "still in progress" (its key then replays it). */
    static final long WAIT_SECONDS = 30;

    /** The answer that sends a request back to the ordinary path. */
    private static final Outcome<Created> ORDINARY_PATH = Outcome.Created.of(null, null);

    /** An account's questionnaire carries its idempotency answer ({@code receipt} null), a channel's its receipt. */
    private record Pending(String principal, String key, String scope, String hash, SurveyRow row,
            GroupReceipt receipt, CompletableFuture<Outcome<Created>> answer) {
    }

    @ConfigProperty(name = "suarawarga.feedback.group-commit", defaultValue = "true")
    boolean enabled;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Idempotency idempotency;

    @Inject
    MeterRegistry meters;

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(4 * MAX_BATCH);
    private volatile boolean running;
    private Thread writer;
    /** Committed transactions, the questionnaires in them, and the requests sent back to the ordinary path. */
    private Counter batches;
    private Counter stored;
    private Counter sentBack;

    /** What the counters say so far (also on {@code /q/metrics} as {@code suarawarga_survey_group_*}). */
    record Counts(double commits, double questionnaires, double sentBack) {
    }

    Counts counts() {
        return new Counts(batches.count(), stored.count(), sentBack.count());
    }

    void start(@Observes StartupEvent event) {
        batches = meters.counter("suarawarga.survey.group.commits");
        stored = meters.counter("suarawarga.survey.group.questionnaires");
        sentBack = meters.counter("suarawarga.survey.group.sent.back");
        if (!enabled) {
            return;
        }
        running = true;
        writer = new Thread(this::writeUntilStopped, "survey-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.interrupt();
            writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
        sendBack(drain());
    }

    /**
     * Stores the questionnaire with the others that arrived meanwhile and answers 201 once they are committed;
     * empty when this request must take the ordinary path instead (see the class comment).
     */
    Optional<Outcome<Created>> submit(String principal, String key, String scope, String hash, SurveyRow row) {
        return enqueue(new Pending(principal, key, scope, hash, row, null, new CompletableFuture<>()));
    }

    /**
     * A questionnaire of an account-free channel (a visit code): its row and, in the same transaction, its
     * {@code receipt}; empty when it must take the channel's ordinary path.
     */
    Optional<Outcome<Created>> submit(SurveyRow row, GroupReceipt receipt) {
        return enqueue(new Pending(null, null, null, null, row, receipt, new CompletableFuture<>()));
    }

    private Optional<Outcome<Created>> enqueue(Pending pending) {
        if (!running) {
            return Optional.empty();
        }
        if (!queue.offer(pending)) {
            return Optional.empty(); // the writer is behind (the database is slow or away): no queueing past it
        }
        try {
            Outcome<Created> answer = pending.answer().get(WAIT_SECONDS, TimeUnit.SECONDS);
            return answer == ORDINARY_PATH ? Optional.empty() : Optional.of(answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the survey was being stored", e);
        } catch (ExecutionException | TimeoutException e) {
            // Still queued or still committing: the ordinary path meets its row (if it commits) through the key.
            return Optional.empty();
        }
    }

    private void writeUntilStopped() {
        while (running) {
            List<Pending> batch = new ArrayList<>(MAX_BATCH);
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                write(batch);
            } catch (SQLException | RuntimeException e) {
                LOG.debugf(e, "Group commit of %d questionnaires failed; each takes the ordinary path", batch.size());
                sendBack(batch);
            }
        }
    }

    private void write(List<Pending> batch) throws SQLException {
        List<Outcome<Created>> answers = new ArrayList<>(batch.size());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Long> ids = insertRows(c, batch);
                List<Idempotency.Done> done = new ArrayList<>(batch.size());
                Map<GroupReceipt.Writer, List<GroupReceipt>> receipts = new LinkedHashMap<>();
                for (int i = 0; i < batch.size(); i++) {
                    Outcome.Created<Created> created = Outcome.Created.of(new Created(ids.get(i)), null);
                    Pending p = batch.get(i);
                    if (p.receipt() == null) {
                        done.add(new Idempotency.Done(p.principal(), p.key(), p.scope(), p.hash(), created));
                    } else {
                        receipts.computeIfAbsent(p.receipt().writer(), w -> new ArrayList<>()).add(p.receipt());
                    }
                    answers.add(created);
                }
                if (!done.isEmpty()) {
                    idempotency.insertDone(c, done);
                }
                for (Map.Entry<GroupReceipt.Writer, List<GroupReceipt>> r : receipts.entrySet()) {
                    r.getKey().write(c, r.getValue());
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        batches.increment();
        stored.increment(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(answers.get(i));
        }
    }

    /** One INSERT for the whole batch; the ids in the batch's order. */
    private static List<Long> insertRows(Connection c, List<Pending> batch) throws SQLException {
        StringBuilder sql = new StringBuilder(SurveyRow.INSERT);
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(SurveyRow.VALUES);
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString(), Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).row().bind(ps, 1 + i * SurveyRow.PARAMETERS);
            }
            ps.executeUpdate();
            if (batch.size() == 1) {
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return List.of(keys.getLong(1));
                }
            }
        }
        return idsByDedupeKey(c, batch);
    }

    /**
     * The ids of a multi-row INSERT, read back by their unique one-per-day keys rather than inferred from the
     * first generated id: whether InnoDB hands one statement consecutive ids depends on its lock mode.
     */
    private static List<Long> idsByDedupeKey(Connection c, List<Pending> batch) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT dedupe_key, id FROM feedback WHERE dedupe_key IN (");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        Map<String, Long> byKey = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < batch.size(); i++) {
                ps.setString(i + 1, batch.get(i).row().dedupeKey());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byKey.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        List<Long> ids = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            Long id = byKey.get(p.row().dedupeKey());
            if (id == null) {
                throw new SQLException("Inserted survey row not found by its dedupe key");
            }
            ids.add(id);
        }
        return ids;
    }

    private List<Pending> drain() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        return left;
    }

    private void sendBack(List<Pending> batch) {
        sentBack.increment(batch.size());
        batch.forEach(p -> p.answer().complete(ORDINARY_PATH));
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback after a failed group commit failed too", e);
        }
    }
}
