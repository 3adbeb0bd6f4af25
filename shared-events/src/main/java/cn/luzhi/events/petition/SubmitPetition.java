package cn.luzhi.events.petition;

import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.reception.ReceptionId;
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
        @NotBlank @Size(max = 5000) String content,
        @Valid HotlineTicket hotlineTicket,
        ReceptionId receptionId) {

    /** A petition that is neither a 12345 ticket nor raised at a recorded reception. */
    public SubmitPetition(PetitionId petitionId, PetitionSource source, RegionId regionId, DeputyId deputyId,
            StationId stationId, PersonDetails petitioner, String title, String content) {
        this(petitionId, source, regionId, deputyId, stationId, petitioner, title, content, null, null);
    }
}
