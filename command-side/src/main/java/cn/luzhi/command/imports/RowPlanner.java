package cn.luzhi.command.imports;

import java.util.List;
import java.util.Map;

/** How rows of one kind of import become commands: its column layout and one plan per row. */
interface RowPlanner {

    /** The sheet name of the template and the word the pages use for this kind (代表, 承办单位, 联络站). */
    String title();

    List<Column> layout();

    /** The column a command field's validation error belongs to (record component name to header). */
    Map<String, String> columnOfField();

    /**
     * The plan of one row against the current records.
     *
     * @param reason what every event of the row will say as its reason (Excel导入: file 第N行)
     */
    RowPlan plan(RowReader row, ReferenceStates states, String reason);
}
