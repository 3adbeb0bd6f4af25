package cn.luzhi.query.audit;

import cn.luzhi.query.common.ExportColumn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes audit log rows as CSV that Excel opens correctly: UTF-8 with a byte order mark (without it Excel reads
 * the Chinese as the local ANSI code page), CRLF line ends and RFC 4180 quoting. A cell that a spreadsheet would
 * take for a formula ({@code = + - @}, tab, carriage return first) gets a leading apostrophe, so a reason typed
 * as {@code =HYPERLINK(...)} stays text (CSV injection).
 */
final class AuditLogCsv implements AutoCloseable {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private final Writer out;

    AuditLogCsv(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        write(BOM);
        line(AuditLogColumns.ALL.stream().map(ExportColumn::header).toList());
    }

    void rows(List<AuditLogEntry> entries) {
        for (AuditLogEntry entry : entries) {
            line(AuditLogColumns.ALL.stream().map(column -> column.value().apply(entry)).toList());
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                write(",");
            }
            write(cell(cells.get(i)));
        }
        write(CRLF);
    }

    /** One field: neutralised if it could start a formula, quoted when it holds a quote, comma or line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsFormula(value) ? "'" + value : value;
        if (text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean startsFormula(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
