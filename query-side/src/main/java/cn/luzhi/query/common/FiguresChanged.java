package cn.luzhi.query.common;

/**
 * A projection that feeds the cockpit but follows no single case (such as deputies' activity) changed its
 * figures. Delivered to listeners after the projection's transaction commits, like {@link CaseChanged}.
 *
 * @param event          the event's position, time and actor
 * @param cockpitSection the key of the cockpit summary whose figures moved
 */
public record FiguresChanged(EventContext event, String cockpitSection) {
}
