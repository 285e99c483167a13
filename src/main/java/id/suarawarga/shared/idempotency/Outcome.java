package id.suarawarga.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.suarawarga.shared.web.Problem;
import java.util.Optional;

/**
 * How a request under an {@code Idempotency-Key} ended (ADR 0017): this request did the work ({@link Created}),
 * or it repeats one that was answered before and gets that answer ({@link Replayed} for a success,
 * {@link Refused} for a kept refusal). A refusal of this very request is not an outcome: it stays a thrown
 * {@link id.suarawarga.shared.web.ProblemException}, as everywhere else. {@link Idempotency#answer} turns an
 * outcome into the API's answer; a page asks {@link #created(Class)} and {@link #refusal()} and redirects or shows
 * the form again.
 *
 * @param <T> what the work creates (the body of a success)
 */
public sealed interface Outcome<T> permits Outcome.Created, Outcome.Replayed, Outcome.Refused {

    /** The HTTP status the API answers with. */
    int status();

    /** This request did the work: what it created, a status (201) and optionally where it lives. */
    record Created<T>(int status, T body, String location) implements Outcome<T> {
        public static <T> Created<T> of(T body, String location) {
            return new Created<>(201, body, location);
        }
    }

    /** A repeat of a request that succeeded: its stored answer, exactly as stored. */
    record Replayed<T>(int status, String body, String location) implements Outcome<T> {
    }

    /** A repeat of a request that was refused: the stored problem, and its stored text for the API. */
    record Refused<T>(Problem problem, String body, String location) implements Outcome<T> {
        @Override
        public int status() {
            return problem.status();
        }
    }

    /**
     * What was created, now or by the first request with this key; empty for a kept refusal. {@code type} is the
     * work's own result type: a stored success is read back as it, by the same key and scope that stored it.
     */
    default Optional<T> created(Class<T> type) {
        if (this instanceof Created<T> c) {
            return Optional.of(c.body());
        }
        if (this instanceof Replayed<T> r) {
            return Optional.of(Stored.read(r.body(), type));
        }
        return Optional.empty();
    }

    /** The kept refusal a repeat got; empty when something was created. */
    default Optional<Problem> refusal() {
        return this instanceof Refused<T> r ? Optional.of(r.problem()) : Optional.empty();
    }
}

/** Reads stored answers back: they were written by the application's mapper from the same types. */
final class Stored {
    private static final ObjectMapper READER = JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Stored() {
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return READER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent answer is not a " + type.getSimpleName(), e);
        }
    }
}
