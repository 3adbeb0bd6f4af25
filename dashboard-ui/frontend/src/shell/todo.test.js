import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TODO_TOPIC, refreshTodo, todo, todoCount, todoFeed } from './todo.js';

function fakeClient() {
  const client = {
    handlers: null, subscriptions: {}, active: false,
    activate() { client.active = true; },
    deactivate() { client.active = false; },
    subscribe(destination, callback) { client.subscriptions[destination] = callback; },
  };
  return { client, createClient: (handlers) => { client.handlers = handlers; return client; } };
}

describe('todoCount', () => {
  it('is the total of every group, or nothing before the first answer', () => {
    expect(todoCount({ total: 7, groups: [] })).toBe(7);
    expect(todoCount(null)).toBeNull();
  });
});

describe('refreshTodo', () => {
  it('keeps the answer, and a refusal in words', async () => {
    const list = { total: 1, groups: [{ key: 'overdue', title: '已逾期', count: 1, items: [] }] };
    const asked = [];
    await refreshTodo({ fetchImpl: async (url) => { asked.push(url); return new Response(JSON.stringify(list)); } });
    expect(todo.list).toEqual(list);
    expect(asked).toEqual(['/api/todo?limit=20']);

    await refreshTodo({ fetchImpl: async () => new Response(null, { status: 403 }) });
    expect(todo.error).toBe('当前账号无权执行此操作');
    expect(todo.list).toEqual(list);
  });
});

describe('todoFeed', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('fetches on connecting and once after a burst of notices', () => {
    const { client, createClient } = fakeClient();
    const onChange = vi.fn();
    const stop = todoFeed({ onChange, createClient, debounceMs: 300 });
    expect(client.active).toBe(true);

    client.handlers.onConnect();
    expect(onChange).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      client.subscriptions[TODO_TOPIC]({ body: '{"refetch":"/api/todo"}' });
      vi.advanceTimersByTime(100);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(onChange).toHaveBeenCalledTimes(2);

    stop();
    expect(client.active).toBe(false);
  });

  it('reconnects by itself', () => {
    const { client, createClient } = fakeClient();
    todoFeed({ onChange: () => {}, createClient, retryMs: 4000 });
    expect(client.handlers.reconnectDelay).toBe(4000);
  });
});
