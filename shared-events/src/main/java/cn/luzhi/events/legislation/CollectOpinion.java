package cn.luzhi.events.legislation;

import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.station.StationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An opinion on the draft is taken at one of its liaison points: by a deputy ({@code deputyId}), by the point's
 * clerk, or from a citizen through the station's public page ({@code citizen}, kept in the personal-data vault).
 * {@code article} is the article or clause it is about (e.g. 「第十二条」), when the opinion names one.
 */
public record CollectOpinion(
        @TargetAggregateIdentifier @NotNull LegislativeDraftId draftId,
        @NotNull OpinionSource source,
        @NotNull StationId stationId,
        DeputyId deputyId,
        @Valid PersonDetails citizen,
        @Size(max = 50) String article,
        @NotBlank @Size(max = 5000) String content,
        @TargetAggregateVersion Long expectedVersion) {
}
