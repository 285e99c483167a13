package id.suarawarga.shared.web;

import java.util.Map;

/** What a form shows: the values as typed (strings) and the errors by field, so a rejected form keeps its input. */
public record FormState(Map<String, String> values, Map<String, String> errors) {

    public static FormState empty() {
        return new FormState(Map.of(), Map.of());
    }

    public static FormState of(Map<String, String> values) {
        return new FormState(values, Map.of());
    }

    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }
}
