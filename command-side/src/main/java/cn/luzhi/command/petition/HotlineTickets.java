package cn.luzhi.command.petition;

import java.util.Optional;

/**
 * The 12345 ticket numbers already registered, one petition each, shared by every command node: a set-validation
 * table beside the event store, since no aggregate sees the other petitions.
 */
public interface HotlineTickets {

    /** The petition that holds a ticket number. */
    record Holder(String petitionId, String title) {
    }

    /**
     * Claims {@code ticketNumber} for the petition, in the caller's transaction. Empty when the claim is this
     * petition's; else the petition that holds the number already (one registered earlier, or by a racing
     * transaction that committed first: the claim waits for it).
     */
    Optional<Holder> claim(String ticketNumber, String petitionId, String title);
}
