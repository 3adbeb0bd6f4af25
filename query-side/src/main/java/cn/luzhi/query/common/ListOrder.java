package cn.luzhi.query.common;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Sort;

/**
 * The order a case list's {@code sort} parameter asks for, the same for every list: a sortable column ascending
 * ({@code sort=replyDueAt}) or descending ({@code sort=-replyDueAt}), ties broken by the case id so that pages never
 * overlap; the list's own default when absent. Any other column is refused with a 400 naming {@code sort}.
 */
public final class ListOrder {

    private final Set<String> sortable;
    private final String idColumn;
    private final Sort byDefault;

    private ListOrder(Set<String> sortable, String idColumn, Sort byDefault) {
        this.sortable = sortable;
        this.idColumn = idColumn;
        this.byDefault = byDefault;
    }

    /** A list sortable by {@code columns}, with {@code defaultOrder} (then the id ascending) when none is asked. */
    public static ListOrder of(String idColumn, Sort.Order defaultOrder, String... columns) {
        return new ListOrder(Set.copyOf(List.of(columns)), idColumn,
                Sort.by(defaultOrder, Sort.Order.asc(idColumn)));
    }

    public Set<String> sortable() {
        return sortable;
    }

    /** The list's default order: what a list without {@code sort} shows. */
    public Sort byDefault() {
        return byDefault;
    }

    public Sort of(String sort) {
        if (sort == null || sort.isBlank()) {
            return byDefault;
        }
        boolean descending = sort.startsWith("-");
        String column = descending ? sort.substring(1) : sort;
        if (!sortable.contains(column)) {
            throw new InvalidQuery("sort", "不能按此列排序，可选：" + String.join("、", new TreeSet<>(sortable)));
        }
        Sort.Order order = descending ? Sort.Order.desc(column) : Sort.Order.asc(column);
        return column.equals(idColumn) ? Sort.by(order) : Sort.by(order, Sort.Order.asc(idColumn));
    }
}
