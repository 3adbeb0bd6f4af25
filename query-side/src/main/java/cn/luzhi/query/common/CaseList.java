package cn.luzhi.query.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * One case type's list, the same way for every type: the rows a filter and the viewer's scope select, in the
 * order of the {@code sort} parameter ({@link ListOrder}), as pages of views or, for an export, as all of them
 * in chunks. The caller's read-only transaction covers it.
 *
 * @param <R> the read-model row
 * @param <V> the view the list answers per row
 */
public final class CaseList<R, V> {

    private final JpaSpecificationExecutor<R> rows;
    private final ListOrder order;
    private final Function<List<R>, List<V>> views;

    /** {@code views} turns a chunk of rows into views at once, so that names are looked up once per chunk. */
    public CaseList(JpaSpecificationExecutor<R> rows, ListOrder order, Function<List<R>, List<V>> views) {
        this.rows = rows;
        this.order = order;
        this.views = views;
    }

    public ListOrder order() {
        return order;
    }

    public ResultPage<V> page(Specification<R> where, int page, int size, String sort) {
        return page(where, page, size, order.of(sort));
    }

    public ResultPage<V> page(Specification<R> where, int page, int size, Sort sort) {
        return ResultPage.of(rows.findAll(where, PageRequest.of(page, size, sort)), views);
    }

    public long count(Specification<R> where) {
        return rows.count(where);
    }

    /** The first {@code limit} rows in {@code sort}'s order, as views, {@code chunk} at a time. */
    public void forEachChunk(Specification<R> where, Sort sort, int limit, int chunk, Consumer<List<V>> out) {
        List<R> found = rows.findAll(where, PageRequest.of(0, limit, sort)).getContent();
        for (int from = 0; from < found.size(); from += chunk) {
            out.accept(views.apply(found.subList(from, Math.min(found.size(), from + chunk))));
        }
    }
}
