package cn.luzhi.command.imports;

import cn.luzhi.command.web.InvalidCommand;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an uploaded .xlsx as header-keyed rows, or a Chinese refusal of the whole file. Before the
 * workbook is parsed, every part of the zip is read once through a byte budget (a zip bomb or a sheet padded with
 * millions of empty rows is refused before it fills memory) and the sheets are scanned for merged cells. Formulas
 * are refused rather than read by their cached value: a cached value may be stale or absent (a file written by a
 * program that does not calculate), and a register must hold what the administrator saw and typed.
 */
final class ImportSheet {

    static final String FILE = "file";
    private static final int MAX_ZIP_ENTRIES = 1000;
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** One data row: its number as Excel shows it (1-based) and its non-empty cells by column header. */
    record SheetRow(int number, Map<String, Cell> cells) {
    }

    private final List<String> headers;
    private final List<SheetRow> rows;

    private ImportSheet(List<String> headers, List<SheetRow> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    List<String> headers() {
        return headers;
    }

    List<SheetRow> rows() {
        return rows;
    }

    static ImportSheet read(byte[] bytes, List<Column> layout, ImportProperties limits) {
        checkSignature(bytes);
        scanParts(bytes, limits.maxUnzippedSize().toBytes());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            return fromRows(stream.iterator(), layout, limits.maxRows());
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw refused("文件已损坏或不是有效的 Excel（.xlsx）工作簿，无法读取");
        }
    }

    private static ImportSheet fromRows(Iterator<Row> iterator, List<Column> layout, int maxRows) {
        Map<Integer, String> headerAt = null;
        List<String> headers = new ArrayList<>();
        List<SheetRow> rows = new ArrayList<>();
        while (iterator.hasNext()) {
            Row row = iterator.next();
            Map<Integer, Cell> filled = filledCells(row);
            if (filled.isEmpty()) {
                continue;
            }
            if (headerAt == null) {
                headerAt = headerColumns(filled, row.getRowNum(), layout, headers);
                continue;
            }
            if (rows.size() == maxRows) {
                throw refused("文件超过 " + maxRows + " 行数据，请分成多个文件导入");
            }
            Map<String, Cell> cells = new HashMap<>();
            for (Map.Entry<Integer, Cell> cell : filled.entrySet()) {
                String header = headerAt.get(cell.getKey());
                if (header == null) {
                    throw refused("第" + row.getRowNum() + "行" + columnName(cell.getKey())
                            + "列在表头之外有内容，请删去或为它加上表头");
                }
                cells.put(header, cell.getValue());
            }
            rows.add(new SheetRow(row.getRowNum(), cells));
        }
        if (headerAt == null) {
            throw refused("第一张工作表是空的：第一行须为表头，请使用下载的模板");
        }
        return new ImportSheet(headers, rows);
    }

    private static Map<Integer, Cell> filledCells(Row row) {
        Map<Integer, Cell> filled = new LinkedHashMap<>();
        for (Cell cell : row) {
            if (cell == null) {
                continue;
            }
            if (cell.getType() == CellType.FORMULA) {
                throw refused("第" + row.getRowNum() + "行" + columnName(cell.getColumnIndex())
                        + "列是公式：导入只接受录入的值，请将公式单元格「选择性粘贴为数值」后再上传");
            }
            if (cell.getType() == CellType.ERROR) {
                throw refused("第" + row.getRowNum() + "行" + columnName(cell.getColumnIndex()) + "列是错误值（"
                        + cell.getRawValue() + "），请更正后再上传");
            }
            if (cell.getType() != CellType.EMPTY && !cell.getText().isBlank()) {
                filled.put(cell.getColumnIndex(), cell);
            }
        }
        return filled;
    }

    private static Map<Integer, String> headerColumns(Map<Integer, Cell> filled, int rowNumber, List<Column> layout,
                                                      List<String> headers) {
        Map<Integer, String> headerAt = new HashMap<>();
        List<InvalidCommand.FieldError> errors = new ArrayList<>();
        for (Map.Entry<Integer, Cell> cell : filled.entrySet()) {
            String header = normalised(cell.getValue().getText());
            String where = "表头（第" + rowNumber + "行" + columnName(cell.getKey()) + "列）";
            if (layout.stream().noneMatch(column -> column.header().equals(header))) {
                errors.add(new InvalidCommand.FieldError(FILE, where + "「" + header + "」不是本模板的列"));
            } else if (headerAt.containsValue(header)) {
                errors.add(new InvalidCommand.FieldError(FILE, where + "「" + header + "」重复出现"));
            } else {
                headerAt.put(cell.getKey(), header);
                headers.add(header);
            }
        }
        layout.stream().filter(Column::required).filter(column -> !headerAt.containsValue(column.header()))
                .forEach(column -> errors.add(new InvalidCommand.FieldError(FILE,
                        "缺少必填列「" + column.header() + "」，请使用下载的模板")));
        if (!errors.isEmpty()) {
            throw new InvalidCommand(errors);
        }
        return headerAt;
    }

    /** A header as typed: without surrounding blanks and the template's required mark. */
    private static String normalised(String header) {
        String text = header.strip();
        return text.endsWith("*") ? text.substring(0, text.length() - 1).strip() : text;
    }

    /** Excel's name of a 0-based column: A, B, ..., Z, AA. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static void checkSignature(byte[] bytes) {
        if (bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF
                && (bytes[2] & 0xff) == 0x11 && (bytes[3] & 0xff) == 0xE0) {
            throw refused("这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再上传");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw refused("文件不是 Excel 工作簿（.xlsx），请使用下载的模板");
        }
    }

    /**
     * Reads every part once through the budget, so that nothing later inflates more than it allows, and looks in
     * the worksheets for merged cells, whose value belongs to one row of the range and silently not to the others.
     */
    private static void scanParts(byte[] bytes, long budget) {
        Budget remaining = new Budget(budget);
        int entries = 0;
        boolean sawWorkbook = false;
        // The central directory, not the local headers: streaming readers misread entries some writers (zip64
        // local headers with sizes in a data descriptor) produce, and the workbook reader below reads the same
        // directory (commons-compress over the same bytes), so what was measured here is what it parses.
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw refused("文件内部结构异常（部件过多），不是正常的 Excel 工作簿");
                }
                String name = entry.getName();
                sawWorkbook |= name.equals("xl/workbook.xml");
                InputStream inflated = zip.getInputStream(entry);
                if (inflated == null) {
                    throw refused("文件已损坏或不是有效的 Excel（.xlsx）工作簿，无法读取");
                }
                try (InputStream part = remaining.limit(inflated)) {
                    if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                        scanWorksheet(part);
                    }
                    part.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw refused("文件已损坏或不是有效的 Excel（.xlsx）工作簿，无法读取");
        } catch (IOException e) {
            throw e instanceof Budget.Exhausted ? refused("文件解压后超过 " + budget / (1024 * 1024)
                    + " MB（常见原因：工作表含大量空行或格式），请删去多余的行后再上传")
                    : refused("文件已损坏或不是有效的 Excel（.xlsx）工作簿，无法读取");
        }
        if (!sawWorkbook) {
            throw refused("文件不是 Excel 工作簿（.xlsx），请使用下载的模板");
        }
    }

    private static void scanWorksheet(InputStream part) throws IOException {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new NonClosing(part));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("mergeCell")) {
                    throw refused("工作表含合并单元格（" + reader.getAttributeValue(null, "ref")
                            + "），请取消合并、每行填写完整后再上传");
                }
            }
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw refused("文件已损坏或不是有效的 Excel（.xlsx）工作簿，无法读取");
        }
    }

    static InvalidCommand refused(String message) {
        return new InvalidCommand(FILE, message);
    }

    /** The bytes all parts may still inflate to, shared by the parts of one file. */
    private static final class Budget {

        private long left;

        Budget(long left) {
            this.left = left;
        }

        InputStream limit(InputStream in) {
            return new FilterInputStream(new NonClosing(in)) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        spend(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        spend(n);
                    }
                    return n;
                }
            };
        }

        private void spend(long n) throws Exhausted {
            left -= n;
            if (left < 0) {
                throw new Exhausted();
            }
        }

        static final class Exhausted extends IOException {
        }
    }

    /** Keeps the XML reader from closing the zip stream under the scan. */
    private static final class NonClosing extends FilterInputStream {

        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
