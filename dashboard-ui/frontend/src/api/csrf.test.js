import { afterEach, describe, expect, it } from 'vitest';
import { csrfHeaders, forgetCsrf } from './csrf.js';

afterEach(forgetCsrf);

describe('csrfHeaders', () => {
  it('asks the server once and answers the header to send', async () => {
    let calls = 0;
    const fetchImpl = async (path) => {
      calls += 1;
      expect(path).toBe('/api/csrf');
      return new Response(JSON.stringify({ headerName: 'X-CSRF-TOKEN', token: 'abc' }), { status: 200 });
    };
    await expect(csrfHeaders({ fetchImpl })).resolves.toEqual({ 'X-CSRF-TOKEN': 'abc' });
    await expect(csrfHeaders({ fetchImpl })).resolves.toEqual({ 'X-CSRF-TOKEN': 'abc' });
    expect(calls).toBe(1);
  });

  it('asks again after a failure', async () => {
    const failing = async () => new Response(null, { status: 401 });
    await expect(csrfHeaders({ fetchImpl: failing })).rejects.toThrow('登录已失效');
    const working = async () => new Response(JSON.stringify({ headerName: 'H', token: 't' }), { status: 200 });
    await expect(csrfHeaders({ fetchImpl: working })).resolves.toEqual({ H: 't' });
  });
});
