package cn.luzhi.query.livefeed;

import cn.luzhi.query.rebuild.RebuildProgressed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forwards a rebuild's progress to {@code /topic/admin/rebuilds} on every node, through the same relay as the
 * projections' changes. The rebuild publishes its progress after storing it, outside any transaction, so the
 * notification goes out at once.
 */
@Component
class RebuildFeed {

    private final LiveFeedRelay relay;

    RebuildFeed(LiveFeedRelay relay) {
        this.relay = relay;
    }

    @EventListener
    void on(RebuildProgressed progress) {
        relay.send(LiveMessages.REBUILDS, progress.rebuild());
    }
}
