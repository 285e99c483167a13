package id.suarawarga.appraisal;

import id.suarawarga.appraisal.score.Answer;
import id.suarawarga.feedback.AnswersForAppraisal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every answer of a period to the given units (a regency's), as the calculation takes them; feedback streams the rows
 * ({@link AnswersForAppraisal}, docs/benchmarks.md).
 *
 * <p>Also finds when each author gave their first answer on the platform, which is how the brigading rules
 * recognise a new account: the first answer is the author's smallest id (ids follow time). Its time is known from
 * the period's own rows, or from the few days before the period; an author whose first answer is older than that
 * is simply "not new" ({@link Instant#EPOCH}), which gives the same verdicts as the exact time and keeps the
 * computation reproducible.
 */
@ApplicationScoped
public class PeriodAnswers {

    @Inject
    AnswersForAppraisal feedback;

    /**
     * The period's answers to {@code units}. An author's first answer is looked for among every unit's rows, so that
     * "a new account" means new on the platform, whichever regency it answered first.
     */
    public List<Answer> load(LocalDate from, LocalDate endExclusive, Duration freshAccountAge, Set<Long> units) {
        Map<String, Long> firstIds = feedback.firstAnswerIds();
        Map<String, Instant> firstSeen = new HashMap<>();
        List<Answer> answers = new ArrayList<>(1024);
        LocalDate lookBack = from.minusDays(freshAccountAge.toDays() + 2);
        // In id order an author's first answer comes before all their others, so one pass knows its time.
        feedback.forEach(lookBack, from, endExclusive, row -> {
            long id = row.id();
            String author = row.authorSub();
            Instant at = row.createdAt();
            Long first = firstIds.get(author);
            if (first != null && first == id && "ACCOUNT".equals(row.origin())) {
                firstSeen.put(author, at);
            }
            if (row.inPeriod() && units.contains(row.unitId())) {
                Answer a = answer(row, id, author, at, firstSeen.getOrDefault(author, Instant.EPOCH));
                String origin = row.origin();
                if (!"ACCOUNT".equals(origin)) {
                    // the channel's binding; a visit's group (its code batch and client) is filled in by the caller
                    a = a.via(Answer.Origin.valueOf(origin), Long.toString(row.originRef()));
                }
                answers.add(a);
            }
        });
        return answers;
    }

    private static Answer answer(AnswersForAppraisal.Cursor row, long id, String author, Instant at, Instant firstSeen)
            throws SQLException {
        String comment = row.comment();
        if (comment != null && comment.isBlank()) {
            comment = null;
        }
        if (row.element(1) > 0) {
            byte[] e = new byte[Answer.ELEMENTS];
            for (int i = 0; i < Answer.ELEMENTS; i++) {
                e[i] = (byte) row.element(i + 1);
            }
            return new Answer(id, row.unitId(), row.regionId(), author, at, firstSeen, e, 0, comment);
        }
        return new Answer(id, row.unitId(), row.regionId(), author, at, firstSeen, null, row.stars(), comment);
    }
}
