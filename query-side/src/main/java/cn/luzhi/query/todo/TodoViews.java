package cn.luzhi.query.todo;

import cn.luzhi.query.common.CaseType;
import java.time.Instant;
import java.util.List;

/** What {@code GET /api/todo} answers: the caller's waiting work, group by group. */
public final class TodoViews {

    private TodoViews() {
    }

    /**
     * Everything waiting for the caller.
     *
     * @param total  the cases over all groups (a case in two groups counts twice): the navigation's badge
     * @param groups the role's groups, in the order the page shows them, each also when it is empty
     */
    public record TodoList(long total, List<TodoGroup> groups) {
    }

    /**
     * One kind of waiting work.
     *
     * @param key   a stable name for the page and the tests (e.g. {@code petitions-to-accept})
     * @param title what the group holds, in Chinese
     * @param count how many cases wait in it, beyond the items shown too
     * @param items the first of them, the most urgent first
     */
    public record TodoGroup(String key, String title, long count, List<TodoItem> items) {
    }

    /**
     * One waiting case.
     *
     * @param statusLabel where the case stands (for a deadline row: overdue or due soon)
     * @param detail      who holds it now (units, deputy, mediators), when known
     * @param dueAt       the deadline the case works to, null without one
     * @param overdue     the deadline passed unanswered
     * @param href        the case's page
     * @param urgeCount   urges (督办) while the current deadline ran; only deadline rows count them
     */
    public record TodoItem(String caseId, CaseType caseType, String caseTypeLabel, String title, String statusLabel,
                           String detail, Instant dueAt, boolean overdue, String href, Integer urgeCount) {
    }
}
