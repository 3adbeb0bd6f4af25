import { describe, expect, it } from 'vitest';
import { commandBody, emptyForm } from '../cases/cases.js';
import { ACTION_FORMS, LIST_IN_ADDRESS, caseTitle, mediatorNames } from './mediation.js';

const field = (action, name) => ACTION_FORMS[action].find((f) => f.name === name);

describe('the mediation case list in the address', () => {
  it('keeps the dispute type, court and mediator filters', () => {
    const search = '?status=MEDIATING&disputeType=LABOUR&unitId=u-court&deputyId=d-1&page=3';
    const state = LIST_IN_ADDRESS.fromSearch(search);
    expect(state.filter).toMatchObject({ status: 'MEDIATING', disputeType: 'LABOUR', unitId: 'u-court',
      deputyId: 'd-1', overdue: '' });
    expect(state.page).toBe(3);
    expect(LIST_IN_ADDRESS.toSearch(state)).toBe(search);
  });
});

describe('a mediation case in words', () => {
  it('is named by its dispute and the court that referred it', () => {
    expect(caseTitle({ disputeTypeLabel: '劳动争议', court: { id: 'u-court', name: '区人民法院' } }))
      .toBe('劳动争议（区人民法院委派）');
    expect(caseTitle({ disputeTypeLabel: '其他', court: { id: null, name: null } })).toBe('其他');
  });

  it('names its mediators, or none', () => {
    expect(mediatorNames({ mediators: [{ id: 'd-1', name: '王建国' }, { id: 'd-2', name: null }] }))
      .toBe('王建国、d-2');
    expect(mediatorNames({ mediators: [] })).toBe('—');
  });
});

describe('mediation forms', () => {
  it('registers with two empty parties, never kept as a draft, and the court a court account is', () => {
    expect(field('create', 'parties').personal).toBe(true);
    const values = emptyForm(ACTION_FORMS, 'create', { role: 'UNIT', unitId: 'u-court' });
    expect(values.courtId).toBe('u-court');
    expect(values.parties).toEqual([{ name: '', phone: '', idNumber: '' }, { name: '', phone: '', idNumber: '' }]);
    expect(values.amountInDispute).toBeNull();
  });

  it('sends the parties without the personal data left empty', () => {
    const body = commandBody({ courtId: 'u-court', amountInDispute: null, parties: [
      { name: '刘某', phone: '', idNumber: '' }, { name: '陈某', phone: '13812345678', idNumber: '' }] });
    expect(body).toEqual({ courtId: 'u-court', parties: [{ name: '刘某' }, { name: '陈某', phone: '13812345678' }] });
  });

  it('offers pool mediators not yet on the case, and releases only those on it', () => {
    const mediationCase = { mediators: [{ id: 'd-1', name: '王建国' }] };
    expect(field('assign-mediators', 'deputyIds').mediators).toBe(true);
    const assign = field('assign-mediators', 'deputyIds').only;
    expect(assign({ deputyId: 'd-2', mediator: true }, mediationCase)).toBe(true);
    expect(assign({ deputyId: 'd-1', mediator: true }, mediationCase)).toBe(false);
    const release = field('release-mediator', 'deputyId').only;
    expect(release({ deputyId: 'd-1' }, mediationCase)).toBe(true);
    expect(release({ deputyId: 'd-2' }, mediationCase)).toBe(false);
  });

  it('lets a mediator record a session as themselves', () => {
    expect(emptyForm(ACTION_FORMS, 'record-session', { deputyId: 'd-1' }))
      .toEqual({ mediatorId: 'd-1', heldAt: '', place: '', summary: '' });
    expect(emptyForm(ACTION_FORMS, 'assign-mediators', { role: 'CLERK' })).toEqual({ deputyIds: [], reason: '' });
  });
});
