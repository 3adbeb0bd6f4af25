package cn.luzhi.command.web;

import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.AggregateConfiguration;
import org.springframework.stereotype.Component;

/**
 * Which kind of record (aggregate class) the id in a command route's path names: the aggregate that handles the
 * commands of the route's collection. A route whose command no aggregate handles (showing a petition's people in
 * full) names a record of its collection's kind all the same; a collection no aggregate holds (personal data) has
 * no kind. Derived from the route tables and Axon's aggregates, so a new route or aggregate needs no entry here.
 */
@Component
class RecordKinds {

    private final List<CommandRoutes> routeTables;
    private final org.axonframework.config.Configuration axon;
    private volatile Map<String, Class<?>> byCollection;

    RecordKinds(List<CommandRoutes> routeTables, org.axonframework.config.Configuration axon) {
        this.routeTables = routeTables;
        this.axon = axon;
    }

    /** The aggregate class of the records the route acts on, or null when no aggregate holds them. */
    Class<?> of(CommandRoute route) {
        Map<String, Class<?>> known = byCollection;
        if (known == null) {
            // Read once Axon has registered its aggregates, which is after this bean is built.
            known = kindsByCollection();
            byCollection = known;
        }
        return known.get(route.collection());
    }

    private Map<String, Class<?>> kindsByCollection() {
        Map<Class<?>, Class<?>> aggregateOfCommand = new HashMap<>();
        for (AggregateConfiguration<?> aggregate : axon.findModules(AggregateConfiguration.class)) {
            Class<?> type = aggregate.aggregateType();
            Stream.<Executable>concat(Arrays.stream(type.getDeclaredConstructors()),
                            Arrays.stream(type.getDeclaredMethods()))
                    .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                    .filter(handler -> handler.getParameterCount() > 0)
                    .forEach(handler -> aggregateOfCommand.put(handler.getParameterTypes()[0], type));
        }
        Map<String, Class<?>> kinds = new HashMap<>();
        routeTables.stream().flatMap(table -> table.routes().stream()).forEach(route -> {
            Class<?> aggregate = aggregateOfCommand.get(route.commandType());
            Class<?> earlier = aggregate == null ? null : kinds.putIfAbsent(route.collection(), aggregate);
            if (earlier != null && earlier != aggregate) {
                throw new IllegalStateException("The routes of /api/" + route.collection() + " act on both "
                        + earlier.getSimpleName() + " and " + aggregate.getSimpleName());
            }
        });
        return Map.copyOf(kinds);
    }
}
