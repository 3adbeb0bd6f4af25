package cn.luzhi.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a sheet: headers in any order, values typed as text or as numbers and dates, empty rows skipped. */
class ImportSheetTest {

    private static final Column NUMBER = Column.required("届次", "", "");
    private static final Column DATE = Column.required("开设日期", "", "");
    private static final Column NOTE = Column.optional("备注", "", "");

    @Test
    void shouldReadNumbersAndDatesTypedAsTextOrAsNumbers() {
        byte[] file = ImportFiles.xlsx(sheet -> {
            sheet.value(0, 0, "开设日期*");
            sheet.value(0, 1, "届次");
            sheet.value(1, 0, LocalDate.of(2024, 3, 1));
            sheet.style(1, 0).format("yyyy-mm-dd").set();
            sheet.value(1, 1, new BigDecimal("18"));
            sheet.value(3, 0, "2024年3月2日");
            sheet.value(3, 1, "第18届");
        });
        ImportSheet sheet = ImportSheet.read(file, List.of(NUMBER, DATE, NOTE), new ImportProperties(null, null));

        assertThat(sheet.rows()).extracting(ImportSheet.SheetRow::number).containsExactly(2, 4);
        RowReader first = new RowReader(sheet.rows().get(0));
        RowReader second = new RowReader(sheet.rows().get(1));
        assertThat(first.date(DATE)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(first.integer(NUMBER)).isEqualTo(18);
        assertThat(second.date(DATE)).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(second.integer(NUMBER)).isEqualTo(18);
        assertThat(second.text(NOTE)).isNull();
        assertThat(first.errors()).isEmpty();
        assertThat(second.errors()).isEmpty();
    }
}
