package id.suarawarga.shared.web;

/**
 * A bounded page request: {@code page} from 0, {@code size} from 1 and capped at {@link #MAX_SIZE} so that no
 * list can be pulled whole. Parsed from raw strings so that "abc" or "-1" answer 400 problem+json rather than
 * the framework's 404 for unconvertible query parameters.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deep pages cost a full scan in MySQL (OFFSET); nobody browses past this. */
    public static final int MAX_PAGE = 10_000;

    public static PageRequest of(String page, String size) {
        int p = parse("page", page, 0);
        int s = parse("size", size, DEFAULT_SIZE);
        if (p < 0 || p > MAX_PAGE) {
            throw ProblemException.invalid("page", "shared.page-range", MAX_PAGE);
        }
        if (s < 1) {
            throw ProblemException.invalid("size", "shared.size-min");
        }
        return new PageRequest(p, Math.min(s, MAX_SIZE));
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, Math.min(size, MAX_SIZE));
    }

    private static int parse(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "shared.not-integer", name);
        }
    }

    public int offset() {
        return page * size;
    }
}
