import { describe, expect, it } from 'vitest';
import { emptyForm } from '../cases/cases.js';
import { ACTION_FORMS, LIST_IN_ADDRESS, handlingUnits } from './suggestions.js';

describe('the suggestion list in the address', () => {
  it('keeps the kind, result and key supervision filters', () => {
    const search = '?kind=BILL&result=BEING_SOLVED_OR_PLANNED&keySupervision=true&page=2';
    const state = LIST_IN_ADDRESS.fromSearch(search);
    expect(state.filter).toMatchObject({ kind: 'BILL', result: 'BEING_SOLVED_OR_PLANNED', keySupervision: 'true',
      status: '' });
    expect(state.page).toBe(2);
    expect(LIST_IN_ADDRESS.toSearch(state)).toBe(search);
  });

  it('keeps the conversion and follow-up year filters', () => {
    const search = '?conversion=TO_PROCURATORATE&followUpYear=2026';
    const state = LIST_IN_ADDRESS.fromSearch(search);
    expect(state.filter).toMatchObject({ conversion: 'TO_PROCURATORATE', followUpYear: '2026' });
    expect(LIST_IN_ADDRESS.toSearch(state)).toBe(search);
  });
});

describe('suggestion action forms', () => {
  it('prefills the unit a unit account acts as, and nothing for a clerk', () => {
    expect(emptyForm(ACTION_FORMS, 'reply', { unitId: 'u-1' })).toEqual({ unitId: 'u-1', result: '', reply: '' });
    expect(emptyForm(ACTION_FORMS, 'assign', { role: 'CLERK' })).toEqual({ leadUnitId: '', coUnitIds: [], reason: '' });
    expect(emptyForm(ACTION_FORMS, 'follow-up', null)).toEqual({ year: null, outcome: '', progress: '' });
    expect(emptyForm(ACTION_FORMS, 'procuratorate-outcome', null))
      .toEqual({ outcome: '', referenceNumber: '', decidedOn: '', note: '' });
  });

  it('offers the units handling the suggestion as the ones that may reply', () => {
    expect(handlingUnits({ units: [{ id: 'u-1', name: '住建局' }] })).toEqual([{ unitId: 'u-1', name: '住建局' }]);
    expect(handlingUnits(null)).toEqual([]);
  });
});
