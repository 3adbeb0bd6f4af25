/**
 * The cockpit's live feed: STOMP over WebSocket (docs/cockpit-contract.md). It decides WHEN the summary must be fetched
 * again (debounced after a change, at once after a missed message or a reconnect) and keeps the connection alive
 * with exponential back-off; the caller does the fetching.
 */

import { Client } from '@stomp/stompjs';

export const TOPICS = Object.freeze({ cockpit: '/topic/cockpit', events: '/topic/events' });

/**
 * The ticker's topic for the region on screen: the news of that region and every region below it. Only
 * district-wide accounts may hear the whole district without naming a region (docs/roles.md).
 */
export function tickerTopic(regionId) {
  return regionId ? `${TOPICS.events}/${regionId}` : TOPICS.events;
}

/** Why the summary is wanted again, passed to onResync. */
export const RESYNC = Object.freeze({
  CONNECTED: 'connected',
  RECONNECTED: 'reconnected',
  CHANGED: 'changed',
  GAP: 'gap',
});

export const STATUS = Object.freeze({
  CONNECTING: 'connecting',
  LIVE: 'live',
  RECONNECTING: 'reconnecting',
  STOPPED: 'stopped',
});

export const DEFAULT_OPTIONS = Object.freeze({
  // A burst of commands (a clerk closing twenty cases) becomes one request instead of twenty; short enough that
  // a single change still reaches the screen well within two seconds.
  debounceMs: 300,
  // ... but a steady stream must not postpone the refresh for ever.
  maxWaitMs: 5000,
  initialRetryMs: 1000,
  maxRetryMs: 30000,
  // Spreads the reconnects of many screens after a server restart.
  jitter: 0.2,
  heartbeatMs: 10000,
  connectTimeoutMs: 10000,
});

/** The broker URL for the page's own origin: ws://host/ws, or wss:// when the page came over https. */
export function webSocketUrl(location = globalThis.location) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

/**
 * Makes one @stomp/stompjs client per connection attempt. Its own reconnect is switched off (reconnectDelay 0)
 * because LiveFeed schedules reconnects itself, with back-off and a resync after each.
 */
export function stompClientFactory(brokerURL, options = DEFAULT_OPTIONS) {
  return (handlers) =>
    new Client({
      brokerURL,
      reconnectDelay: 0,
      heartbeatIncoming: options.heartbeatMs,
      heartbeatOutgoing: options.heartbeatMs,
      connectionTimeout: options.connectTimeoutMs,
      ...handlers,
    });
}

function parseBody(body) {
  try {
    const message = JSON.parse(body);
    return message && typeof message === 'object' ? message : null;
  } catch {
    return null;
  }
}

export class LiveFeed {
  /**
   * @param createClient (handlers) => a STOMP client with activate(), deactivate() and subscribe(destination, callback);
   *        handlers are onConnect, onWebSocketClose and onStompError
   * @param onResync (reason) => fetch the summary again
   * @param onEvent (event) => one line of the ticker of the region followed (see followRegion)
   * @param onStatus (status) => connection status changed
   * @param random a source of numbers in [0, 1) for the jitter
   */
  constructor({ createClient, onResync, onEvent = () => {}, onStatus = () => {}, options = {}, random = Math.random }) {
    this.createClient = createClient;
    this.onResync = onResync;
    this.onEvent = onEvent;
    this.onStatus = onStatus;
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.random = random;

    this.status = STATUS.CONNECTING;
    this.client = null;
    this.started = false;
    this.everConnected = false;
    this.failedAttempts = 0;
    this.retryTimer = null;
    this.debounceTimer = null;
    this.pendingSince = null;
    this.lastSeenIndex = null;
    // Unknown until the first summary says which region is on screen; no ticker until then.
    this.tickerDestination = null;
    this.tickerSubscription = null;
  }

  start() {
    if (this.started) {
      return;
    }
    this.started = true;
    this.setStatus(STATUS.CONNECTING);
    this.connect();
  }

  stop() {
    this.started = false;
    clearTimeout(this.retryTimer);
    clearTimeout(this.debounceTimer);
    this.retryTimer = null;
    this.debounceTimer = null;
    this.pendingSince = null;
    const client = this.client;
    this.client = null;
    this.tickerSubscription = null;
    client?.deactivate();
    this.setStatus(STATUS.STOPPED);
  }

  /**
   * Tells the feed the index of the summary now on screen, the baseline for noticing a jump. It is no reason to
   * ignore a later notice of an index up to it: asOfGlobalIndex is the highest index ANY projection applied, and
   * each projection announces its own commit of an event, so the petitions' notice of event 12 may arrive after a
   * summary fetched when only the activity projection had applied 12.
   */
  summaryLoaded(asOfGlobalIndex) {
    if (!Number.isSafeInteger(asOfGlobalIndex)) {
      return;
    }
    if (this.lastSeenIndex === null || asOfGlobalIndex > this.lastSeenIndex) {
      this.lastSeenIndex = asOfGlobalIndex;
    }
  }

  /**
   * Makes the ticker follow the region now on screen (a summary's regionId; null: the whole district), moving its
   * subscription when connected. Returns whether the region changed, so that the caller can clear older lines.
   */
  followRegion(regionId) {
    const destination = tickerTopic(regionId);
    if (destination === this.tickerDestination) {
      return false;
    }
    this.tickerDestination = destination;
    if (this.client && this.status === STATUS.LIVE) {
      this.subscribeTicker(this.client);
    }
    return true;
  }

  subscribeTicker(client) {
    this.tickerSubscription?.unsubscribe();
    this.tickerSubscription = null;
    const destination = this.tickerDestination;
    if (destination) {
      // A line already on its way from the previous region's topic is dropped.
      this.tickerSubscription = client.subscribe(destination, (message) => {
        if (destination === this.tickerDestination) {
          this.eventArrived(message.body);
        }
      });
    }
  }

  /** Skips the rest of a back-off wait, e.g. when the browser reports that the network is back. */
  reconnectNow() {
    if (!this.started || this.retryTimer === null) {
      return;
    }
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.failedAttempts = 0;
    this.connect();
  }

  /** The wait before the next attempt: initialRetryMs doubled per failed attempt, capped, minus up to jitter. */
  nextRetryDelay() {
    const { initialRetryMs, maxRetryMs, jitter } = this.options;
    const base = Math.min(maxRetryMs, initialRetryMs * 2 ** this.failedAttempts);
    return Math.round(base * (1 - jitter * this.random()));
  }

  connect() {
    const client = this.createClient({
      onConnect: () => this.connected(client),
      onWebSocketClose: () => this.dropped(client),
      // The broker closes the socket after an ERROR frame; not waiting for that keeps a half-dead client from lingering.
      onStompError: () => this.dropped(client),
    });
    this.client = client;
    client.activate();
  }

  connected(client) {
    if (client !== this.client) {
      return;
    }
    client.subscribe(TOPICS.cockpit, (message) => this.cockpitChanged(message.body));
    this.tickerSubscription = null;
    this.subscribeTicker(client);
    this.failedAttempts = 0;
    const reason = this.everConnected ? RESYNC.RECONNECTED : RESYNC.CONNECTED;
    this.everConnected = true;
    this.setStatus(STATUS.LIVE);
    // Whatever happened before the subscriptions were in place is only in a fresh summary, also on the first connect.
    this.resyncNow(reason);
  }

  dropped(client) {
    if (client !== this.client) {
      return;
    }
    this.client = null;
    this.tickerSubscription = null;
    client.deactivate();
    // Messages missed while away are covered by the resync after reconnecting; the next summary sets the baseline.
    this.lastSeenIndex = null;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
    this.pendingSince = null;
    this.setStatus(STATUS.RECONNECTING);
    const delay = this.nextRetryDelay();
    this.failedAttempts += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  cockpitChanged(body) {
    const message = parseBody(body);
    if (!message || !Number.isSafeInteger(message.globalIndex)) {
      return;
    }
    const index = message.globalIndex;
    const missedSome = this.lastSeenIndex !== null && index > this.lastSeenIndex + 1;
    if (this.lastSeenIndex === null || index > this.lastSeenIndex) {
      this.lastSeenIndex = index;
    }
    if (missedSome) {
      this.resyncNow(RESYNC.GAP);
      return;
    }
    this.scheduleResync();
  }

  eventArrived(body) {
    const event = parseBody(body);
    if (event) {
      this.onEvent(event);
    }
  }

  scheduleResync() {
    const now = Date.now();
    if (this.pendingSince === null) {
      this.pendingSince = now;
    }
    clearTimeout(this.debounceTimer);
    const untilMaxWait = Math.max(0, this.pendingSince + this.options.maxWaitMs - now);
    this.debounceTimer = setTimeout(() => this.resyncNow(RESYNC.CHANGED), Math.min(this.options.debounceMs, untilMaxWait));
  }

  resyncNow(reason) {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
    this.pendingSince = null;
    this.onResync(reason);
  }

  setStatus(status) {
    if (status !== this.status) {
      this.status = status;
      this.onStatus(status);
    }
  }
}
