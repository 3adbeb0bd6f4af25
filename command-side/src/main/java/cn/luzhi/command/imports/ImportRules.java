package cn.luzhi.command.imports;

import java.util.Objects;

/** Checks the planners share. */
final class ImportRules {

    private ImportRules() {
    }

    /**
     * A value no command can change after registration: the row must agree with the record, or it is an error
     * that says what is registered (the administrator corrects the file, or the record through its page).
     */
    static void mustEqual(RowPlan plan, Column column, Object registered, Object row) {
        if (!Objects.equals(blankToNull(registered), blankToNull(row))) {
            plan.error(column.header(), "与已登记的「" + (registered == null ? "（空）" : registered)
                    + "」不一致；登记后此项不能通过导入修改");
        }
    }

    /** Whether a given record id has the form every id has; when not, the row gets the error. */
    static boolean validId(RowPlan plan, Column column, String id) {
        try {
            cn.luzhi.events.common.Ids.requireValid(id, "");
            return true;
        } catch (IllegalArgumentException e) {
            plan.error(column.header(), "「" + id + "」不是有效的编号（1至64位字母、数字、下划线或连字符）");
            return false;
        }
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }
}
