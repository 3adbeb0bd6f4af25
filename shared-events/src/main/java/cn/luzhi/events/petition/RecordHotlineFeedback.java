package cn.luzhi.events.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A clerk records the result fed back to the 12345 hotline under the hotline's own ticket number (反馈12345). */
public record RecordHotlineFeedback(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @NotBlank @Size(max = 2000) String result,
        @NotNull LocalDate fedBackOn,
        @TargetAggregateVersion Long expectedVersion) {
}
