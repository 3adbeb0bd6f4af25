package cn.luzhi.events.petition;

import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A citizen's problem arrives, through a QR code, a station, the hotline or a clerk. */
public record SubmitPetition(
        @TargetAggregateIdentifier @NotNull PetitionId petitionId,
        @NotNull PetitionSource source,
        @NotNull RegionId regionId,
        DeputyId deputyId,
        StationId stationId,
        @NotNull @Valid PersonDetails petitioner,
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 5000) String content) {
}
