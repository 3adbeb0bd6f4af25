import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { useCockpit } from './useCockpit.js';
import { STATUS, TOPICS, tickerTopic } from '../live/liveFeed.js';

/** A server that answers every summary request with the region asked for and records the query. */
function fakeServer() {
  const queries = [];
  let index = 100;
  const fetchImpl = async (url) => {
    const params = new URL(url, 'http://cockpit.test').searchParams;
    queries.push(Object.fromEntries(params));
    const regionId = params.get('regionId') ?? '150102';
    const body = {
      regionId,
      regionName: regionId === '150102' ? '示范区' : '某某镇',
      asOfGlobalIndex: index,
      regions: regionId === '150102' ? [{ regionId: '150102001', regionName: '某某镇' }] : [],
    };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetchImpl, queries, advanceTo: (next) => (index = next) };
}

function fakeStomp() {
  const clients = [];
  const createClient = (handlers) => {
    const client = {
      handlers,
      topics: new Map(),
      activate() {},
      deactivate: () => Promise.resolve(),
      subscribe(destination, callback) {
        client.topics.set(destination, callback);
        return { unsubscribe: () => client.topics.delete(destination) };
      },
      publish(destination, body) {
        client.topics.get(destination)({ body: JSON.stringify(body) });
      },
    };
    clients.push(client);
    return client;
  };
  return { createClient, latest: () => clients[clients.length - 1] };
}

function mountCockpit(options) {
  let cockpit;
  const wrapper = mount(
    defineComponent({
      setup() {
        cockpit = useCockpit(options);
        return () => h('div');
      },
    }),
  );
  return { wrapper, cockpit };
}

describe('useCockpit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads the district summary for this year and names the breadcrumb after it', async () => {
    const server = fakeServer();
    const { cockpit } = mountCockpit({ fetchImpl: server.fetchImpl, createClient: fakeStomp().createClient });
    await flushPromises();

    expect(server.queries).toEqual([{ period: 'YEAR' }]);
    expect(cockpit.summary.value.regionName).toBe('示范区');
    expect(cockpit.path.value).toEqual([{ regionId: null, regionName: '示范区' }]);
    expect(cockpit.loading.value).toBe(false);
  });

  it('follows the live feed: a fresh summary on connecting and after a change, the ticker from the events', async () => {
    const server = fakeServer();
    const stomp = fakeStomp();
    const { cockpit } = mountCockpit({ fetchImpl: server.fetchImpl, createClient: stomp.createClient });
    await flushPromises();

    stomp.latest().handlers.onConnect({});
    await flushPromises();
    expect(cockpit.connection.value).toBe(STATUS.LIVE);
    expect(server.queries).toHaveLength(2);

    server.advanceTo(101);
    stomp.latest().publish(TOPICS.cockpit, { globalIndex: 101, changed: ['petitions'] });
    stomp.latest().publish(tickerTopic('150102'), { globalIndex: 101, action: '代表受理诉求', actorName: '张三' });
    await vi.advanceTimersByTimeAsync(1000);

    expect(server.queries).toHaveLength(3);
    expect(cockpit.summary.value.asOfGlobalIndex).toBe(101);
    expect(cockpit.events.value.map((event) => event.action)).toEqual(['代表受理诉求']);
  });

  it('moves the ticker to the region on screen and clears the lines of the previous one', async () => {
    const server = fakeServer();
    const stomp = fakeStomp();
    const { cockpit } = mountCockpit({ fetchImpl: server.fetchImpl, createClient: stomp.createClient });
    await flushPromises();
    stomp.latest().handlers.onConnect({});
    await flushPromises();
    expect([...stomp.latest().topics.keys()]).toEqual([TOPICS.cockpit, tickerTopic('150102')]);
    stomp.latest().publish(tickerTopic('150102'), { globalIndex: 101, action: '代表受理诉求', actorName: '张三' });
    expect(cockpit.events.value).toHaveLength(1);

    cockpit.drill(cockpit.summary.value.regions[0]);
    await flushPromises();

    expect([...stomp.latest().topics.keys()]).toEqual([TOPICS.cockpit, tickerTopic('150102001')]);
    expect(cockpit.events.value).toEqual([]);
    stomp.latest().publish(tickerTopic('150102001'), { globalIndex: 102, action: '督办诉求', actorName: '李四' });
    expect(cockpit.events.value.map((event) => event.action)).toEqual(['督办诉求']);
  });

  it('drills into a town, asks for it, and goes back to the district', async () => {
    const server = fakeServer();
    const { cockpit } = mountCockpit({ fetchImpl: server.fetchImpl, createClient: fakeStomp().createClient });
    await flushPromises();

    cockpit.drill(cockpit.summary.value.regions[0]);
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ regionId: '150102001', period: 'YEAR' });
    expect(cockpit.path.value.map((entry) => entry.regionName)).toEqual(['示范区', '某某镇']);
    expect(cockpit.summary.value.regionName).toBe('某某镇');

    cockpit.back(0);
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ period: 'YEAR' });
    expect(cockpit.path.value).toHaveLength(1);
  });

  it('asks for a past year and for today, and clears the old figures meanwhile', async () => {
    const server = fakeServer();
    const { cockpit } = mountCockpit({ fetchImpl: server.fetchImpl, createClient: fakeStomp().createClient });
    await flushPromises();
    const thisYear = new Date().getFullYear();

    cockpit.chooseYear(thisYear - 2);
    await nextTick();
    expect(cockpit.summary.value).toBeNull();
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ period: 'YEAR', year: String(thisYear - 2) });

    cockpit.choosePeriod('TODAY');
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ period: 'TODAY' });
  });

  it('shows a past day on request, keeps it still while the feed moves on, and goes back to live', async () => {
    const server = fakeServer();
    const stomp = fakeStomp();
    const { cockpit } = mountCockpit({ fetchImpl: server.fetchImpl, createClient: stomp.createClient });
    await flushPromises();
    stomp.latest().handlers.onConnect({});
    await flushPromises();

    cockpit.chooseAsOf('2026-03-31');
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ period: 'YEAR', asOf: '2026-03-31' });
    const asked = server.queries.length;

    server.advanceTo(105);
    stomp.latest().publish(TOPICS.cockpit, { globalIndex: 105, changed: ['petitions'] });
    stomp.latest().publish(tickerTopic('150102'), { globalIndex: 105, action: '代表受理诉求', actorName: '张三' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.queries).toHaveLength(asked);
    expect(cockpit.events.value.map((event) => event.action)).toEqual(['代表受理诉求']);

    cockpit.chooseAsOf(null);
    await flushPromises();
    expect(server.queries.at(-1)).toEqual({ period: 'YEAR' });
  });

  it('does not ask again when the same period is chosen twice', async () => {
    const server = fakeServer();
    const { cockpit } = mountCockpit({ fetchImpl: server.fetchImpl, createClient: fakeStomp().createClient });
    await flushPromises();

    cockpit.choosePeriod('YEAR');
    await flushPromises();

    expect(server.queries).toHaveLength(1);
  });
});
