import { describe, expect, it } from 'vitest';
import { getJson, queryString } from './http.js';

function answer(status, body) {
  return async () => new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('queryString', () => {
  it('leaves out empty values', () => {
    expect(queryString({ a: '1', b: '', c: null, d: undefined, e: 0 })).toBe('?a=1&e=0');
  });

  it('is empty when nothing is left', () => {
    expect(queryString({ a: '' })).toBe('');
  });
});

describe('getJson', () => {
  it('returns the parsed body', async () => {
    await expect(getJson('/api/x', {}, { fetchImpl: answer(200, { n: 1 }) })).resolves.toEqual({ n: 1 });
  });

  it("throws the problem body's detail", async () => {
    const failing = getJson('/api/x', {}, { fetchImpl: answer(422, { detail: '开始时间不能晚于结束时间' }) });
    await expect(failing).rejects.toMatchObject({ name: 'ApiError', message: '开始时间不能晚于结束时间', status: 422 });
  });

  it('falls back to a message by status', async () => {
    await expect(getJson('/api/x', {}, { fetchImpl: answer(403) })).rejects.toThrow('当前账号无权执行此操作');
  });

  it('reports a network failure in words', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(getJson('/api/x', {}, { fetchImpl: offline })).rejects.toThrow('无法连接服务器，请检查网络');
  });
});
