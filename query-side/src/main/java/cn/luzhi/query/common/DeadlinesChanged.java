package cn.luzhi.query.common;

/**
 * The supervision projection changed a case's deadlines (set, moved, answered, ended, urged, overdue): the overdue
 * and due-soon lists moved. Delivered to listeners after the projection's transaction commits, like
 * {@link CaseChanged}, whose notice may come before this projection has caught up with the same event.
 *
 * @param event the event's position, time and actor
 */
public record DeadlinesChanged(EventContext event) {
}
