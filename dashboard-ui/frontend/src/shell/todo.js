/**
 * 待办 (to do) for the whole page: the account's waiting work (GET /api/todo), kept in one reactive store so that the
 * navigation's count and the 待办 page show the same answer, and fetched again when the server says cases changed
 * (`/topic/todo`, "re-fetch" notices without case data). A burst of notices becomes one request.
 */
import { reactive } from 'vue';
import { getJson } from '../api/http.js';
import { stompClientFactory, webSocketUrl } from '../live/liveFeed.js';

export const TODO_PAGE = 'todo.html';
export const TODO_TOPIC = '/topic/todo';
/** Items per group the page shows; the counts cover them all. */
export const TODO_LIMIT = 20;

export const todo = reactive({ list: null, error: '' });

/** The number the navigation shows: every waiting case, or nothing before the first answer. */
export function todoCount(list) {
  return Number.isSafeInteger(list?.total) ? list.total : null;
}

/** Fetches the waiting work into the store; `fetchImpl` is for tests. */
export async function refreshTodo({ fetchImpl } = {}) {
  try {
    todo.list = await getJson('/api/todo', { limit: TODO_LIMIT }, fetchImpl ? { fetchImpl } : {});
    todo.error = '';
  } catch (e) {
    todo.error = e.message;
  }
  return todo.list;
}

/**
 * Calls `onChange` once after a burst of notices on `/topic/todo` (`debounceMs` after the last one), and on every
 * (re)connection, since what changed while away was never told. Reconnects by itself after `retryMs`.
 * `createClient(handlers)` makes a @stomp/stompjs client (see liveFeed.js); returns `stop()`.
 */
export function todoFeed({ onChange, createClient, debounceMs = 300, retryMs = 5000 }) {
  let timer = null;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { timer = null; onChange(); }, debounceMs);
  };
  const client = createClient({
    reconnectDelay: retryMs,
    onConnect: () => {
      client.subscribe(TODO_TOPIC, changed);
      onChange();
    },
  });
  client.activate();
  return () => {
    clearTimeout(timer);
    client.deactivate();
  };
}

let watching = null;

/** Keeps the store fresh for the life of the page: fetched now, then again whenever the server says so. */
export function watchTodo() {
  if (!watching) {
    // Fetched at once too: a page whose WebSocket cannot connect still shows the count.
    refreshTodo();
    watching = todoFeed({ onChange: refreshTodo, createClient: stompClientFactory(webSocketUrl()) });
  }
  return watching;
}
