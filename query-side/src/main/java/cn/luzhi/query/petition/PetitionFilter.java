package cn.luzhi.query.petition;

import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionStatus;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which petitions a list shows; every criterion is optional.
 *
 * @param status    in this state
 * @param regionId  in this region or any region below it
 * @param stationId received at this station
 * @param unitId    forwarded to this unit (in any round)
 * @param deputyId  taken up by (or submitted through the QR code of) this deputy
 * @param overdue   whose reply deadline has passed unanswered, or not
 * @param from      submitted on or after this day (Beijing time)
 * @param to        submitted on or before this day (Beijing time)
 * @param source    that reached the deputies this way (代表码, 12345疑难工单, ...)
 * @param q         words that must all occur in the title or content ({@link cn.luzhi.query.common.TextSearch})
 * @param ticketNumber the 12345 hotline's ticket number, exactly (as the hotline quotes it on the phone)
 */
public record PetitionFilter(PetitionStatus status, String regionId, String stationId, String unitId, String deputyId,
                             Boolean overdue,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String q,
                             PetitionSource source, String ticketNumber) {
}
