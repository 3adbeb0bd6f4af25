import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('./cases.js', () => ({ fetchHistory: vi.fn(async () => ({ entries: [] })) }));

const { caseState } = await import('./caseState.js');

/** A read model that shows the answers one after another, each read once (the last one for good). */
function readModel(...answers) {
  let reads = 0;
  return vi.fn(async () => answers[Math.min(reads++, answers.length - 1)]);
}

describe('catching up after an action', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const actions = vi.fn(async () => ({ status: 'COLLECTING', version: 3, actions: [] }));

  it('waits for an event newer than the one the page saw, also when the status stays', async () => {
    const fetchCase = readModel({ status: 'COLLECTING', lastGlobalIndex: 7, candidates: [] },
      { status: 'COLLECTING', lastGlobalIndex: 7, candidates: [] },
      { status: 'COLLECTING', lastGlobalIndex: 9, candidates: ['c1'] });
    const state = caseState('b-1', { fetchCase, fetchActions: actions });
    const caughtUp = state.loadCaughtUp(7);
    await vi.runAllTimersAsync();
    await caughtUp;
    expect(fetchCase).toHaveBeenCalledTimes(3);
    expect(state.details.value.candidates).toEqual(['c1']);
  });

  it('reads once when it has seen nothing before (the page opening)', async () => {
    const fetchCase = readModel({ status: 'COLLECTING', lastGlobalIndex: 7 });
    const state = caseState('b-1', { fetchCase, fetchActions: actions });
    await state.loadCaughtUp();
    expect(fetchCase).toHaveBeenCalledTimes(1);
  });
});
