import { describe, expect, it } from 'vitest';
import { emptyForm } from '../cases/cases.js';
import { ACTION_FORMS, LIST_IN_ADDRESS, NOT_OFFERED, candidateChoices, nextCandidateId } from './ballots.js';

describe('the ballot list in the address', () => {
  it('keeps the level and year filters', () => {
    const search = '?status=OPEN&level=TOWN&year=2026';
    const state = LIST_IN_ADDRESS.fromSearch(search);
    expect(state.filter).toEqual({ status: 'OPEN', level: 'TOWN', regionId: '', year: '2026', q: '' });
    expect(LIST_IN_ADDRESS.toSearch(state)).toBe(search);
  });
});

describe('ballot forms', () => {
  it('numbers a new candidate after those collected, skipping a number taken', () => {
    expect(nextCandidateId({ candidates: [] })).toBe('c1');
    expect(nextCandidateId({ candidates: [{ candidateId: 'c1' }, { candidateId: 'c3' }] })).toBe('c4');
    expect(nextCandidateId({ candidates: [{ candidateId: 'c2' }, { candidateId: 'x' }] })).toBe('c3');
    expect(ACTION_FORMS['collect-candidate'][0].initial({ candidates: [{ candidateId: 'c1' }] })).toBe('c2');
  });

  it('shortlists from the candidates collected', () => {
    expect(candidateChoices({ candidates: [{ candidateId: 'c1', title: '口袋公园' }] }))
      .toEqual([{ value: 'c1', label: '口袋公园（c1）' }]);
    expect(emptyForm(ACTION_FORMS, 'shortlist', null)).toEqual({ candidateIds: [], reason: '' });
  });

  it('opens with no deputies picked and no number of choices guessed', () => {
    expect(emptyForm(ACTION_FORMS, 'open', { role: 'CLERK' })).toEqual({ maxChoices: null, deputyIds: [], closesAt: '' });
  });

  it('offers neither check-in nor voting: both are the deputy\'s own, on their phone', () => {
    expect(Object.keys(NOT_OFFERED)).toEqual(['check-in', 'vote']);
    expect(ACTION_FORMS).not.toHaveProperty('vote');
    expect(ACTION_FORMS).not.toHaveProperty('check-in');
  });
});
