package cn.luzhi.events.suggestion;

import cn.luzhi.events.deputy.DeputyId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The lead deputy invites other deputies to co-sign the draft (邀请联名): each finds it among their waiting work
 * and may then read it and co-sign it. That they are deputies is left to the API, which knows the deputies.
 */
public record InviteSuggestionCoSigners(
        @TargetAggregateIdentifier @NotNull SuggestionId suggestionId,
        @NotEmpty @Size(max = 100) List<@NotNull DeputyId> deputyIds,
        @TargetAggregateVersion Long expectedVersion) {
}
