package cn.luzhi.query.livefeed;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.CaseActions;
import cn.luzhi.query.common.CaseChanged;
import cn.luzhi.query.common.CaseType;
import cn.luzhi.query.common.DeadlinesChanged;
import cn.luzhi.query.common.EventContext;
import cn.luzhi.query.common.FiguresChanged;
import cn.luzhi.query.livefeed.LiveMessages.CaseUpdated;
import cn.luzhi.query.livefeed.LiveMessages.CockpitChanged;
import cn.luzhi.query.livefeed.LiveMessages.Ticker;
import cn.luzhi.query.livefeed.LiveMessages.TodoChanged;
import cn.luzhi.query.reference.ReferenceData;
import cn.luzhi.query.reference.RegionRow;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forwards what the projections changed to the browsers, over STOMP on every query node. It hears the
 * projections' change notices inside their transaction and hands the messages to {@link LiveFeedRelay}, whose
 * PostgreSQL notifications are delivered on commit only: a client that re-fetches on a message always finds the
 * change, and a batch that rolls back tells nobody anything. A separate Axon processing group could not promise
 * that, as it runs independently of the projections' transactions. Nothing is sent for replayed events: a
 * rebuild is not news.
 */
@Component
class LiveFeed {

    /** The case types 待办 lists; ballots and projects wait for nobody's act there. */
    private static final Set<CaseType> WAITING_WORK = EnumSet.of(CaseType.PETITION, CaseType.SUGGESTION,
            CaseType.MEDIATION);

    private final LiveFeedRelay relay;
    private final ReferenceData referenceData;

    LiveFeed(LiveFeedRelay relay, ReferenceData referenceData) {
        this.relay = relay;
        this.referenceData = referenceData;
    }

    /** Runs in the projection's transaction, on its connection, so the feed never waits for a second one. */
    @EventListener
    void on(CaseChanged change) {
        EventContext event = change.event();
        if (event.replay()) {
            return;
        }
        long index = event.globalIndex();
        relay.send(LiveMessages.COCKPIT,
                new CockpitChanged(index, List.of(change.caseType().cockpitSection())));
        String regionName = referenceData.region(change.regionId()).map(RegionRow::name).orElse(null);
        Ticker ticker = new Ticker(index, event.at(), regionName, change.caseType(), change.caseType().label(),
                CaseActions.of(change.eventType(), change.caseType().label()), actorName(event));
        // The whole district's ticker, and that of each region the case lies in, for the readers held to one.
        relay.send(LiveMessages.EVENTS, ticker);
        if (change.regionId() != null) {
            for (String region : referenceData.regionAndAncestors(change.regionId())) {
                relay.send(LiveMessages.REGION_EVENTS + region, ticker);
            }
        }
        relay.send(LiveMessages.CASES + change.caseId(), new CaseUpdated(index, change.caseId()));
        if (WAITING_WORK.contains(change.caseType())) {
            relay.send(LiveMessages.TODO, TodoChanged.NOTICE);
        }
    }

    /** The overdue and due-soon lists moved: a supervisor's 待办 follows them. */
    @EventListener
    void on(DeadlinesChanged change) {
        if (!change.event().replay()) {
            relay.send(LiveMessages.TODO, TodoChanged.NOTICE);
        }
    }

    @EventListener
    void on(FiguresChanged change) {
        if (!change.event().replay()) {
            relay.send(LiveMessages.COCKPIT,
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
