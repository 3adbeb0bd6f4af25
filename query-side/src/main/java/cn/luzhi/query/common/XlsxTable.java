package cn.luzhi.query.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes rows as an Office Open XML workbook (.xlsx) of one sheet with a bold, frozen header row, streaming: each
 * chunk of rows is flushed to the response before the next is read, so a large export never sits in memory whole.
 * Every cell is a text cell, so a text that looks like a formula is never evaluated.
 */
public final class XlsxTable<T> implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Beijing time, as the pages show it. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ChinaTime.ZONE);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ChinaTime.ZONE);

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<ExportColumn<T>> columns;
    private int nextRow;

    public XlsxTable(OutputStream stream, String sheetName, List<ExportColumn<T>> columns) {
        this.columns = columns;
        workbook = new Workbook(stream, "Luzhi", "1.0");
        sheet = workbook.newWorksheet(sheetName);
        for (int column = 0; column < columns.size(); column++) {
            sheet.value(0, column, columns.get(column).header());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        nextRow = 1;
    }

    /**
     * Answers {@code response} as a download of a file named {@code name} and the Beijing time (审计日志-20261122-100000.xlsx),
     * the name in UTF-8 (RFC 5987).
     */
    public static void download(HttpServletResponse response, String name, String contentType, String extension) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + "-" + FILE_TIME.format(Instant.now()) + "." + extension, StandardCharsets.UTF_8)
                .build().toString());
    }

    /** A point in time as the pages show it, Beijing time; null for none. */
    public static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    public void rows(List<T> rows) {
        for (T row : rows) {
            for (int column = 0; column < columns.size(); column++) {
                String value = columns.get(column).value().apply(row);
                if (value != null) {
                    sheet.value(nextRow, column, value);
                }
            }
            nextRow++;
        }
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
