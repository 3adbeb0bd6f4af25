package cn.luzhi.query.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one place where a projection declares the read-model tables it alone writes. A rebuild copies exactly these
 * tables beside the live ones and swaps them in; the reconciliation check compares the rows named here with the
 * event store. A projection without this declaration cannot be rebuilt.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadModelTables {

    /** The tables (in schema {@code read}, named without it), parents before the tables that reference them. */
    String[] value();

    /**
     * Tables with one row per aggregate whose {@code last_global_index} follows every event of that aggregate this
     * projection handles: a row behind the event store means an event was skipped.
     */
    AggregateRows[] aggregateRows() default {};

    /**
     * Event types of which every single event leaves a row keyed by its global index in {@link #eventRowsTable()}
     * (the activity read model): a missing row means the event was skipped.
     */
    Class<?>[] eventRows() default {};

    /** The table holding one row per event of {@link #eventRows()}, keyed by {@code global_index}. */
    String eventRowsTable() default "";

    /**
     * One row per aggregate.
     *
     * @param type  the aggregate type as the event store names it ({@code type} column)
     * @param table the table
     * @param key   the table's column holding the aggregate's id
     */
    @interface AggregateRows {
        String type();

        String table();

        String key();
    }
}
