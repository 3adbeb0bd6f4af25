package cn.luzhi.events.legislation;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The legislature adopted opinions {@code adoptedNumbers} of those forwarded; {@code note} is its feedback. */
@Revision("1")
public record LegislativeFeedbackRecorded(LegislativeDraftId draftId, List<Integer> adoptedNumbers, String note) {
}
