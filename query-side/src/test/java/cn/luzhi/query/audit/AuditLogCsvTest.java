package cn.luzhi.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditLogCsvTest {

    @Test
    void shouldLeavePlainTextAsItIs() {
        assertThat(AuditLogCsv.cell("代表受理诉求")).isEqualTo("代表受理诉求");
        assertThat(AuditLogCsv.cell(null)).isEmpty();
    }

    @Test
    void shouldQuoteCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(AuditLogCsv.cell("甲,乙")).isEqualTo("\"甲,乙\"");
        assertThat(AuditLogCsv.cell("他说\"好\"")).isEqualTo("\"他说\"\"好\"\"\"");
        assertThat(AuditLogCsv.cell("第一行\r\n第二行")).isEqualTo("\"第一行\r\n第二行\"");
    }

    @Test
    void shouldKeepASpreadsheetFromRunningACellAsAFormula() {
        assertThat(AuditLogCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditLogCsv.cell("+86 123")).isEqualTo("'+86 123");
        assertThat(AuditLogCsv.cell("-2")).isEqualTo("'-2");
        assertThat(AuditLogCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditLogCsv.cell("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(AuditLogCsv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(AuditLogCsv.cell("a=1")).isEqualTo("a=1");
    }
}
