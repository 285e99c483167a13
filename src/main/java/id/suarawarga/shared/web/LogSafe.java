package id.suarawarga.shared.web;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Makes user-controlled text safe for one log line: no line breaks (log forging), no terminal escape sequences,
 * bounded. Control characters (C0, DEL, C1 such as CSI 0x9b) and the Unicode line/paragraph separators become
 * {@code \xNN} / {@code \u2028}. Every log statement that may carry a request's text uses it.
 */
public final class LogSafe {

    private static final int MAX = 200;
    /** Exception messages may quote a statement or a value; longer, still bounded. */
    private static final int MAX_EXCEPTION = 1000;
    private static final int MAX_CAUSES = 20;

    private LogSafe() {
    }

    public static String text(String s) {
        return text(s, MAX);
    }

    static String text(String s, int max) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max) + 8);
        for (int i = 0; i < s.length() && sb.length() < max; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= max && s.length() > max) {
            sb.append('…');
        }
        return sb.toString();
    }

    /**
     * A copy of an exception chain for the log: same class names and stack frames, messages escaped. Exception
     * messages quote input ({@code For input string: "…"}, a driver's "Duplicate entry '…'"), and the log prints
     * them whole.
     */
    public static Throwable throwable(Throwable t) {
        return copy(t, new IdentityHashMap<>(), 0);
    }

    private static Throwable copy(Throwable t, Map<Throwable, Throwable> done, int depth) {
        if (t == null || depth > MAX_CAUSES) {
            return null;
        }
        Throwable seen = done.get(t);
        if (seen != null) {
            return seen;
        }
        Escaped e = new Escaped(t);
        done.put(t, e);
        Throwable cause = copy(t.getCause(), done, depth + 1);
        if (cause != null) {
            e.initCause(cause);
        }
        for (Throwable s : t.getSuppressed()) {
            Throwable c = copy(s, done, depth + 1);
            if (c != null) {
                e.addSuppressed(c);
            }
        }
        return e;
    }

    /** Prints as the original ({@code class: message}) with the message escaped, and the original's frames. */
    static final class Escaped extends RuntimeException {

        private final String shown;

        Escaped(Throwable original) {
            super(original.getMessage() == null ? null : text(original.getMessage(), MAX_EXCEPTION));
            this.shown = original.getClass().getName() + (getMessage() == null ? "" : ": " + getMessage());
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String toString() {
            return shown;
        }
    }
}
