package cn.luzhi.events.suggestion;

import cn.luzhi.events.unit.HandlingUnitId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The procuratorate {@code procuratorateId} decided on {@code decidedOn} what to do with the suggestion passed to it. */
@Revision("1")
public record SuggestionProcuratorateOutcomeRecorded(SuggestionId suggestionId, HandlingUnitId procuratorateId,
                                                     ProcuratorateOutcome outcome, String referenceNumber,
                                                     LocalDate decidedOn, String note) {
}
