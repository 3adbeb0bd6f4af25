package cn.luzhi.query.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads an exported .xlsx back: the first sheet's rows as the texts of their cells, header row first. */
public final class Workbooks {

    private Workbooks() {
    }

    public static List<List<String>> rows(InputStream workbook) throws IOException {
        try (ReadableWorkbook read = new ReadableWorkbook(workbook)) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : read.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getCellCount(); column++) {
                    cells.add(row.getCellText(column));
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
