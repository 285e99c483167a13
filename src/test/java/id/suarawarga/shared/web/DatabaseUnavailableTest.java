package id.suarawarga.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures ErrorMappers answers with 503 "unavailable" (retry) rather than 500 (a bug). The real outage is
 * DatabaseRestartIT; this pins the shapes it met.
 */
class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainIsAnOutage() {
        assertTrue(ErrorMappers.databaseUnavailable(new RuntimeException(
                new SQLException("Communications link failure", "08S01", new ConnectException("Connection refused")))));
        assertTrue(ErrorMappers.databaseUnavailable(new IllegalStateException(
                new SQLNonTransientConnectionException("No operations allowed after connection closed."))));
        assertTrue(ErrorMappers.databaseUnavailable(new SQLException("Server shutdown in progress", "HY000", 1053)));
        assertTrue(ErrorMappers.databaseUnavailable(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void aCommitCutOffByTheOutageCountsThoughOnlyItsSuppressedExceptionSaysSo() {
        // Narayana: RollbackException("Could not commit transaction") with the XAException attached as suppressed.
        RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("Communications link failure", "08S01"));
        commit.addSuppressed(xa);
        assertTrue(ErrorMappers.databaseUnavailable(new RuntimeException(commit)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ErrorMappers.databaseUnavailable(new RuntimeException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(ErrorMappers.databaseUnavailable(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertFalse(ErrorMappers.databaseUnavailable(new NullPointerException()));
        RuntimeException loop = new RuntimeException("self-suppressing");
        loop.addSuppressed(new RuntimeException(loop));
        assertFalse(ErrorMappers.databaseUnavailable(loop));
    }
}
