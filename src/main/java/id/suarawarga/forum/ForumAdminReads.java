package id.suarawarga.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What the forum admin page reads beyond {@link ForumService}'s category view: the position a category is listed
 * at (the public view does not show it, the edit form does).
 */
@ApplicationScoped
public class ForumAdminReads {

    @Inject
    EntityManager em;

    /** The category's position among its region's forums (0 when unknown). */
    public int position(long categoryId) {
        Long p = ForumSql.lng(em, "SELECT position FROM forum_category WHERE id = ?1", categoryId);
        return p == null ? 0 : p.intValue();
    }
}
