package id.suarawarga.appraisal.score;

import java.time.Duration;

/**
 * The brigading rules' thresholds for the account-free channels (visit codes, counter kiosks, paper batches). Fixed
 * in code and written into a snapshot whenever a period has answers from those channels, so a recomputation uses
 * the same values.
 *
 * @param kioskRun            answers in a row on one kiosk that are looked at together (5)
 * @param kioskSecondsEach    a person needs at least this long per answer at a kiosk; a run of {@code kioskRun}
 *                            answers within {@code (kioskRun - 1) × kioskSecondsEach} is faster than people (30 s)
 * @param visitGroupMin       answers of one visit-code batch used from one client that make a group (5)
 * @param visitWindow         ... within this window (10 min): a batch of codes answered by one hand
 * @param paperMinSheets      a paper batch is judged for uniformity from this many sheets (10)
 * @param paperUniformPercent share of identical answer rows in a paper batch that is implausible (90 %)
 */
public record ChannelRules(int kioskRun, int kioskSecondsEach, int visitGroupMin, Duration visitWindow,
        int paperMinSheets, int paperUniformPercent) {

    public static final ChannelRules DEFAULTS = new ChannelRules(5, 30, 5, Duration.ofMinutes(10), 10, 90);

    /** One line per threshold, in a fixed order: part of the canonical snapshot text of a period with channels. */
    public String canonical() {
        return "param.kiosk_run=" + kioskRun + "\n"
                + "param.kiosk_seconds_each=" + kioskSecondsEach + "\n"
                + "param.visit_group_min=" + visitGroupMin + "\n"
                + "param.visit_window_s=" + visitWindow.toSeconds() + "\n"
                + "param.paper_min_sheets=" + paperMinSheets + "\n"
                + "param.paper_uniform_pct=" + paperUniformPercent;
    }
}
