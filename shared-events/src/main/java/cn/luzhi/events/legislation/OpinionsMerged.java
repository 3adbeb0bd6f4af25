package cn.luzhi.events.legislation;

import java.util.List;
import org.axonframework.serialization.Revision;

/** Opinions {@code mergedNumbers} duplicated opinion {@code intoNumber} and were merged into it. */
@Revision("1")
public record OpinionsMerged(LegislativeDraftId draftId, List<Integer> mergedNumbers, int intoNumber) {
}
