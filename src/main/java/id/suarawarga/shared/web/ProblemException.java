package id.suarawarga.shared.web;

import id.suarawarga.shared.i18n.Language;
import id.suarawarga.shared.i18n.Texts;
import java.util.List;
import java.util.Locale;

/**
 * Thrown by services for an expected failure that the API answers as problem+json and pages show as a message.
 * It carries a text key and its arguments, not a sentence: the API renders it in the {@code Accept-Language}
 * language, a page in the visitor's (ADR 0016). {@link #getMessage()} is the Indonesian text, for logs.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String key;
    private final Object[] args;
    private final List<Field> fields;

    /** One rejected field: its name in the request (e.g. {@code answers.U3}) and why, by text key. */
    public record Field(String field, String key, Object... args) {
        Problem.FieldError in(Locale locale) {
            return new Problem.FieldError(field, Texts.get(locale, key, args));
        }
    }

    public ProblemException(ProblemType type, String key, Object... args) {
        this(type, List.of(), key, args);
    }

    public ProblemException(ProblemType type, List<Field> fields, String key, Object... args) {
        super(Texts.get(Language.INDONESIAN, key, args), null, false, false);
        this.type = type;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
        this.fields = List.copyOf(fields);
    }

    /**
     * A literal detail with literal field messages: how refusals were written before texts had keys. Kept while the
     * features move to keys (ADR 0016); a test fails on any such text that mixes both languages.
     */
    @Deprecated
    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(type, errors.stream().map(f -> new Field(f.field(), f.message())).toList(), detail);
    }

    /** A refusal read back from its problem+json (an idempotent request's stored answer): literal texts. */
    public static ProblemException of(Problem problem) {
        List<Field> fields = problem.errors() == null ? List.of()
                : problem.errors().stream().map(f -> new Field(f.field(), f.message())).toList();
        return new ProblemException(ProblemType.ofUri(problem.type()), fields, problem.detail());
    }

    /** {@code what} is a text key naming the kind of thing ({@code catalogue.what.unit}), {@code id} its id. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "shared.not-found", new Texts.Text(what), id);
    }

    public static ProblemException conflict(String key, String field, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, List.of(new Field(field, key, args)), key, args);
    }

    public static ProblemException invalid(String field, String key, Object... args) {
        return new ProblemException(ProblemType.VALIDATION, List.of(new Field(field, key, args)), key, args);
    }

    public static ProblemException badRequest(String key, Object... args) {
        return new ProblemException(ProblemType.BAD_REQUEST, key, args);
    }

    public ProblemType type() {
        return type;
    }

    public String key() {
        return key;
    }

    /** The detail in one language. */
    public String detail(Locale locale) {
        return Texts.get(locale, key, args);
    }

    /** The rejected fields, their reasons in one language. */
    public List<Problem.FieldError> errors(Locale locale) {
        return fields.stream().map(f -> f.in(locale)).toList();
    }

    /** The rejected fields in Indonesian (the default language). */
    public List<Problem.FieldError> errors() {
        return errors(Language.INDONESIAN);
    }

    public List<Field> fields() {
        return fields;
    }
}
