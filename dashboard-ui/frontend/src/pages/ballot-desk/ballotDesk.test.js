import { describe, expect, it, vi } from 'vitest';
import { ballotIdFromSearch, deskCounts, filterDeputies, tallyLines } from './ballotDesk.js';
import { caseTopic, watchBallot } from './deskFeed.js';

const DEPUTIES = [
  { deputyId: 'd-wang', name: '王建国', checkedIn: true },
  { deputyId: 'd-li', name: '李秀英', checkedIn: false },
  { deputyId: 'd-wangxm', name: '王小明', checkedIn: false },
];

describe('the ballot desk', () => {
  it('finds deputies by part of their name, spaces ignored', () => {
    expect(filterDeputies(DEPUTIES, '王').map((d) => d.name)).toEqual(['王建国', '王小明']);
    expect(filterDeputies(DEPUTIES, ' 秀 英 ').map((d) => d.name)).toEqual(['李秀英']);
    expect(filterDeputies(DEPUTIES, '')).toBe(DEPUTIES);
    expect(filterDeputies(DEPUTIES, '赵')).toEqual([]);
  });

  it('shows counts only, never who voted', () => {
    expect(deskCounts({ entitled: 4, checkedIn: 3, votesCast: 2, deputies: DEPUTIES }))
      .toEqual({ entitled: 4, checkedIn: 3, votesCast: 2 });
    expect(deskCounts(null)).toEqual({ entitled: 0, checkedIn: 0, votesCast: 0 });
  });

  it('reads the ballot from the address and lists the tally in its order', () => {
    expect(ballotIdFromSearch('?id=b-1')).toBe('b-1');
    expect(ballotIdFromSearch('')).toBe('');
    const ballot = { candidates: [
      { candidateId: 'c-2', tallyRank: 2, votes: 1 }, { candidateId: 'c-1', tallyRank: 1, votes: 3 },
      { candidateId: 'c-9', tallyRank: null },
    ] };
    expect(tallyLines(ballot).map((c) => c.candidateId)).toEqual(['c-1', 'c-2']);
  });

  it('reads again once on connecting and once after a burst of notices on the ballot topic', async () => {
    vi.useFakeTimers();
    let config;
    let listener;
    const client = {
      activate: () => config.onConnect(),
      deactivate: vi.fn(),
      subscribe: (topic, callback) => {
        expect(topic).toBe(caseTopic('b-1'));
        listener = callback;
      },
    };
    const refresh = vi.fn();
    const stop = watchBallot('b-1', { refresh, createClient: (given) => { config = given; return client; } });
    expect(refresh).toHaveBeenCalledTimes(1);
    listener({ body: '{}' });
    listener({ body: '{}' });
    listener({ body: '{}' });
    await vi.advanceTimersByTimeAsync(300);
    expect(refresh).toHaveBeenCalledTimes(2);
    stop();
    expect(client.deactivate).toHaveBeenCalled();
    vi.useRealTimers();
  });
});
