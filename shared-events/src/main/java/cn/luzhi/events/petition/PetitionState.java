package cn.luzhi.events.petition;

import cn.luzhi.events.common.Satisfaction;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.unit.HandlingUnitId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rules of a petition need to know, as {@link PetitionLifecycle#evolve} leaves it after each event.
 * The component names are also the petition aggregate's snapshot fields, so a snapshot written before this
 * record existed still loads (the components it lacks start empty).
 *
 * @param status            where the petition stands; null before it was submitted
 * @param addressedTo       the deputy whose QR code brought it, if any
 * @param acceptedBy        the deputy who took it up, if anyone did
 * @param unitsForwarded    the units of the latest forwarding, in forwarding order
 * @param unitsAwaited      those of them that have not replied yet
 * @param replyDueAt        the reply deadline of the latest forwarding
 * @param extendedThisRound the latest forwarding's deadline was extended (allowed once)
 * @param overdue           the deadline passed with replies outstanding and nothing has answered or moved it
 * @param lastRating        the petitioner's latest rating
 * @param round             how often the petitioner reopened it: 0 while it is handled the first time
 * @param urgeCount         how often a supervisor urged it
 * @param mergedInto        the petition it was merged into
 * @param source            how it reached the deputies (null in a snapshot older than this component)
 * @param hotlineFedBack    the result of the current round was fed back to the 12345 hotline
 */
public record PetitionState(
        PetitionStatus status,
        DeputyId addressedTo,
        DeputyId acceptedBy,
        List<HandlingUnitId> unitsForwarded,
        List<HandlingUnitId> unitsAwaited,
        Instant replyDueAt,
        boolean extendedThisRound,
        boolean overdue,
        Satisfaction lastRating,
        int round,
        int urgeCount,
        PetitionId mergedInto,
        PetitionSource source,
        boolean hotlineFedBack) {

    /** Before the first event. */
    public static final PetitionState NONE = new PetitionState(null, null, null, List.of(), List.of(), null, false,
            false, null, 0, 0, null, null, false);

    /**
     * A state of which a reader keeps only the handling round (1 for the first, as {@link #handlingRound} counts):
     * enough for {@link PetitionLifecycle#evolve} to count the next round for it.
     */
    public static PetitionState inHandlingRound(int handlingRound) {
        return new PetitionState(null, null, null, List.of(), List.of(), null, false, false, null, handlingRound - 1,
                0, null, null, false);
    }

    public PetitionState {
        unitsForwarded = unitsForwarded == null ? List.of() : List.copyOf(unitsForwarded);
        unitsAwaited = unitsAwaited == null ? List.of() : List.copyOf(unitsAwaited);
    }

    /** The deputies the petition belongs to: the one it was addressed to and the one who took it up. */
    public Set<DeputyId> deputies() {
        Set<DeputyId> deputies = new LinkedHashSet<>();
        if (addressedTo != null) {
            deputies.add(addressedTo);
        }
        if (acceptedBy != null) {
            deputies.add(acceptedBy);
        }
        return deputies;
    }

    /** The deputy in charge now: the one who took it up, before that the one it was addressed to. */
    public DeputyId deputy() {
        return acceptedBy != null ? acceptedBy : addressedTo;
    }

    /** The handling round as people count it: 1 for the first handling, 2 after the first reopening. */
    public int handlingRound() {
        return round + 1;
    }

    /** A ticket the 12345 hotline escalated, whose result goes back to the hotline. */
    public boolean isHotlineTicket() {
        return source == PetitionSource.HOTLINE_12345;
    }

    public boolean exists() {
        return status != null;
    }

    PetitionState withStatus(PetitionStatus next) {
        return new PetitionState(next, addressedTo, acceptedBy, unitsForwarded, unitsAwaited, replyDueAt,
                extendedThisRound, overdue, lastRating, round, urgeCount, mergedInto, source, hotlineFedBack);
    }

    /** Ends the petition: it no longer waits for anyone, so it cannot be overdue. */
    PetitionState ended(PetitionStatus terminal, PetitionId into) {
        return new PetitionState(terminal, addressedTo, acceptedBy, unitsForwarded, unitsAwaited, replyDueAt,
                extendedThisRound, false, lastRating, round, urgeCount, into, source, hotlineFedBack);
    }
}
