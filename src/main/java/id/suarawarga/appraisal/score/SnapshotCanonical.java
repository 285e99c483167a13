package id.suarawarga.appraisal.score;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        StringBuilder b = new StringBuilder(256 + scores.size() * 320 + detected.size() * 48);
        b.append("format=").append(FORMAT).append('\n');
        b.append("code_version=").append(AppraisalCalculator.VERSION).append('\n');
        b.append("period=").append(periodCode).append('\n');
        b.append(p.canonical()).append('\n');
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
                    .append("|service{").append(s.serviceConditions().canonical()).append('}')
                    .append('\n');
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
