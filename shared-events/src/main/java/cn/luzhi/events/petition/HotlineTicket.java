package cn.luzhi.events.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A difficult ticket the city's 12345 hotline escalated to the deputies (12345疑难工单): the hotline's own number,
 * the day the hotline received it and why it was escalated. The result goes back to the hotline under this number.
 */
public record HotlineTicket(
        @NotBlank @Size(max = MAX_NUMBER_LENGTH) String ticketNumber,
        @NotNull LocalDate receivedOn,
        @NotBlank @Size(max = 500) String escalationReason) {

    /** As long as a ticket number may be: the hotline's numbers are shorter; the read model's column holds this. */
    public static final int MAX_NUMBER_LENGTH = 40;
}
