import { describe, expect, it } from 'vitest';
import { effectScope } from 'vue';
import { PHONE_QUERY, usePhone } from './phone.js';

function fakeMedia(matches) {
  const listeners = new Set();
  const list = {
    matches,
    addEventListener: (type, listener) => listeners.add(listener),
    removeEventListener: (type, listener) => listeners.delete(listener),
  };
  return { media: (query) => (query === PHONE_QUERY ? list : null), turn: (now) => listeners.forEach((l) => l({ matches: now })), listeners };
}

describe('usePhone', () => {
  it('follows the screen below 600 px wide as it turns', () => {
    const { media, turn } = fakeMedia(true);
    const scope = effectScope();
    const phone = scope.run(() => usePhone(media));
    expect(phone.value).toBe(true);
    turn(false);
    expect(phone.value).toBe(false);
    scope.stop();
  });

  it('is a desktop where the browser cannot tell', () => {
    const scope = effectScope();
    expect(scope.run(() => usePhone(undefined)).value).toBe(false);
    scope.stop();
  });
});
