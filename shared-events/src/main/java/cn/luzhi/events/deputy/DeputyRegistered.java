package cn.luzhi.events.deputy;

import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.station.StationId;
import org.axonframework.serialization.Revision;

/**
 * A deputy was registered with the public particulars; {@code contact} refers to the mobile phone in the
 * personal-data vault (null when none was given) and {@code qrToken} is what the deputy's QR code links to.
 */
@Revision("1")
public record DeputyRegistered(
        DeputyId deputyId,
        String name,
        Gender gender,
        String ethnicity,
        DeputyLevel level,
        String constituency,
        StationId stationId,
        ProfessionalGroup professionalGroup,
        DeputyTerm term,
        PersonRef contact,
        String qrToken) {
}
