package id.suarawarga.appraisal.score;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical text of a frozen period, over which its SHA-256 is taken. Plain UTF-8 lines, {@code \n} between
 * them and none at the end, fields in a fixed order, units by id, exclusions by answer id and rule, numbers as
 * plain decimals, "-" for "none". An auditor hashes the stored text with any tool ({@code sha256sum}) and
 * compares; recomputing the period from the stored answers must give the same text (docs/appraisal.md).
 */
public final class SnapshotCanonical {

    public static final String FORMAT = "suarawarga-appraisal-snapshot/1";

    private SnapshotCanonical() {
    }

    /**
     * @param unitCodes  unit id → unit code (carried so the text is readable on its own)
     * @param reinstated keys of exclusions that were reinstated at the time
     */
    public static String text(String periodCode, ScoreParameters p, List<UnitScore> scores,
            Map<Long, String> unitCodes, List<Exclusion> detected, Set<String> reinstated) {
        return text(periodCode, p, scores, unitCodes, detected, reinstated, Channels.NONE);
    }

    /**
     * What a period took from the account-free channels: the origins it counts (HR's choice, all by default) and,
     * per unit, its answers per origin (in {@link Answer.Origin} order), excluded ones included.
     */
    public record Channels(Set<Answer.Origin> counted, Map<Long, long[]> perUnit) {

        public static final Channels NONE = new Channels(EnumSet.allOf(Answer.Origin.class), Map.of());

        /**
         * A period of accounts only that counts every origin writes no channel lines, so its text (and hash) is the
         * one format 1 gave before there were channels: snapshots frozen then still reproduce.
         */
        boolean silent() {
            return counted.size() == Answer.Origin.values().length && perUnit.values().stream()
                    .allMatch(n -> n[1] == 0 && n[2] == 0 && n[3] == 0);
        }
    }

    public static String text(String periodCode, ScoreParameters p, List<UnitScore> scores,
            Map<Long, String> unitCodes, List<Exclusion> detected, Set<String> reinstated, Channels channels) {
        StringBuilder b = new StringBuilder(256 + scores.size() * 320 + detected.size() * 48);
        b.append("format=").append(FORMAT).append('\n');
        b.append("code_version=").append(AppraisalCalculator.VERSION).append('\n');
        b.append("period=").append(periodCode).append('\n');
        b.append(p.canonical()).append('\n');
        if (!channels.silent()) {
            b.append(ChannelRules.DEFAULTS.canonical()).append('\n');
            b.append("inputs.origins_counted=").append(channels.counted().stream().sorted().map(Answer.Origin::code)
                    .toList()).append('\n');
        }
        long answers = 0;
        long excluded = 0;
        for (UnitScore s : scores) {
            answers += s.answers();
            excluded += s.excluded();
        }
        b.append("inputs.answers_counted=").append(answers).append('\n');
        b.append("inputs.answers_excluded=").append(excluded).append('\n');
        for (UnitScore s : scores) {
            b.append("unit=").append(s.unitId()).append('|').append(unitCodes.getOrDefault(s.unitId(), "-"))
                    .append("|region=").append(s.regionId())
                    .append("|answers=").append(s.answers())
                    .append("|excluded=").append(s.excluded())
                    .append("|respondents=").append(s.respondents())
                    .append("|ratings=").append(s.ratings())
                    .append("|ikm=").append(Estimate.text(s.ikm().ikm()))
                    .append("|grade=").append(Estimate.text(s.ikm().grade()))
                    .append("|nrr=").append(s.ikm().nrr().values().stream().map(Estimate::text).toList())
                    .append("|service_users=").append(Estimate.text(s.serviceUsers()))
                    .append("|sample_minimum=").append(Estimate.text(s.sampleMinimum()))
                    .append("|representative=").append(s.representative())
                    .append("|overall{").append(s.overall().canonical()).append('}')
                    .append("|staff{").append(s.staffConduct().canonical()).append('}')
                    .append("|service{").append(s.serviceConditions().canonical()).append('}');
            if (!channels.silent()) {
                long[] n = channels.perUnit().getOrDefault(s.unitId(), new long[4]);
                b.append("|origins=account:").append(n[0]).append(",visit:").append(n[1]).append(",kiosk:")
                        .append(n[2]).append(",paper:").append(n[3]);
            }
            b.append('\n');
        }
        for (Exclusion e : detected) {
            b.append("exclusion=").append(e.answerId()).append('|').append(e.rule().name()).append('|')
                    .append(reinstated.contains(e.key()) ? "reinstated" : "active").append('\n');
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
