package cn.luzhi.command.petition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The ticket numbers in memory, for aggregate tests: the first claim of a number holds it. */
public class RecordingHotlineTickets implements HotlineTickets {

    private final Map<String, Holder> holders = new LinkedHashMap<>();

    @Override
    public Optional<Holder> claim(String ticketNumber, String petitionId, String title) {
        Holder holder = holders.computeIfAbsent(ticketNumber, number -> new Holder(petitionId, title));
        return holder.petitionId().equals(petitionId) ? Optional.empty() : Optional.of(holder);
    }

    /** The petition that holds {@code ticketNumber}, if any. */
    public Optional<Holder> holder(String ticketNumber) {
        return Optional.ofNullable(holders.get(ticketNumber));
    }
}
