package cn.luzhi.query.rebuild;

import cn.luzhi.query.common.ReadModelTables;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * The read models of this node, found from the projection beans themselves: each processing group (one streaming
 * processor) with its projection beans and the tables they declare in {@link ReadModelTables}. Looked up lazily,
 * because the projections are ordinary beans that must exist before anyone asks.
 */
@Component
public class ReadModelCatalog {

    private final ApplicationContext context;
    private volatile Map<String, ReadModel> readModels;

    ReadModelCatalog(ApplicationContext context) {
        this.context = context;
    }

    /**
     * One processor's read model.
     *
     * @param processor   the processing group, which is also the streaming processor's name
     * @param projections the projection beans of the group
     * @param tables      every table they declare, parents first
     * @param declared    whether every projection of the group declares its tables; if not, the read model can
     *                    be neither rebuilt, reconciled nor replayed into a scratch schema
     */
    public record ReadModel(String processor, List<Object> projections, List<String> tables, boolean declared) {

        /** Declaration of each projection class, for the reconciliation check. */
        public List<ReadModelTables> declarations() {
            return projections.stream().map(ReadModelCatalog::declaration).toList();
        }

        /** Fresh Axon adapters around the same projection beans the live processor calls. */
        public List<AnnotationEventHandlerAdapter> handlers() {
            return projections.stream().map(AnnotationEventHandlerAdapter::new).toList();
        }
    }

    public Collection<ReadModel> all() {
        return readModels().values();
    }

    public Optional<ReadModel> find(String processor) {
        return Optional.ofNullable(readModels().get(processor));
    }

    /** The read models whose projections all declare their tables. */
    public List<ReadModel> declared() {
        return all().stream().filter(ReadModel::declared).toList();
    }

    /** Every table of every declared read model: what a replay into a scratch schema needs for the cockpit. */
    public List<String> allTables() {
        return declared().stream().flatMap(model -> model.tables().stream()).toList();
    }

    private Map<String, ReadModel> readModels() {
        Map<String, ReadModel> found = readModels;
        if (found == null) {
            found = new TreeMap<>();
            Map<String, List<Object>> byGroup = new TreeMap<>();
            for (Object bean : context.getBeansWithAnnotation(ProcessingGroup.class).values()) {
                ProcessingGroup group = AnnotationUtils.findAnnotation(AopUtils.getTargetClass(bean),
                        ProcessingGroup.class);
                byGroup.computeIfAbsent(group.value(), ignored -> new ArrayList<>()).add(bean);
            }
            for (Map.Entry<String, List<Object>> group : byGroup.entrySet()) {
                Set<String> tables = new LinkedHashSet<>();
                boolean declared = true;
                for (Object projection : group.getValue()) {
                    ReadModelTables declaration = declaration(projection);
                    if (declaration == null) {
                        declared = false;
                    } else {
                        tables.addAll(List.of(declaration.value()));
                    }
                }
                found.put(group.getKey(), new ReadModel(group.getKey(), List.copyOf(group.getValue()),
                        List.copyOf(tables), declared));
            }
            readModels = found;
        }
        return found;
    }

    static ReadModelTables declaration(Object projection) {
        return AnnotationUtils.findAnnotation(AopUtils.getTargetClass(projection), ReadModelTables.class);
    }

    /** The payload types a projection has an {@code @EventHandler} for. */
    public static List<Class<?>> handledTypes(Object projection) {
        List<Class<?>> types = new ArrayList<>();
        for (Method method : AopUtils.getTargetClass(projection).getDeclaredMethods()) {
            if (method.isAnnotationPresent(EventHandler.class) && method.getParameterCount() > 0) {
                types.add(method.getParameterTypes()[0]);
            }
        }
        return types;
    }
}
