package id.suarawarga.feedback;

import id.suarawarga.feedback.FeedbackViews.ElementResult;
import id.suarawarga.feedback.FeedbackViews.IkmView;
import id.suarawarga.feedback.skm.ElementTotals;
import id.suarawarga.feedback.skm.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a results page shows for one period: the index as {@link IkmService} computed it, the geometry of the two
 * server-drawn SVG bar charts (NRR per element, IKM over the last periods) and the links to other periods.
 * Geometry only: every figure comes from {@link IkmView}, nothing is recomputed here.
 *
 * @param badPeriod the {@code ?period=} text that could not be read (the current quarter is shown instead), or null
 */
public record ResultsView(IkmView ikm, String period, String periodLabel, String badPeriod, List<PeriodLink> kinds,
        PeriodLink previous, PeriodLink next, NrrChart nrr, TrendChart trend) {

    /** How many periods the trend shows, the selected one last. */
    static final int TREND_PERIODS = 4;

    /** A link to a period: its canonical value for {@code ?period=}, its label, and whether it is the one shown. */
    public record PeriodLink(String value, String label, Period.Kind kind, boolean current) {
    }

    /** One bar of the NRR chart; coordinates in the SVG's user units. */
    public record ElementBar(String code, String label, BigDecimal nrr, int y, int width, int textX, int textY) {
    }

    /** A vertical grid line with its scale value (1–4). */
    public record Tick(int value, int x) {
    }

    public record NrrChart(int width, int height, int pad, int left, int barHeight, int plotBottom, int tickY,
            List<ElementBar> bars, List<Tick> ticks) {
    }

    /** One period of the trend; {@code ikm} is null when nobody answered in it (shown as "—"). */
    public record TrendRow(String period, String label, long respondents, BigDecimal ikm, String grade,
            String gradeLabel, int labelY, int barY, int width, int textX, int textY) {
    }

    public record TrendChart(int width, int height, int left, int barHeight, List<TrendRow> rows) {
    }

    // NRR chart: element codes on the left, bars on a 0–4 scale, the value written after each bar.
    static final int CHART_WIDTH = 320;
    static final int PAD = 8;
    static final int LABEL_WIDTH = 42;
    static final int PLOT_WIDTH = 228;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 18;
    static final int TOP = 4;
    static final int AXIS_HEIGHT = 20;

    // Trend chart: the period's name above its bar, IKM on a 0–100 scale.
    static final int TREND_PLOT_WIDTH = 244;
    static final int TREND_ROW_HEIGHT = 44;
    static final int TREND_BAR_HEIGHT = 16;

    /**
     * @param period    the period shown
     * @param ikmOf     the index of the service or unit for a period (called once per trend period)
     * @param english   labels in English rather than Bahasa Indonesia
     * @param today     today in Jakarta, for the links to the current periods and to stop "next" at the present
     * @param badPeriod the unreadable {@code ?period=} text, or null
     */
    static ResultsView of(Period period, Function<Period, IkmView> ikmOf, boolean english, LocalDate today,
            String badPeriod) {
        List<Period> periods = lastPeriods(period);
        List<IkmView> views = new ArrayList<>();
        for (Period p : periods) {
            views.add(ikmOf.apply(p));
        }
        IkmView current = views.get(views.size() - 1);

        List<PeriodLink> kinds = new ArrayList<>();
        for (Period.Kind kind : Period.Kind.values()) {
            Period p = Period.containing(today, kind);
            kinds.add(new PeriodLink(p.toString(), label(p, english), kind, kind == period.kind()));
        }
        PeriodLink previous = null;
        if (period.year() > Period.MIN_YEAR || period.number() > 1) {
            Period p = period.previous();
            previous = new PeriodLink(p.toString(), label(p, english), p.kind(), false);
        }
        PeriodLink next = null;
        if (period.endExclusive().isBefore(today.plusDays(1)) && period.year() < Period.MAX_YEAR) {
            Period p = period.next();
            next = new PeriodLink(p.toString(), label(p, english), p.kind(), false);
        }
        return new ResultsView(current, period.toString(), label(period, english), badPeriod, kinds, previous, next,
                nrrChart(current), trendChart(periods, views, english));
    }

    /** Up to {@link #TREND_PERIODS} periods of the same kind ending with {@code period}, oldest first. */
    static List<Period> lastPeriods(Period period) {
        List<Period> periods = new ArrayList<>();
        Period p = period;
        periods.add(0, p);
        while (periods.size() < TREND_PERIODS && (p.year() > Period.MIN_YEAR || p.number() > 1)) {
            p = p.previous();
            periods.add(0, p);
        }
        return periods;
    }

    static NrrChart nrrChart(IkmView ikm) {
        List<ElementBar> bars = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, ElementResult> e : ikm.elements().entrySet()) {
            BigDecimal nrr = e.getValue().nrr();
            int y = TOP + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            int width = nrr == null ? 0 : scale(nrr, ElementTotals.MAX_SCORE, PLOT_WIDTH);
            bars.add(new ElementBar(e.getKey(), e.getValue().label(), nrr, y, width, LABEL_WIDTH + width + 4,
                    y + BAR_HEIGHT - 4));
            row++;
        }
        int plotBottom = TOP + row * ROW_HEIGHT;
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= ElementTotals.MAX_SCORE; v++) {
            ticks.add(new Tick(v, LABEL_WIDTH + v * PLOT_WIDTH / ElementTotals.MAX_SCORE));
        }
        return new NrrChart(CHART_WIDTH, plotBottom + AXIS_HEIGHT, PAD, LABEL_WIDTH, BAR_HEIGHT, plotBottom,
                plotBottom + 14, bars, ticks);
    }

    static TrendChart trendChart(List<Period> periods, List<IkmView> views, boolean english) {
        List<TrendRow> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            IkmView v = views.get(i);
            int top = TOP + i * TREND_ROW_HEIGHT;
            int width = v.ikm() == null ? 0 : scale(v.ikm(), 100, TREND_PLOT_WIDTH);
            rows.add(new TrendRow(periods.get(i).toString(), label(periods.get(i), english), v.respondents(), v.ikm(),
                    v.grade(), v.gradeLabel(), top + 13, top + 19, width, PAD + (v.ikm() == null ? 0 : width + 4),
                    top + 19 + TREND_BAR_HEIGHT - 3));
        }
        return new TrendChart(CHART_WIDTH, TOP + rows.size() * TREND_ROW_HEIGHT, PAD, TREND_BAR_HEIGHT, rows);
    }

    /** {@code value / max × length}, rounded to whole units (the SVG is scaled to the screen anyway). */
    private static int scale(BigDecimal value, int max, int length) {
        return value.multiply(BigDecimal.valueOf(length)).divide(BigDecimal.valueOf(max), 0, RoundingMode.HALF_UP)
                .intValue();
    }

    static String label(Period p, boolean english) {
        return english ? p.labelEn() : p.labelId();
    }
}
