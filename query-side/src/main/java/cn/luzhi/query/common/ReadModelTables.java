package cn.luzhi.query.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one place where a projection declares the read-model tables it alone writes. A rebuild copies exactly these
 * tables beside the live ones and swaps them in; the reconciliation check compares the rows named here with the
 * event store: what each row claims to have applied with the events the store holds, and a case row's fields with
 * the state its events fold to. A projection without this declaration cannot be rebuilt.
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
     * (the activity read model): a missing row means the event was skipped, a row at an index whose event is not
     * one of these types (or not the one named by {@link #eventRowsEventId()} or {@link #eventRowsAggregate()})
     * holds an event under the wrong index. {@code Object.class} stands for every event of the store.
     */
    Class<?>[] eventRows() default {};

    /**
     * Event types of which an event leaves a row in {@link #eventRowsTable()} only when it carries what counts
     * (a petition submitted at a station): no row is missing when one has none, but a row may name one.
     */
    Class<?>[] eventRowsOptional() default {};

    /** The table holding one row per event of {@link #eventRows()}, keyed by {@code global_index}. */
    String eventRowsTable() default "";

    /** The column of {@link #eventRowsTable()} naming the event's identifier, if it has one. */
    String eventRowsEventId() default "";

    /** The column of {@link #eventRowsTable()} naming the event's aggregate, if it has one. */
    String eventRowsAggregate() default "";

    /**
     * One row per aggregate. Its {@code last_global_index} must be the global index of one of the aggregate's own
     * {@link #events()}, and not below the latest of them.
     *
     * @param type   the aggregate type as the event store names it ({@code type} column)
     * @param table  the table
     * @param key    the table's column holding the aggregate's id
     * @param events the event types that move the row; empty for every type the projection handles
     * @param optional whether an aggregate may have no row at all (the projection writes one only when an event
     *               carries the value it keeps); a row it has is checked all the same
     * @param folded columns holding a field of the case's state as its history folds it from its events (the
     *               field's key in snake case: {@code status}, {@code region_id}); the row must hold the state
     *               folded up to its {@code last_global_index}
     */
    @interface AggregateRows {
        String type();

        String table();

        String key();

        Class<?>[] events() default {};

        boolean optional() default false;

        String[] folded() default {};
    }
}
