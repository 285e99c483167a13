package id.suarawarga.counter;

import id.suarawarga.shared.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which visit answers belong together for the appraisal's "one hand" rule (issue 16): the codes of one printed
 * batch answered from one client ({@code batch:<id>|client:<hash>}). A code made on its own is its own group
 * ({@code visit:<id>}): an officer handing out single codes is the normal case, not a batch.
 */
@ApplicationScoped
public class VisitGroups {

    private static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    /** Visit id → its group, for every id that is a visit (others are left out). */
    public Map<Long, String> of(Collection<Long> visitIds) {
        Map<Long, String> groups = new HashMap<>();
        List<Long> ids = new ArrayList<>(visitIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (String[] g : Rows.list(em, "SELECT id, batch_id, used_client FROM visit WHERE id IN (?1)",
                    r -> new String[] {r.string("id"), r.string("batch_id"), r.string("used_client")}, chunk)) {
                groups.put(Long.parseLong(g[0]), g[1] == null ? "visit:" + g[0]
                        : "batch:" + g[1] + "|client:" + (g[2] == null ? "-" : g[2]));
            }
        }
        return groups;
    }
}
