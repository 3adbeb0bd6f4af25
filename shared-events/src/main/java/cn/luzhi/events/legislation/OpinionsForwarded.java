package cn.luzhi.events.legislation;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Opinions {@code opinionNumbers} were sent to the legislature on {@code forwardedOn}. */
@Revision("1")
public record OpinionsForwarded(LegislativeDraftId draftId, List<Integer> opinionNumbers, LocalDate forwardedOn,
                                String note) {
}
