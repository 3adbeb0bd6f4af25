package cn.luzhi.query.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list as the API answers it (Spring Data's own page type is not a stable JSON format).
 *
 * @param items         the rows of this page
 * @param page          the page number, from 0
 * @param size          the page size asked for
 * @param totalElements the number of rows on all pages
 * @param totalPages    the number of pages
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    /** The highest page number a list accepts: beyond it the row offset (page × size) would overflow an int. */
    public static final int LAST_PAGE = 1_000_000;

    public static <R, T> ResultPage<T> of(Page<R> page, Function<List<R>, List<T>> toViews) {
        return new ResultPage<>(toViews.apply(page.getContent()), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
