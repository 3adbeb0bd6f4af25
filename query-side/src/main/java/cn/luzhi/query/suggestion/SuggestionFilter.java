package cn.luzhi.query.suggestion;

import cn.luzhi.events.suggestion.HandlingResult;
import cn.luzhi.events.suggestion.SuggestionKind;
import cn.luzhi.events.suggestion.SuggestionStatus;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which suggestions a list shows; every criterion is optional.
 *
 * @param status         in this state
 * @param kind           suggestions or bills
 * @param result         whose current class is this one
 * @param regionId       in this region or any region below it
 * @param unitId         assigned to this unit, as lead unit or co-unit
 * @param deputyId       led or co-signed by this deputy
 * @param overdue        whose reply deadline has passed unanswered, or not
 * @param keySupervision picked for a leader's personal supervision, or not
 * @param from           submitted on or after this day (Beijing time)
 * @param to             submitted on or before this day (Beijing time)
 * @param q              words that must all occur in the title or content ({@link cn.luzhi.query.common.TextSearch})
 * @param conversion     converted to or from a procuratorate's public-interest suggestion
 * @param followUpYear   followed up (回头看) for this year
 */
public record SuggestionFilter(SuggestionStatus status, SuggestionKind kind, HandlingResult result, String regionId,
                               String unitId, String deputyId, Boolean overdue, Boolean keySupervision,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String q,
                               Conversion conversion, Integer followUpYear) {
}
