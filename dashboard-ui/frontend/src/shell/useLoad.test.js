import { describe, expect, it } from 'vitest';
import { useLoad } from './useLoad.js';

/** A read whose answers the test settles by hand, in any order. */
function manualRead() {
  const pending = [];
  const read = () => new Promise((resolve, reject) => pending.push({ resolve, reject }));
  return { read, pending };
}

describe('useLoad', () => {
  it('keeps the answer of the last read started, whatever order the answers arrive in', async () => {
    const { read, pending } = manualRead();
    const { data, loading, load } = useLoad(read);

    const first = load();
    const second = load();
    pending[1].resolve('second');
    await second;
    pending[0].resolve('first');
    await first;

    expect(data.value).toBe('second');
    expect(loading.value).toBe(false);
  });

  it('clears the answer and shows the message when the read fails', async () => {
    const { read, pending } = manualRead();
    const { data, error, loading, load } = useLoad(read);
    const loaded = load();
    pending[0].resolve({ total: 3 });
    await loaded;

    const failed = load();
    expect(loading.value).toBe(true);
    pending[1].reject(new Error('网络异常'));
    await failed;

    expect(data.value).toBeNull();
    expect(error.value).toBe('网络异常');
    expect(loading.value).toBe(false);
  });
});
