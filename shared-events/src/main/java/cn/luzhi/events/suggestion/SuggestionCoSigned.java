package cn.luzhi.events.suggestion;

import cn.luzhi.events.deputy.DeputyId;
import org.axonframework.serialization.Revision;

/** A deputy co-signed the draft. */
@Revision("1")
public record SuggestionCoSigned(SuggestionId suggestionId, DeputyId deputyId) {
}
