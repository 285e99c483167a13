package id.suarawarga.moderation;

import id.suarawarga.shared.persistence.Rows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The part of a {@link Reportable} that is the same for every feature: an item is one row of the feature's own
 * SELECT (naming only its own tables, ADR 0018), read by column label (ADR 0015), found as it is or locked until
 * the transaction ends. The feature says which row and how it becomes an {@link Item}; moderation runs it.
 */
public abstract class SqlReportable implements Reportable {

    @Inject
    protected EntityManager em;

    private final String type;
    private final String selectById;

    /**
     * @param type the target type in the API
     * @param selectById the item's row, its id bound as {@code ?1}; nothing after the WHERE clause, so that
     *        {@code FOR UPDATE} can follow
     */
    protected SqlReportable(String type, String selectById) {
        this.type = type;
        this.selectById = selectById;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public Optional<Item> lock(long id) {
        return load(id, " FOR UPDATE");
    }

    @Override
    public Optional<Item> find(long id) {
        return load(id, "");
    }

    /** The item of {@code id} from its row. */
    protected abstract Item item(long id, Rows.Row row);

    private Optional<Item> load(long id, String lock) {
        // Not Rows.first: its LIMIT would follow FOR UPDATE.
        return Rows.list(em, selectById + lock, r -> item(id, r), id).stream().findFirst();
    }
}
