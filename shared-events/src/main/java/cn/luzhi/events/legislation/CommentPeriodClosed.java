package cn.luzhi.events.legislation;

import org.axonframework.serialization.Revision;

/** No more opinions are taken; {@code atClosingDate} when the closing date passed, false when a clerk closed it. */
@Revision("1")
public record CommentPeriodClosed(LegislativeDraftId draftId, boolean atClosingDate) {
}
