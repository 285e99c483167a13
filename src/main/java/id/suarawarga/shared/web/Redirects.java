package id.suarawarga.shared.web;

/** Redirect targets that come from the user ({@code next=}) must stay on this site (no open redirect). */
public final class Redirects {

    private Redirects() {
    }

    public static String localPath(String next, String fallback) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return fallback;
        }
        return next;
    }
}
