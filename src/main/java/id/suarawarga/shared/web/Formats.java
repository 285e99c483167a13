package id.suarawarga.shared.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers and dates in the page's language: {@code {ikm.decimal(2)}} gives 88,31 in Bahasa Indonesia and 88.31 in
 * English; {@code {count.grouped}} 1.000 / 1,000; {@code {instant.dateTime}} in Jakarta time. The locale is the one
 * {@link UiContext#page} put on the template.
 */
@TemplateExtension
public final class Formats {

    /** Dates are shown on the calendar the SKM periods are counted in (WIB). */
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Formats() {
    }

    static String decimal(BigDecimal value, int scale, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (value == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat(scale > 0 ? "#,##0." + "0".repeat(scale) : "#,##0",
                DecimalFormatSymbols.getInstance(locale(locale)));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    static String grouped(Number value, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return value == null ? "—" : NumberFormat.getIntegerInstance(locale(locale)).format(value);
    }

    static String dateTime(Instant instant, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(locale)).withZone(ZONE).format(instant);
    }

    static Locale locale(Object attribute) {
        if (attribute instanceof Locale l) {
            return l;
        }
        return attribute == null ? UiContext.INDONESIAN : Locale.forLanguageTag(attribute.toString());
    }
}
