/**
 * The desk's live counts: a STOMP subscription to the ballot's case topic (`/topic/cases/{id}`), whose notices only
 * say that something changed; the desk then reads the roll call again. A burst of check-ins becomes one read, and
 * after every (re)connection the desk reads once, since notices sent while away are lost.
 */
import { Client } from '@stomp/stompjs';
import { webSocketUrl } from '../../live/liveFeed.js';

const DEBOUNCE_MS = 250;
const RECONNECT_MS = 3000;

/** The topic of one ballot's notices. */
export function caseTopic(ballotId) {
  return `/topic/cases/${ballotId}`;
}

/**
 * Calls `refresh` when the ballot changes and `onStatus(live)` when the connection comes or goes; returns a stop
 * function. `createClient` is for tests.
 */
export function watchBallot(ballotId, { refresh, onStatus = () => {}, createClient = (config) => new Client(config) }) {
  let timer = null;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  };
  const client = createClient({
    brokerURL: webSocketUrl(),
    reconnectDelay: RECONNECT_MS,
    heartbeatIncoming: 10000,
    heartbeatOutgoing: 10000,
    onConnect: () => {
      client.subscribe(caseTopic(ballotId), later);
      onStatus(true);
      refresh();
    },
    onWebSocketClose: () => onStatus(false),
  });
  client.activate();
  return () => {
    clearTimeout(timer);
    client.deactivate();
  };
}
