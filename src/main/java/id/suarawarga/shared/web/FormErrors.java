package id.suarawarga.shared.web;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Field → message, for re-showing a rejected form with what the user typed (pages; the API answers 422). */
public final class FormErrors {

    private FormErrors() {
    }

    public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : violations) {
            String path = v.getPropertyPath().toString();
            errors.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        }
        return errors;
    }

    public static Map<String, String> of(ProblemException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        if (errors.isEmpty()) {
            errors.put("form", e.getMessage());
        }
        return errors;
    }
}
