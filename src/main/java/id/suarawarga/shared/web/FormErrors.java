package id.suarawarga.shared.web;

import id.suarawarga.shared.i18n.Texts;
import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Field → message, for re-showing a rejected form with what the user typed (pages; the API answers 422). */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * The constraint violations of a form by field, in the page's language: the built-in constraints (required,
     * length, range) in the portal's own words (texts/shared*.properties), so that a page never shows Hibernate
     * Validator's English defaults ("must not be blank") or a language other than its own; the portal's own
     * constraints ({@code message = "{key}"}) as interpolated.
     */
    public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : violations) {
            String path = v.getPropertyPath().toString();
            errors.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), message(v, locale));
        }
        return errors;
    }

    static String message(ConstraintViolation<?> v, Locale locale) {
        Map<String, Object> a = v.getConstraintDescriptor().getAttributes();
        return switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> Texts.get(locale, "shared.v-required");
            case "Size" -> Texts.get(locale, "shared.v-size", a.get("min"), a.get("max"));
            case "Min", "DecimalMin" -> Texts.get(locale, "shared.v-min", a.get("value"));
            case "Max", "DecimalMax" -> Texts.get(locale, "shared.v-max", a.get("value"));
            case "Email" -> Texts.get(locale, "shared.v-email");
            default -> v.getMessage();
        };
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
