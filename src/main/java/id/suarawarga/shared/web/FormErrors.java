package id.suarawarga.shared.web;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Locale;
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

    /** A refusal's reasons by field (the whole form's under {@code form}), in the visitor's language. */
    public static Map<String, String> of(ProblemException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors(locale).forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        if (errors.isEmpty()) {
            errors.put("form", e.detail(locale));
        }
        return errors;
    }
}
