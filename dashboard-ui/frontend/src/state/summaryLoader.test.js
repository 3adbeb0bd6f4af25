import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SummaryLoader } from './summaryLoader.js';
import { CockpitApiError } from '../api/cockpitApi.js';

/** A load function whose requests the test answers one by one. */
function controllableLoad() {
  const requests = [];
  const load = (selection, signal) =>
    new Promise((resolve, reject) => {
      const request = { selection, signal, resolve, reject };
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      requests.push(request);
    });
  return { load, requests };
}

function recorder() {
  const log = [];
  return {
    log,
    listener: {
      loading: (value) => log.push(['loading', value]),
      loaded: (summary, selection) => log.push(['loaded', summary, selection]),
      failed: (error) => log.push(['failed', error.message]),
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SummaryLoader', () => {
  it('shows the answer for the selection and reports loading around it', async () => {
    const { load, requests } = controllableLoad();
    const { log, listener } = recorder();
    const loader = new SummaryLoader(load, listener);

    loader.select({ period: 'YEAR' });
    requests[0].resolve({ asOfGlobalIndex: 1 });
    await flush();

    expect(log).toEqual([['loading', true], ['loaded', { asOfGlobalIndex: 1 }, { period: 'YEAR' }], ['loading', false]]);
  });

  it('drops the late answer for a selection the user already left', async () => {
    const { load, requests } = controllableLoad();
    const { log, listener } = recorder();
    const loader = new SummaryLoader(load, listener);

    loader.select({ regionId: null, period: 'YEAR' });
    loader.select({ regionId: '150102001', period: 'YEAR' });
    expect(requests[0].signal.aborted).toBe(true);
    requests[0].resolve({ regionName: '示范区' });
    requests[1].resolve({ regionName: '某某镇' });
    await flush();

    const loaded = log.filter(([kind]) => kind === 'loaded').map(([, summary]) => summary.regionName);
    expect(loaded).toEqual(['某某镇']);
  });

  it('runs one more request after the current one when changes arrive meanwhile, not one per change', async () => {
    const { load, requests } = controllableLoad();
    const { listener } = recorder();
    const loader = new SummaryLoader(load, listener);
    loader.select({ period: 'TODAY' });

    loader.refresh();
    loader.refresh();
    loader.refresh();
    expect(requests).toHaveLength(1);

    requests[0].resolve({ asOfGlobalIndex: 1 });
    await flush();
    expect(requests).toHaveLength(2);
    requests[1].resolve({ asOfGlobalIndex: 2 });
    await flush();
    expect(requests).toHaveLength(2);
  });

  it('refreshes nothing before anything was selected', () => {
    const { load, requests } = controllableLoad();
    new SummaryLoader(load, recorder().listener).refresh();
    expect(requests).toHaveLength(0);
  });

  describe('after a failure', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });

    afterEach(() => {
      vi.useRealTimers();
    });

    it('reports it and tries again after a pause', async () => {
      const { load, requests } = controllableLoad();
      const { log, listener } = recorder();
      const loader = new SummaryLoader(load, listener, { retryAfterMs: 15000 });
      loader.select({ period: 'YEAR' });

      requests[0].reject(new CockpitApiError('服务器暂时无法提供数据（503）', 503));
      await vi.advanceTimersByTimeAsync(14999);
      expect(log).toContainEqual(['failed', '服务器暂时无法提供数据（503）']);
      expect(requests).toHaveLength(1);

      await vi.advanceTimersByTimeAsync(1);
      expect(requests).toHaveLength(2);
    });

    it('does not retry when the server refused the user', async () => {
      const { load, requests } = controllableLoad();
      const loader = new SummaryLoader(load, recorder().listener, { retryAfterMs: 15000 });
      loader.select({ period: 'YEAR' });

      requests[0].reject(new CockpitApiError('当前账号无权查看数据驾驶舱', 403));
      await vi.advanceTimersByTimeAsync(60000);

      expect(requests).toHaveLength(1);
    });

    it('stops retrying once stopped', async () => {
      const { load, requests } = controllableLoad();
      const loader = new SummaryLoader(load, recorder().listener, { retryAfterMs: 15000 });
      loader.select({ period: 'YEAR' });
      requests[0].reject(new CockpitApiError('无法连接服务器，请检查网络', 0));
      await vi.advanceTimersByTimeAsync(0);

      loader.stop();
      await vi.advanceTimersByTimeAsync(60000);

      expect(requests).toHaveLength(1);
    });
  });
});
