package cn.luzhi.query.livefeed;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.FiguresChanged;
import cn.luzhi.query.livefeed.LiveMessages.CaseUpdated;
import cn.luzhi.query.livefeed.LiveMessages.CockpitChanged;
import cn.luzhi.query.livefeed.LiveMessages.Ticker;
import cn.luzhi.query.reference.ReferenceData;
import cn.luzhi.query.reference.RegionRow;
import java.util.List;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Forwards what the projections changed to the browsers, over STOMP. It listens for the projections' change
 * notices with {@link TransactionalEventListener} (after commit): a client that re-fetches on a message always
 * finds the change, and a batch that rolls back tells nobody anything. A separate Axon processing group could
 * not promise that, as it runs independently of the projections' transactions. Nothing is sent for replayed
 * events: a rebuild is not news.
 */
@Component
class LiveFeed {

    private final SimpMessageSendingOperations messages;
    private final ReferenceData referenceData;

    LiveFeed(SimpMessageSendingOperations messages, ReferenceData referenceData) {
        this.messages = messages;
        this.referenceData = referenceData;
    }

    /**
     * Runs once the projection's transaction has committed. The region name is read on the connection that
     * transaction still holds (as Spring documents for after-commit callbacks), so the feed never waits for a
     * second connection while holding one.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CaseChanged change) {
        EventContext event = change.event();
        if (event.replay()) {
            return;
        }
        long index = event.globalIndex();
        messages.convertAndSend(LiveMessages.COCKPIT,
                new CockpitChanged(index, List.of(change.caseType().cockpitSection())));
        String regionName = referenceData.region(change.regionId()).map(RegionRow::name).orElse(null);
        messages.convertAndSend(LiveMessages.EVENTS, new Ticker(index, event.at(), regionName, change.caseType(),
                change.caseType().label(), CaseActions.of(change.eventType(), change.caseType().label()),
                actorName(event)));
        messages.convertAndSend(LiveMessages.CASES + change.caseId(), new CaseUpdated(index, change.caseId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FiguresChanged change) {
        if (!change.event().replay()) {
            messages.convertAndSend(LiveMessages.COCKPIT,
                    new CockpitChanged(change.event().globalIndex(), List.of(change.cockpitSection())));
        }
    }

    /** Staff act under their names; a citizen (no account) or the system by role only. */
    private static String actorName(EventContext event) {
        if (event.actorRole() == ActorRole.CITIZEN || event.actorRole() == ActorRole.SYSTEM) {
            return event.actorRole().label();
        }
        return event.actorName();
    }
}
