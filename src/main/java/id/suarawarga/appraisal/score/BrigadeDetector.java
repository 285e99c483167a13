package id.suarawarga.appraisal.score;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds answers that look like a coordinated campaign (brigading) rather than ordinary service users. Three
 * rules, each deterministic (same answers, same parameters → same exclusions), so that a frozen period can be
 * recomputed to the same hash:
 * <ol>
 *   <li>{@link ExclusionRule#BURST_NEW_ACCOUNTS}: on one unit, at least T answers from fresh accounts (first
 *       answer on the platform at most {@code freshAccountAge} earlier) fall within one window of
 *       {@code burstWindow}: every fresh-account answer in such a window is excluded. T = max(burstMinAnswers,
 *       ⌈E + 5√E⌉), where E is what the other units make ordinary: the unit's answers in that window times the
 *       share of fresh accounts among the other units' answers in the same window. A small office rarely sees
 *       ten newcomers in a day, so ten at once is a campaign; but when the whole portal fills with newcomers
 *       (a launch, a radio spot), a busy hospital's many new accounts are no campaign.</li>
 *   <li>{@link ExclusionRule#NEAR_DUPLICATE_COMMENT}: comments on one unit whose word sets overlap by at least
 *       {@code duplicateSimilarity} % (Jaccard), written by at least {@code duplicateMinAuthors} different
 *       accounts: every comment of the group is excluded. Comments shorter than four words are not compared,
 *       because "pelayanan bagus" from many people is not a campaign.</li>
 *   <li>{@link ExclusionRule#RAPID_MULTI_UNIT}: one account answers about at least {@code rapidMinUnits} different
 *       units within {@code rapidWindow}: every answer of that account in such a window is excluded, since nobody
 *       is served by five offices in ten minutes.</li>
 * </ol>
 * And three for the account-free channels ({@link ChannelRules}), which the account rules do not judge (a channel's
 * answers are never "a new account" and each has its own author):
 * <ol>
 *   <li>{@link ExclusionRule#KIOSK_TOO_FAST}: {@code kioskRun} answers in a row on one kiosk within
 *       {@code (kioskRun - 1) × kioskSecondsEach}: every answer of such a run is excluded.</li>
 *   <li>{@link ExclusionRule#VISIT_BATCH_ONE_HAND}: at least {@code visitGroupMin} codes of one printed batch used
 *       from one client within {@code visitWindow}: every answer of such a window is excluded.</li>
 *   <li>{@link ExclusionRule#PAPER_UNIFORM}: a paper batch of at least {@code paperMinSheets} sheets of which at
 *       least {@code paperUniformPercent} % carry the very same nine answers: every sheet of the batch is
 *       excluded.</li>
 * </ol>
 * Excluded answers are never deleted; the caller lists them and HR or a moderator may reinstate one.
 */
public final class BrigadeDetector {

    static final int MIN_WORDS = 4;

    private BrigadeDetector() {
    }

    /** Every (answer, rule) that fires, sorted by answer id then rule. */
    public static List<Exclusion> detect(List<Answer> answers, ScoreParameters p) {
        return detect(answers, p, ChannelRules.DEFAULTS);
    }

    public static List<Exclusion> detect(List<Answer> answers, ScoreParameters p, ChannelRules c) {
        TreeSet<Exclusion> out = new TreeSet<>();
        Timeline all = new Timeline(answers, p.freshAccountAge());
        Map<Long, List<Answer>> byUnit = new HashMap<>();
        Map<String, List<Answer>> byAuthor = new HashMap<>();
        for (Answer a : answers) {
            byUnit.computeIfAbsent(a.unitId(), k -> new ArrayList<>()).add(a);
            byAuthor.computeIfAbsent(a.authorSub(), k -> new ArrayList<>()).add(a);
        }
        for (List<Answer> unitAnswers : byUnit.values()) {
            unitAnswers.sort(BY_TIME);
            bursts(unitAnswers, p, all, out);
            duplicates(unitAnswers, p, out);
        }
        for (List<Answer> authorAnswers : byAuthor.values()) {
            if (authorAnswers.size() >= p.rapidMinUnits()) {
                authorAnswers.sort(BY_TIME);
                rapid(authorAnswers, p, out);
            }
        }
        Map<String, List<Answer>> byChannel = new HashMap<>();
        for (Answer a : answers) {
            if (a.origin() != Answer.Origin.ACCOUNT && a.channel() != null) {
                byChannel.computeIfAbsent(a.origin().name() + "|" + a.channel(), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<Answer> channel : byChannel.values()) {
            channel.sort(BY_TIME);
            switch (channel.get(0).origin()) {
                case KIOSK -> run(channel, c.kioskRun(), Duration.ofSeconds((long) (c.kioskRun() - 1) * c.kioskSecondsEach()),
                        ExclusionRule.KIOSK_TOO_FAST, c.kioskRun() + " answers on one kiosk within "
                                + (c.kioskRun() - 1) * c.kioskSecondsEach() + " s", out);
                case VISIT -> run(channel, c.visitGroupMin(), c.visitWindow(), ExclusionRule.VISIT_BATCH_ONE_HAND,
                        c.visitGroupMin() + " codes of one batch answered from one client within "
                                + c.visitWindow().toMinutes() + " min", out);
                case PAPER -> uniform(channel, c, out);
                default -> { }
            }
        }
        return List.copyOf(out);
    }

    /** Every answer of a time-sorted channel that lies in some {@code n} consecutive answers within {@code span}. */
    private static void run(List<Answer> sorted, int n, Duration span, ExclusionRule rule, String detail,
            Set<Exclusion> out) {
        if (sorted.size() < n) {
            return;
        }
        long limit = span.toMillis();
        boolean[] mark = new boolean[sorted.size()];
        for (int end = n - 1; end < sorted.size(); end++) {
            int start = end - n + 1;
            long took = sorted.get(end).createdAt().toEpochMilli() - sorted.get(start).createdAt().toEpochMilli();
            if (took <= limit) {
                Arrays.fill(mark, start, end + 1, true);
            }
        }
        for (int i = 0; i < mark.length; i++) {
            if (mark[i]) {
                out.add(new Exclusion(sorted.get(i).id(), rule, detail));
            }
        }
    }

    /** A paper batch whose most common row of nine answers fills {@code paperUniformPercent} % of its sheets. */
    private static void uniform(List<Answer> batch, ChannelRules c, Set<Exclusion> out) {
        List<Answer> sheets = batch.stream().filter(Answer::isSurvey).toList();
        if (sheets.size() < c.paperMinSheets()) {
            return;
        }
        Map<String, Integer> rows = new HashMap<>();
        int most = 0;
        for (Answer a : sheets) {
            most = Math.max(most, rows.merge(Arrays.toString(a.elements()), 1, Integer::sum));
        }
        if (most * 100L >= (long) c.paperUniformPercent() * sheets.size()) {
            String detail = most + " of " + sheets.size() + " sheets of one paper batch carry identical answers";
            for (Answer a : sheets) {
                out.add(new Exclusion(a.id(), ExclusionRule.PAPER_UNIFORM, detail));
            }
        }
    }

    private static final Comparator<Answer> BY_TIME =
            Comparator.comparing(Answer::createdAt).thenComparingLong(Answer::id);

    static boolean fresh(Answer a, Duration age) {
        return a.authorFirstSeen() != null
                && !a.authorFirstSeen().plus(age).isBefore(a.createdAt());
    }

    /** The burst threshold T when E fresh answers would be ordinary in the window. */
    public static int burstThreshold(double expected, ScoreParameters p) {
        return Math.max(p.burstMinAnswers(), (int) Math.ceil(expected + 5 * Math.sqrt(Math.max(0, expected))));
    }

    /** Answer times in order with a running count of fresh ones, to count any time span in O(log n). */
    static final class Timeline {
        final long[] times;
        final int[] freshBefore;

        Timeline(List<Answer> answers, Duration freshAge) {
            // time * 2 + fresh: one primitive sort instead of sorting objects
            long[] keys = new long[answers.size()];
            for (int i = 0; i < keys.length; i++) {
                Answer a = answers.get(i);
                keys[i] = a.createdAt().toEpochMilli() * 2 + (fresh(a, freshAge) ? 1 : 0);
            }
            Arrays.sort(keys);
            times = new long[keys.length];
            freshBefore = new int[keys.length + 1];
            for (int i = 0; i < keys.length; i++) {
                times[i] = Math.floorDiv(keys[i], 2);
                freshBefore[i + 1] = freshBefore[i] + (int) Math.floorMod(keys[i], 2);
            }
        }

        /** {all, fresh} answers with a time in [from, to]. */
        int[] count(long from, long to) {
            int a = lowerBound(from);
            int b = lowerBound(to + 1);
            return new int[] {b - a, freshBefore[b] - freshBefore[a]};
        }

        private int lowerBound(long t) {
            int lo = 0;
            int hi = times.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (times[mid] < t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static void bursts(List<Answer> sorted, ScoreParameters p, Timeline all, Set<Exclusion> out) {
        List<Answer> fresh = sorted.stream().filter(a -> fresh(a, p.freshAccountAge())).toList();
        if (fresh.size() < p.burstMinAnswers()) {
            return;
        }
        Timeline unit = new Timeline(sorted, p.freshAccountAge());
        long window = p.burstWindow().toMillis();
        // cover[i] > 0 when fresh answer i lies in some window holding >= T fresh answers
        int[] diff = new int[fresh.size() + 1];
        int start = 0;
        for (int end = 0; end < fresh.size(); end++) {
            long t = fresh.get(end).createdAt().toEpochMilli();
            while (t - fresh.get(start).createdAt().toEpochMilli() > window) {
                start++;
            }
            int count = end - start + 1;
            if (count < p.burstMinAnswers()) {
                continue;
            }
            long from = t - window;
            int[] own = unit.count(from, t);
            int[] everyone = all.count(from, t);
            int othersAll = everyone[0] - own[0];
            int othersFresh = everyone[1] - own[1];
            double share = othersAll == 0 ? 0 : (double) othersFresh / othersAll;
            if (count >= burstThreshold(own[0] * share, p)) {
                diff[start]++;
                diff[end + 1]--;
            }
        }
        int cover = 0;
        for (int i = 0; i < fresh.size(); i++) {
            cover += diff[i];
            if (cover > 0) {
                out.add(new Exclusion(fresh.get(i).id(), ExclusionRule.BURST_NEW_ACCOUNTS,
                        "burst of answers from accounts younger than " + p.freshAccountAge().toDays()
                                + " d within " + p.burstWindow().toHours() + " h, far above the portal's share of newcomers"));
            }
        }
    }

    private static void duplicates(List<Answer> sorted, ScoreParameters p, Set<Exclusion> out) {
        List<Set<String>> leaders = new ArrayList<>();
        List<List<Answer>> groups = new ArrayList<>();
        double threshold = p.duplicateSimilarity() / 100.0;
        for (Answer a : sorted) {
            Set<String> words = words(a.comment());
            if (words.size() < MIN_WORDS) {
                continue;
            }
            int found = -1;
            for (int g = 0; g < leaders.size() && found < 0; g++) {
                if (jaccard(words, leaders.get(g)) >= threshold) {
                    found = g;
                }
            }
            if (found < 0) {
                leaders.add(words);
                groups.add(new ArrayList<>(List.of(a)));
            } else {
                groups.get(found).add(a);
            }
        }
        for (List<Answer> group : groups) {
            long authors = group.stream().map(Answer::authorSub).distinct().count();
            if (authors >= p.duplicateMinAuthors()) {
                for (Answer a : group) {
                    out.add(new Exclusion(a.id(), ExclusionRule.NEAR_DUPLICATE_COMMENT,
                            "near-identical comment from " + authors + " accounts"));
                }
            }
        }
    }

    private static void rapid(List<Answer> sorted, ScoreParameters p, Set<Exclusion> out) {
        long window = p.rapidWindow().toMillis();
        Map<Long, Integer> units = new HashMap<>();
        boolean[] mark = new boolean[sorted.size()];
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            long t = sorted.get(end).createdAt().toEpochMilli();
            units.merge(sorted.get(end).unitId(), 1, Integer::sum);
            while (t - sorted.get(start).createdAt().toEpochMilli() > window) {
                units.computeIfPresent(sorted.get(start).unitId(), (u, c) -> c == 1 ? null : c - 1);
                start++;
            }
            if (units.size() >= p.rapidMinUnits()) {
                Arrays.fill(mark, start, end + 1, true);
            }
        }
        for (int i = 0; i < mark.length; i++) {
            if (mark[i]) {
                out.add(new Exclusion(sorted.get(i).id(), ExclusionRule.RAPID_MULTI_UNIT,
                        "account answered about ≥ " + p.rapidMinUnits() + " units within "
                                + p.rapidWindow().toMinutes() + " min"));
            }
        }
    }

    /** Lower-case words of letters and digits; punctuation, case and spacing do not make a comment different. */
    static Set<String> words(String comment) {
        if (comment == null || comment.isBlank()) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (String w : comment.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
