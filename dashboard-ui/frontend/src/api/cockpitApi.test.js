import { describe, expect, it } from 'vitest';
import { CockpitApiError, fetchSummary } from './cockpitApi.js';

function fakeFetch(response) {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    if (response instanceof Error) {
      throw response;
    }
    return response;
  };
  return { fetchImpl, calls };
}

const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('fetchSummary', () => {
  it('asks for the selection with the session cookie and returns the parsed summary', async () => {
    const { fetchImpl, calls } = fakeFetch(json(200, { regionName: '某某镇', asOfGlobalIndex: 7 }));

    const summary = await fetchSummary({ regionId: '150102001', period: 'YEAR', year: 2025 }, { fetchImpl });

    expect(summary).toEqual({ regionName: '某某镇', asOfGlobalIndex: 7 });
    expect(calls[0].url).toBe('/api/cockpit/summary?regionId=150102001&period=YEAR&year=2025');
    expect(calls[0].init.credentials).toBe('same-origin');
    expect(calls[0].init.headers.Accept).toBe('application/json');
  });

  it('asks for the figures as of a past day when one is chosen', async () => {
    const { fetchImpl, calls } = fakeFetch(json(200, { regionName: '示范区' }));

    await fetchSummary({ period: 'YEAR', year: null, asOf: '2026-03-31' }, { fetchImpl });

    expect(calls[0].url).toBe('/api/cockpit/summary?period=YEAR&asOf=2026-03-31');
  });

  it('passes on the Chinese explanation the server gives', async () => {
    const { fetchImpl } = fakeFetch(json(422, { title: 'Unprocessable', detail: '年度不能晚于今年' }));

    await expect(fetchSummary({ period: 'YEAR', year: 2099 }, { fetchImpl })).rejects.toEqual(
      expect.objectContaining({ name: 'CockpitApiError', message: '年度不能晚于今年', status: 422 }),
    );
  });

  it('explains a refusal without a body in words a leader understands', async () => {
    const { fetchImpl } = fakeFetch(new Response(null, { status: 403 }));

    await expect(fetchSummary({ period: 'TODAY' }, { fetchImpl })).rejects.toThrow('当前账号无权查看数据驾驶舱');
  });

  it('names the status of an unexpected server error', async () => {
    const { fetchImpl } = fakeFetch(new Response('oops', { status: 502 }));

    await expect(fetchSummary({ period: 'TODAY' }, { fetchImpl })).rejects.toThrow('服务器暂时无法提供数据（502）');
  });

  it('turns a network failure into a readable error but lets an abort through', async () => {
    await expect(fetchSummary({ period: 'MONTH' }, fakeFetch(new TypeError('Failed to fetch')))).rejects.toBeInstanceOf(
      CockpitApiError,
    );
    const abort = new DOMException('aborted', 'AbortError');
    await expect(fetchSummary({ period: 'MONTH' }, fakeFetch(abort))).rejects.toBe(abort);
  });
});
