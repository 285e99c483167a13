package id.suarawarga.shared.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What a form shows: the values as typed (strings) and the errors by field, so a rejected form keeps its input. */
public record FormState(Map<String, String> values, Map<String, String> errors) {

    public static FormState empty() {
        return new FormState(Map.of(), Map.of());
    }

    public static FormState of(Map<String, String> values) {
        return new FormState(values, Map.of());
    }

    /** Hidden field of a creating form: the Idempotency-Key its POST is sent under. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    /**
     * A creating form with a new idempotency key: a new form, or one shown again after a refusal (that key's
     * answer is stored, so a resend needs another).
     */
    public static FormState withNewKey(Map<String, String> values, Map<String, String> errors) {
        Map<String, String> m = new HashMap<>(values);
        m.put(IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        return new FormState(m, errors);
    }

    public static FormState withNewKey(Map<String, String> values) {
        return withNewKey(values, Map.of());
    }

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }
}
