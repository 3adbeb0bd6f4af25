package cn.luzhi.events.reception;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An open issue of a reception is answered after all, without a petition (the citizen was called back). */
public record AnswerReceptionIssue(
        @TargetAggregateIdentifier @NotNull ReceptionId receptionId,
        @Min(1) int issueNumber,
        @NotBlank @Size(max = 2000) String answer,
        @TargetAggregateVersion Long expectedVersion) {
}
