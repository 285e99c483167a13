package id.suarawarga.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN per kind of problem (see {@link ProblemType}), so
 * clients can branch on it; {@code errors} names the offending fields of a rejected request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: its JSON path (e.g. {@code answers.U3}) and a human-readable reason. */
    public record FieldError(String field, String message) {
    }
}
