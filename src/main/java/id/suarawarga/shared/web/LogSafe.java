package id.suarawarga.shared.web;

/** Makes user-controlled text safe for one log line: no CR/LF (log forging), control chars escaped, bounded. */
public final class LogSafe {

    private static final int MAX = 200;

    private LogSafe() {
    }

    public static String text(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX) + 8);
        for (int i = 0; i < s.length() && sb.length() < MAX; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (s.length() > MAX) {
            sb.append('…');
        }
        return sb.toString();
    }
}
