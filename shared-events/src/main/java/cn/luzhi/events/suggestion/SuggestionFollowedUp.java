package cn.luzhi.events.suggestion;

import org.axonframework.serialization.Revision;

/**
 * A B-class suggestion was looked at again (回头看) for {@code year}, with the progress found and its outcome.
 * Revision 2 added the outcome; it is null in revision 1 events, which need no upcasting: a revision 1 follow-up
 * that found the matter solved is followed by {@link SuggestionUpgradedToSolved}, and one that did not recorded
 * progress ({@link #outcomeOrInProgress()}).
 */
@Revision("2")
public record SuggestionFollowedUp(SuggestionId suggestionId, int year, String progress, FollowUpOutcome outcome) {

    /** The outcome, or {@link FollowUpOutcome#STILL_IN_PROGRESS} for a revision 1 event that named none. */
    public FollowUpOutcome outcomeOrInProgress() {
        return outcome == null ? FollowUpOutcome.STILL_IN_PROGRESS : outcome;
    }
}
