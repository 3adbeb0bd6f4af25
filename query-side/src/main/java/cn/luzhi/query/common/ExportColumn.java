package cn.luzhi.query.common;

import java.util.function.Function;

/** One column of an exported table: its Chinese header as the page shows it, and its text for a row (null: empty). */
public record ExportColumn<T>(String header, Function<T, String> value) {
}
