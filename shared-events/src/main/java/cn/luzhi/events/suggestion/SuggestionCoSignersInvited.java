package cn.luzhi.events.suggestion;

import cn.luzhi.events.deputy.DeputyId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The lead deputy invited these deputies to co-sign the draft. */
@Revision("1")
public record SuggestionCoSignersInvited(SuggestionId suggestionId, List<DeputyId> deputyIds) {
}
