package id.suarawarga.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configurable list of words that hold a post for review instead of publishing it ({@code banned_word},
 * managed by admins). Matched as whole words, case-insensitively, after folding accents, so "JUDI" or "júdi"
 * is caught as "judi" and "judicial" is not.
 */
@ApplicationScoped
public class BannedWords {

    @Inject
    EntityManager em;

    /** The first banned word the text contains. */
    public Optional<String> find(String... texts) {
        @SuppressWarnings("unchecked")
        List<String> words = em.createNativeQuery("SELECT word FROM banned_word").getResultList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder all = new StringBuilder();
        for (String t : texts) {
            if (t != null) {
                all.append(' ').append(t);
            }
        }
        String folded = fold(all.toString());
        for (String w : words) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(w)) + "(?![\\p{L}\\p{N}])").matcher(folded).find()) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    @Transactional
    public List<String> list() {
        @SuppressWarnings("unchecked")
        List<String> words = em.createNativeQuery("SELECT word FROM banned_word ORDER BY word").getResultList();
        return new ArrayList<>(words);
    }

    /** Replaces the list. */
    @Transactional
    public List<String> replace(List<String> words) {
        em.createNativeQuery("DELETE FROM banned_word").executeUpdate();
        for (String w : words.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList()) {
            em.createNativeQuery("INSERT INTO banned_word (word) VALUES (?1)").setParameter(1, w).executeUpdate();
        }
        return list();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
