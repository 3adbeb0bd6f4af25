package cn.luzhi.events.personaldata;

import cn.luzhi.events.common.Reasoned;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Show the people of one case (a petition's petitioner, a mediation case's parties) in full: a deliberate act,
 * allowed to few (docs/roles.md), that needs a reason and is recorded as {@link PersonalDataViewed}.
 *
 * @param caseId the petition or mediation case
 * @param reason why the full data is needed (kept in the event's metadata)
 */
public record RevealPersonalData(
        @TargetAggregateIdentifier @NotNull @Size(max = 64) String caseId,
        @NotBlank @Size(max = 500) String reason) implements Reasoned {
}
