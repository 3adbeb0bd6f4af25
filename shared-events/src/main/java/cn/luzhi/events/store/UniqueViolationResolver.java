package cn.luzhi.events.store;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an append failed on one of the event store's unique constraints (PostgreSQL's SQL state
 * 23505): the aggregate already has an event with that sequence number. Axon then raises a concurrency
 * exception, which the API answers with 409, instead of a storage failure. The PostgreSQL driver reports the
 * violation inside a BatchUpdateException chain, which Axon's stock JDBC resolver does not look into.
 */
public class UniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
