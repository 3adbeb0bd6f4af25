package cn.luzhi.query.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case list as an Excel download: the rows the list's filter, order and the viewer's scope select, all of them,
 * with the page's columns. A filter that selects more than {@link CaseListProperties#exportMaxRows} rows is
 * refused with a 400 before anything is written, asking to narrow it: a workbook of the whole register is not
 * what a list export is for, and the limit keeps one export from holding a node's memory and a connection long.
 */
@Component
public class CaseListExport {

    private final CaseListProperties properties;

    CaseListExport(CaseListProperties properties) {
        this.properties = properties;
    }

    /** Writes the export of {@code list} to {@code response}, named {@code name} (sheet and file, with the time). */
    @Transactional(readOnly = true)
    public <R, V> void write(HttpServletResponse response, String name, List<ExportColumn<V>> columns,
                             CaseList<R, V> list, Specification<R> where, String sort) throws IOException {
        Sort order = list.order().of(sort);
        long count = list.count(where);
        int max = properties.exportMaxRows();
        if (count > max) {
            throw new InvalidQuery("filter", "符合条件的有 " + count + " 件，一次最多导出 " + max
                    + " 件，请缩小筛选条件（如日期、区域、状态或关键词）后再导出");
        }
        XlsxTable.download(response, name, XlsxTable.CONTENT_TYPE, "xlsx");
        try (XlsxTable<V> table = new XlsxTable<>(response.getOutputStream(), name, columns)) {
            list.forEachChunk(where, order, max, properties.exportChunk(), table::rows);
        }
    }
}
