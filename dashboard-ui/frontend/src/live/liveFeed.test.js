import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveFeed, RESYNC, STATUS, TOPICS, tickerTopic, webSocketUrl } from './liveFeed.js';

/** Stands in for @stomp/stompjs: records what the feed does and lets the test play the broker. */
class FakeStompClient {
  constructor(handlers) {
    this.handlers = handlers;
    this.activations = 0;
    this.deactivations = 0;
    this.subscriptions = new Map();
  }

  activate() {
    this.activations += 1;
  }

  deactivate() {
    this.deactivations += 1;
    return Promise.resolve();
  }

  subscribe(destination, callback) {
    this.subscriptions.set(destination, callback);
    return { unsubscribe: () => this.subscriptions.delete(destination) };
  }

  // Broker side
  connect() {
    this.handlers.onConnect({});
  }

  close() {
    this.handlers.onWebSocketClose({ code: 1006 });
  }

  publish(destination, message) {
    this.subscriptions.get(destination)({ body: typeof message === 'string' ? message : JSON.stringify(message) });
  }
}

const OPTIONS = { debounceMs: 1000, maxWaitMs: 5000, initialRetryMs: 1000, maxRetryMs: 30000, jitter: 0.2 };

function setUp({ random = () => 0, options = OPTIONS } = {}) {
  const clients = [];
  const resyncs = [];
  const statuses = [];
  const events = [];
  const feed = new LiveFeed({
    createClient: (handlers) => {
      const client = new FakeStompClient(handlers);
      clients.push(client);
      return client;
    },
    onResync: (reason) => resyncs.push(reason),
    onStatus: (status) => statuses.push(status),
    onEvent: (event) => events.push(event),
    options,
    random,
  });
  const latest = () => clients[clients.length - 1];
  return { feed, clients, resyncs, statuses, events, latest };
}

describe('LiveFeed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  describe('connecting', () => {
    it('subscribes to the cockpit topic and fetches the summary once connected', () => {
      const { feed, latest, resyncs, statuses } = setUp();
      feed.start();
      expect(latest().activations).toBe(1);
      expect(resyncs).toEqual([]);

      latest().connect();

      // The ticker waits for the summary to say which region is on screen.
      expect([...latest().subscriptions.keys()]).toEqual([TOPICS.cockpit]);
      expect(resyncs).toEqual([RESYNC.CONNECTED]);
      expect(statuses).toEqual([STATUS.LIVE]);
      expect(feed.status).toBe(STATUS.LIVE);
    });

    it('derives the broker URL from the page location', () => {
      expect(webSocketUrl({ protocol: 'http:', host: 'cockpit.example:8080' })).toBe('ws://cockpit.example:8080/ws');
      expect(webSocketUrl({ protocol: 'https:', host: 'cockpit.example' })).toBe('wss://cockpit.example/ws');
    });

    it('hands every message of the ticker topic to the ticker and skips broken ones', () => {
      const { feed, latest, events } = setUp();
      feed.start();
      latest().connect();
      feed.followRegion(null);
      const event = { globalIndex: 18343, action: '代表受理诉求', actorName: '张三', regionName: '某某镇' };

      latest().publish(TOPICS.events, event);
      latest().publish(TOPICS.events, '{not json');

      expect(events).toEqual([event]);
    });

    it('follows the region on screen with the ticker: one subscription, moved when the region changes', () => {
      const { feed, latest, events } = setUp();
      feed.start();
      expect(feed.followRegion('150102')).toBe(true);
      latest().connect();
      expect([...latest().subscriptions.keys()]).toEqual([TOPICS.cockpit, tickerTopic('150102')]);
      const stale = latest().subscriptions.get(tickerTopic('150102'));

      expect(feed.followRegion('150102')).toBe(false);
      expect(feed.followRegion('150102001')).toBe(true);

      expect([...latest().subscriptions.keys()]).toEqual([TOPICS.cockpit, tickerTopic('150102001')]);
      stale({ body: JSON.stringify({ globalIndex: 7, action: '旧区域的消息' }) });
      latest().publish(tickerTopic('150102001'), { globalIndex: 8, action: '新区域的消息' });
      expect(events.map((event) => event.action)).toEqual(['新区域的消息']);
    });

    it('subscribes the followed ticker again after a reconnect', () => {
      const { feed, latest } = setUp();
      feed.start();
      latest().connect();
      feed.followRegion('150102002');
      latest().close();
      vi.advanceTimersByTime(1000);

      latest().connect();

      expect([...latest().subscriptions.keys()]).toEqual([TOPICS.cockpit, tickerTopic('150102002')]);
    });

    it('names the whole district\'s ticker without a region and a region\'s below its own', () => {
      expect(tickerTopic(null)).toBe('/topic/events');
      expect(tickerTopic('150102001')).toBe('/topic/events/150102001');
    });
  });

  describe('deciding when to re-fetch', () => {
    function connectedWithSummaryAt(index) {
      const setup = setUp();
      setup.feed.start();
      setup.latest().connect();
      setup.feed.summaryLoaded(index);
      setup.resyncs.length = 0;
      return setup;
    }

    it('re-fetches once after a burst of consecutive changes has been quiet for the debounce time', () => {
      const { latest, resyncs } = connectedWithSummaryAt(100);

      latest().publish(TOPICS.cockpit, { globalIndex: 101, changed: ['petitions'] });
      vi.advanceTimersByTime(600);
      latest().publish(TOPICS.cockpit, { globalIndex: 102, changed: ['mediation'] });
      vi.advanceTimersByTime(999);
      expect(resyncs).toEqual([]);

      vi.advanceTimersByTime(1);
      expect(resyncs).toEqual([RESYNC.CHANGED]);
    });

    it('does not let a steady stream of changes postpone the re-fetch beyond the maximum wait', () => {
      const { latest, resyncs } = connectedWithSummaryAt(100);

      for (let index = 101; index <= 110; index += 1) {
        latest().publish(TOPICS.cockpit, { globalIndex: index, changed: ['petitions'] });
        vi.advanceTimersByTime(500);
      }

      expect(resyncs).toEqual([RESYNC.CHANGED]);
    });

    it('re-fetches at once when the global index jumps, without waiting for the debounce', () => {
      const { latest, resyncs } = connectedWithSummaryAt(100);

      latest().publish(TOPICS.cockpit, { globalIndex: 101, changed: ['petitions'] });
      latest().publish(TOPICS.cockpit, { globalIndex: 104, changed: ['petitions'] });

      expect(resyncs).toEqual([RESYNC.GAP]);
      vi.advanceTimersByTime(OPTIONS.maxWaitMs);
      expect(resyncs).toEqual([RESYNC.GAP]);
    });

    it('detects a jump from the index of the summary on screen', () => {
      const { latest, resyncs } = connectedWithSummaryAt(100);

      latest().publish(TOPICS.cockpit, { globalIndex: 103, changed: ['suggestions'] });

      expect(resyncs).toEqual([RESYNC.GAP]);
    });

    it('re-fetches for a projection that announces an index the summary on screen already reports', () => {
      // Event 106 reached the activity projection first; the summary fetched then says 106 but counts no petition yet.
      const { feed, latest, resyncs } = connectedWithSummaryAt(105);
      latest().publish(TOPICS.cockpit, { globalIndex: 106, changed: ['activity'] });
      vi.advanceTimersByTime(OPTIONS.debounceMs);
      feed.summaryLoaded(106);
      resyncs.length = 0;

      latest().publish(TOPICS.cockpit, { globalIndex: 106, changed: ['petitions'] });
      vi.advanceTimersByTime(OPTIONS.debounceMs - 1);
      expect(resyncs).toEqual([]);

      vi.advanceTimersByTime(1);
      expect(resyncs).toEqual([RESYNC.CHANGED]);
    });

    it('ignores cockpit messages without a usable global index', () => {
      const { latest, resyncs } = connectedWithSummaryAt(100);

      latest().publish(TOPICS.cockpit, '{broken');
      latest().publish(TOPICS.cockpit, { changed: ['petitions'] });
      latest().publish(TOPICS.cockpit, { globalIndex: '101' });
      vi.advanceTimersByTime(OPTIONS.maxWaitMs);

      expect(resyncs).toEqual([]);
    });
  });

  describe('reconnecting', () => {
    it('reconnects with a doubling back-off capped at the maximum, reporting 重连中 meanwhile', () => {
      const { feed, clients, latest, statuses } = setUp();
      feed.start();
      latest().connect();

      const waits = [];
      for (let attempt = 0; attempt < 7; attempt += 1) {
        const before = clients.length;
        latest().close();
        let waited = 0;
        while (clients.length === before) {
          vi.advanceTimersByTime(100);
          waited += 100;
        }
        waits.push(waited);
      }

      expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
      expect(statuses).toEqual([STATUS.LIVE, STATUS.RECONNECTING]);
      expect(feed.status).toBe(STATUS.RECONNECTING);
    });

    it('makes a fresh client per attempt and releases the dropped one', () => {
      const { feed, clients, latest } = setUp();
      feed.start();
      latest().connect();
      const dropped = latest();

      dropped.close();
      vi.advanceTimersByTime(1000);

      expect(clients).toHaveLength(2);
      expect(dropped.deactivations).toBe(1);
      expect(latest().activations).toBe(1);
    });

    it('re-fetches the summary after reconnecting and starts the back-off over', () => {
      const { feed, clients, latest, resyncs, statuses } = setUp();
      feed.start();
      latest().connect();
      latest().close();
      vi.advanceTimersByTime(1000);
      latest().close();
      vi.advanceTimersByTime(2000);

      latest().connect();

      expect(resyncs).toEqual([RESYNC.CONNECTED, RESYNC.RECONNECTED]);
      expect(statuses).toEqual([STATUS.LIVE, STATUS.RECONNECTING, STATUS.LIVE]);
      latest().close();
      vi.advanceTimersByTime(999);
      expect(clients).toHaveLength(3);
      vi.advanceTimersByTime(1);
      expect(clients).toHaveLength(4);
    });

    it('keeps retrying when the very first connection fails', () => {
      const { feed, clients, latest, resyncs, statuses } = setUp();
      feed.start();

      latest().close();
      vi.advanceTimersByTime(1000);
      latest().connect();

      expect(clients).toHaveLength(2);
      expect(statuses).toEqual([STATUS.RECONNECTING, STATUS.LIVE]);
      // The page has not had a live summary yet, so this is its first connection, not a reconnection.
      expect(resyncs).toEqual([RESYNC.CONNECTED]);
    });

    it('treats a STOMP error frame as a dropped connection', () => {
      const { feed, clients, latest } = setUp();
      feed.start();
      latest().connect();

      latest().handlers.onStompError({ headers: { message: 'session closed' } });
      latest().close();
      vi.advanceTimersByTime(1000);

      expect(clients).toHaveLength(2);
    });

    it('takes up to the jitter off the wait so screens do not all come back at the same instant', () => {
      const { feed, clients, latest } = setUp({ random: () => 0.5 });
      feed.start();
      latest().close();

      vi.advanceTimersByTime(899);
      expect(clients).toHaveLength(1);
      vi.advanceTimersByTime(1);
      expect(clients).toHaveLength(2);
    });

    it('drops a pending debounced re-fetch with the connection, since the reconnect re-fetches anyway', () => {
      const { feed, latest, resyncs } = setUp();
      feed.start();
      latest().connect();
      feed.summaryLoaded(100);
      latest().publish(TOPICS.cockpit, { globalIndex: 101, changed: ['petitions'] });

      latest().close();
      vi.advanceTimersByTime(OPTIONS.debounceMs);

      expect(resyncs).toEqual([RESYNC.CONNECTED]);
    });

    it('does not report a jump for the first message after reconnecting, the reconnect already re-fetched', () => {
      const { feed, latest, resyncs } = setUp();
      feed.start();
      latest().connect();
      feed.summaryLoaded(100);
      latest().close();
      vi.advanceTimersByTime(1000);
      latest().connect();

      latest().publish(TOPICS.cockpit, { globalIndex: 140, changed: ['petitions'] });

      expect(resyncs).toEqual([RESYNC.CONNECTED, RESYNC.RECONNECTED]);
      vi.advanceTimersByTime(OPTIONS.debounceMs);
      expect(resyncs).toEqual([RESYNC.CONNECTED, RESYNC.RECONNECTED, RESYNC.CHANGED]);
    });

    it('skips the rest of the wait when asked to reconnect now', () => {
      const { feed, clients, latest } = setUp();
      feed.start();
      latest().close();
      vi.advanceTimersByTime(1000);
      latest().close();

      feed.reconnectNow();

      expect(clients).toHaveLength(3);
      vi.advanceTimersByTime(OPTIONS.maxRetryMs);
      expect(clients).toHaveLength(3);
    });

    it('stops for good: no retry, no re-fetch, the client released', () => {
      const { feed, clients, latest, resyncs } = setUp();
      feed.start();
      latest().connect();
      feed.summaryLoaded(100);
      latest().publish(TOPICS.cockpit, { globalIndex: 101, changed: ['petitions'] });
      const client = latest();

      feed.stop();
      client.close();
      vi.advanceTimersByTime(OPTIONS.maxRetryMs);

      expect(client.deactivations).toBe(1);
      expect(clients).toHaveLength(1);
      expect(resyncs).toEqual([RESYNC.CONNECTED]);
      expect(feed.status).toBe(STATUS.STOPPED);
    });
  });
});
