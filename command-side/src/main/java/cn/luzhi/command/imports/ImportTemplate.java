package cn.luzhi.command.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The template of one import: the first sheet holds the headers only (required ones marked *), so that nothing
 * an administrator forgets to delete gets imported; the second explains each column with an example.
 */
final class ImportTemplate {

    private ImportTemplate() {
    }

    static void write(RowPlanner planner, OutputStream out) {
        List<Column> layout = planner.layout();
        try {
            Workbook workbook = new Workbook(out, "Luzhi", "1.0");
            Worksheet sheet = workbook.newWorksheet(planner.title());
            for (int column = 0; column < layout.size(); column++) {
                Column c = layout.get(column);
                sheet.value(0, column, c.header() + (c.required() ? "*" : ""));
                sheet.width(column, 18);
                // Text format, so that Excel keeps leading zeros and long codes as typed.
                sheet.range(1, column, 1000, column).style().format("@").set();
            }
            sheet.range(0, 0, 0, layout.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            Worksheet notes = workbook.newWorksheet("说明");
            notes.value(0, 0, "列");
            notes.value(0, 1, "必填");
            notes.value(0, 2, "说明");
            notes.value(0, 3, "示例");
            for (int row = 0; row < layout.size(); row++) {
                Column c = layout.get(row);
                notes.value(row + 1, 0, c.header());
                notes.value(row + 1, 1, c.required() ? "是" : "否");
                notes.value(row + 1, 2, c.note());
                notes.value(row + 1, 3, c.example());
            }
            notes.value(layout.size() + 2, 0, "只导入第一张工作表；请勿使用公式或合并单元格；再次导入同一文件不会重复登记。");
            notes.width(2, 60);
            notes.range(0, 0, 0, 3).style().bold().set();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
