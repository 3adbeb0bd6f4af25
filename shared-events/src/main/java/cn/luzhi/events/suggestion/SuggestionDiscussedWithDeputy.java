package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import org.axonframework.serialization.Revision;

/** An assigned unit met the lead deputy about the suggestion (见面沟通). */
@Revision("1")
public record SuggestionDiscussedWithDeputy(SuggestionId suggestionId, HandlingUnitId unitId, String note) {
}
