package cn.luzhi.events.suggestion;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * What the procuratorate a suggestion was passed to did with it, on {@code decidedOn} (a Beijing day), under its
 * own reference number ({@code referenceNumber}, e.g. 检察建议书文号; none when it declined).
 */
public record RecordProcuratorateOutcome(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotNull ProcuratorateOutcome outcome,
        @Size(max = 100) String referenceNumber,
        @NotNull LocalDate decidedOn,
        @Size(max = 2000) String note,
        @TargetAggregateVersion Long expectedVersion) {
}
