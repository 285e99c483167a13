package id.suarawarga.feedback;

/**
 * Reading posted form fields into the API's types. A value that is not a number is read as absent, so that the
 * validation the API runs names the field rather than the page failing on it.
 */
final class FormValues {

    private FormValues() {
    }

    static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long id(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A checkbox is sent only when ticked, whatever its value. */
    static boolean checked(String checkbox) {
        return checkbox != null && !checkbox.isBlank();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
