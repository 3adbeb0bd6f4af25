package cn.luzhi.events.legislation;

import cn.luzhi.events.station.StationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the rules of a draft's comment round need to know, as {@link LegislativeDraftLifecycle#evolve} leaves it.
 *
 * @param status        where the round stands; null before the draft was opened
 * @param closesAt      when the comment period ends by itself
 * @param liaisonPoints the stations that collect opinions on it
 * @param opinions      every opinion collected, by number
 */
public record LegislativeDraftState(
        LegislativeDraftStatus status,
        Instant closesAt,
        List<StationId> liaisonPoints,
        List<Opinion> opinions) {

    /** Before the first event. */
    public static final LegislativeDraftState NONE = new LegislativeDraftState(null, null, List.of(), List.of());

    public LegislativeDraftState {
        liaisonPoints = liaisonPoints == null ? List.of() : List.copyOf(liaisonPoints);
        opinions = opinions == null ? List.of() : List.copyOf(opinions);
    }

    /**
     * One opinion inside the draft.
     *
     * @param number     its number within the draft, from 1
     * @param mergedInto the number of the opinion it was merged into as a duplicate, or 0
     * @param forwarded  sent to the legislature
     * @param adopted    adopted by the legislature
     */
    public record Opinion(int number, int mergedInto, boolean forwarded, boolean adopted) {

        public boolean merged() {
            return mergedInto != 0;
        }
    }

    public boolean exists() {
        return status != null;
    }

    /** The opinion with that number. */
    public Optional<Opinion> opinion(int number) {
        return number >= 1 && number <= opinions.size() ? Optional.of(opinions.get(number - 1)) : Optional.empty();
    }

    /** The number the next collected opinion gets. */
    public int nextNumber() {
        return opinions.size() + 1;
    }

    LegislativeDraftState with(LegislativeDraftStatus next) {
        return new LegislativeDraftState(next, closesAt, liaisonPoints, opinions);
    }

    LegislativeDraftState withOpinions(List<Opinion> next) {
        return new LegislativeDraftState(status, closesAt, liaisonPoints, next);
    }
}
