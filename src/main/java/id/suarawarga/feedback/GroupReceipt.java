package id.suarawarga.feedback;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a questionnaire stored by the group commit ({@link SurveyGroupCommit}) writes besides its row, when it is not
 * an account's idempotency record: for a visit code, marking the code used (counter/Visits). The feature that owns
 * those rows writes them, in the batch's transaction, for all receipts of its kind at once.
 */
public interface GroupReceipt {

    /** Writes receipts of one kind. */
    interface Writer {
        /**
         * Writes these receipts on the batch's connection, inside its transaction. Throwing sends the whole batch
         * back to the ordinary path (nothing of it is committed).
         */
        void write(Connection c, List<GroupReceipt> receipts) throws SQLException;
    }

    /** The writer of this receipt's kind (the same instance for all receipts of a kind). */
    Writer writer();
}
