package cn.luzhi.query.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes audit log rows as an Office Open XML workbook (.xlsx), streaming: each chunk of rows is flushed to the
 * response before the next is read, so an export of 100,000 events never sits in memory whole. Every cell is a
 * text cell, so a reason that looks like a formula is never evaluated.
 */
final class AuditLogWorkbook implements AutoCloseable {

    private final Workbook workbook;
    private final Worksheet sheet;
    private int nextRow;

    AuditLogWorkbook(OutputStream stream) {
        workbook = new Workbook(stream, "Luzhi", "1.0");
        sheet = workbook.newWorksheet("审计日志");
        List<AuditLogColumns.Column> columns = AuditLogColumns.ALL;
        for (int column = 0; column < columns.size(); column++) {
            sheet.value(0, column, columns.get(column).header());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        nextRow = 1;
    }

    void rows(List<AuditLogEntry> entries) {
        List<AuditLogColumns.Column> columns = AuditLogColumns.ALL;
        for (AuditLogEntry entry : entries) {
            for (int column = 0; column < columns.size(); column++) {
                String value = columns.get(column).value().apply(entry);
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
