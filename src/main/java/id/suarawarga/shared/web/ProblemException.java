package id.suarawarga.shared.web;

import java.util.List;

/** Thrown by services for an expected failure that the API answers as problem+json and pages show as a message. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** A refusal read back from its problem+json (an idempotent request's stored answer), to be handled anew. */
    public static ProblemException of(Problem problem) {
        return new ProblemException(ProblemType.ofUri(problem.type()), problem.detail(),
                problem.errors() == null ? List.of() : problem.errors());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " tidak ditemukan / not found");
    }

    public static ProblemException conflict(String detail, String field) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.BAD_REQUEST, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
