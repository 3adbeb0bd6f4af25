package cn.luzhi.events.petition;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The result of a 12345 ticket went back to the hotline: under which ticket number, what was said, on which day. */
@Revision("1")
public record PetitionHotlineFeedbackRecorded(PetitionId petitionId, String ticketNumber, String result,
                                              LocalDate fedBackOn) {
}
