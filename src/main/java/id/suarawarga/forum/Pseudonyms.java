package id.suarawarga.forum;

import id.suarawarga.forum.ForumViews.ProfileView;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Citizens appear in the forums under a pseudonym they choose, never their real name or email. A pseudonym is
 * 3-30 ASCII letters, digits, '.', '_' or '-' starting with a letter (no look-alike letters from other scripts,
 * no markup, no direction tricks), unique regardless of case, not a staff-sounding name, and may be changed once
 * per {@code suarawarga.forum.pseudonym-change-days} (30). The first choice is not a change (a typo in it can be
 * fixed at once): {@code pseudonym_changed_at} stays null until the first change, and the 30 days run from the
 * latest change. Choosing the first one records when the portal first saw the account, which is what "new
 * account" limits count from.
 */
@ApplicationScoped
public class Pseudonyms {

    static final Pattern SHAPE = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{2,29}");
    static final Set<String> RESERVED = Set.of("admin", "administrator", "moderator", "moderasi", "petugas", "officer",
            "suarawarga", "system", "sistem", "bkpsdm", "pemda", "bupati", "walikota", "anonim", "anonymous");

    @Inject
    EntityManager em;

    @Inject
    ForumConfig config;

    record Profile(String pseudonym, Instant createdAt, Instant changedAt, boolean isNew) {
    }

    /** The caller's forum profile; {@code isNew} when first seen under a day ago or with no accepted post. */
    @Transactional
    Optional<Profile> find(String username) {
        return Rows.list(em, """
                SELECT pseudonym, created_at, pseudonym_changed_at,
                       created_at > NOW(6) - INTERVAL 1 DAY
                       OR NOT EXISTS (SELECT 1 FROM forum_post p WHERE p.author = f.username AND p.status = 'PUBLISHED')
                       AS is_new
                FROM forum_profile f WHERE username = ?1""", r -> new Profile(r.string("pseudonym"), r.instant("created_at"),
                r.instant("pseudonym_changed_at"), r.bool("is_new")), username).stream().findFirst();
    }

    @Transactional
    public Optional<ProfileView> view(String username) {
        return find(username).map(this::view);
    }

    private ProfileView view(Profile p) {
        return new ProfileView(p.pseudonym(), p.changedAt(),
                p.changedAt() == null ? null : p.changedAt().plus(Duration.ofDays(config.pseudonymChangeDays())));
    }

    /** Chooses or changes the caller's pseudonym. The same name again changes nothing. */
    @Transactional
    public ProfileView choose(String username, String wanted) {
        String pseudonym = validate(wanted);
        Optional<Row> mine = Rows.list(em, """
                SELECT pseudonym, pseudonym_changed_at > NOW(6) - INTERVAL ?2 DAY AS changed_recently FROM forum_profile
                WHERE username = ?1 FOR UPDATE""", Function.identity(), username, config.pseudonymChangeDays())
                .stream().findFirst();
        if (mine.isPresent() && pseudonym.equals(mine.get().string("pseudonym"))) {
            return view(find(username).orElseThrow());
        }
        if (mine.isPresent() && mine.get().bool("changed_recently")) {
            throw new ProblemException(ProblemType.CONFLICT, List.of(new ProblemException.Field("pseudonym", "too-soon")),
                    "forum.pseudonym-too-soon", config.pseudonymChangeDays());
        }
        Number taken = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM forum_profile WHERE pseudonym = ?1 AND username <> ?2")
                .setParameter(1, pseudonym).setParameter(2, username).getSingleResult();
        if (taken.intValue() > 0) {
            throw taken();
        }
        try {
            em.createNativeQuery("""
                    INSERT INTO forum_profile (username, pseudonym, pseudonym_changed_at) VALUES (?1, ?2, NULL)
                    ON DUPLICATE KEY UPDATE pseudonym = VALUES(pseudonym), pseudonym_changed_at = NOW(6)""")
                    .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
            em.flush();
        } catch (RuntimeException e) {
            if (isDuplicate(e)) {
                throw taken();
            }
            throw e;
        }
        return view(find(username).orElseThrow());
    }

    /** The pseudonym as it will be stored, or 422 naming what is wrong. */
    static String validate(String wanted) {
        String p = wanted == null ? "" : wanted.strip();
        if (!SHAPE.matcher(p).matches()) {
            throw ProblemException.invalid("pseudonym", "forum.pseudonym-shape");
        }
        String lower = p.toLowerCase(Locale.ROOT);
        for (String r : RESERVED) {
            if (lower.contains(r)) {
                throw ProblemException.invalid("pseudonym", "forum.pseudonym-official");
            }
        }
        return p;
    }

    private static ProblemException taken() {
        return ProblemException.conflict("forum.pseudonym-taken", "pseudonym");
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
