package cn.luzhi.command.imports;

import cn.luzhi.events.common.Labelled;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * The values of one data row, read by column header, whichever way Excel stored them: a number typed as text or
 * as a number, a date as a date cell or as text (2024-01-31, 2024/1/31, 2024年1月31日). Every value that cannot be
 * read becomes an error naming the row and the column; the row reads on, so that one pass reports them all.
 */
final class RowReader {

    private static final Pattern TEXT_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private final ImportSheet.SheetRow row;
    private final List<ImportProblem> errors = new ArrayList<>();

    RowReader(ImportSheet.SheetRow row) {
        this.row = row;
    }

    int number() {
        return row.number();
    }

    List<ImportProblem> errors() {
        return errors;
    }

    void error(String column, String message) {
        errors.add(new ImportProblem(row.number(), column, message));
    }

    /** The text of a column, stripped; null when blank. A required blank column is an error. */
    String text(Column column) {
        Cell cell = row.cells().get(column.header());
        String text = cell == null ? null : switch (cell.getType()) {
            case NUMBER -> plain(cell.asNumber());
            default -> cell.getText().strip();
        };
        if (text == null || text.isEmpty()) {
            if (column.required()) {
                error(column.header(), "必填，不能为空");
            }
            return null;
        }
        return text;
    }

    Integer integer(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replaceFirst("^第", "").replaceFirst("届$", ""));
        } catch (NumberFormatException e) {
            error(column.header(), "「" + text + "」不是整数");
            return null;
        }
    }

    LocalDate date(Column column) {
        Cell cell = row.cells().get(column.header());
        if (cell != null && cell.getType() == CellType.NUMBER) {
            try {
                return cell.asDate().toLocalDate();
            } catch (RuntimeException e) {
                error(column.header(), "「" + cell.getText() + "」不是日期");
                return null;
            }
        }
        String text = text(column);
        if (text == null) {
            return null;
        }
        var matcher = TEXT_DATE.matcher(text);
        try {
            if (matcher.matches()) {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            }
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (java.time.DateTimeException e) {
            error(column.header(), "「" + text + "」不是日期（例如 2024-01-31）");
            return null;
        }
    }

    /** A choice by its Chinese label (or its code, as the API spells it). */
    <E extends Enum<E> & Labelled> E choice(Column column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Optional<E> match = Arrays.stream(type.getEnumConstants())
                .filter(value -> value.label().equals(text) || value.name().equalsIgnoreCase(text)).findFirst();
        if (match.isEmpty()) {
            error(column.header(), "「" + text + "」不是可选值，可选：" + Arrays.stream(type.getEnumConstants())
                    .map(Labelled::label).collect(Collectors.joining("、")));
        }
        return match.orElse(null);
    }

    /** 是 / 否; null when blank (leave as it is). */
    Boolean yesNo(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "是", "TRUE", "true", "1" -> true;
            case "否", "FALSE", "false", "0" -> false;
            default -> {
                error(column.header(), "「" + text + "」须为「是」或「否」");
                yield null;
            }
        };
    }

    static Map<String, Column> byHeader(List<Column> layout) {
        return layout.stream().collect(Collectors.toMap(Column::header, column -> column));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
