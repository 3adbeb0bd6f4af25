import { describe, expect, it } from 'vitest';
import { commandBody, emptyForm } from '../cases/cases.js';
import { ACTION_FORMS, LIST_IN_ADDRESS, openMilestones } from './projects.js';

describe('the project list in the address', () => {
  it('keeps the ballot and year filters', () => {
    const search = '?status=IN_PROGRESS&ballotId=b-1&year=2026&page=2';
    const state = LIST_IN_ADDRESS.fromSearch(search);
    expect(state.filter).toEqual({ status: 'IN_PROGRESS', ballotId: 'b-1', regionId: '', year: '2026', q: '' });
    expect(state.page).toBe(2);
    expect(LIST_IN_ADDRESS.toSearch(state)).toBe(search);
  });
});

describe('project forms', () => {
  it('plans from one empty milestone and sends the rows as they were filled', () => {
    const values = emptyForm(ACTION_FORMS, 'plan-milestones', null);
    expect(values).toEqual({ milestones: [{ name: '', dueDate: '' }] });
    values.milestones = [{ name: '设计', dueDate: '2026-05-01' }, { name: '施工', dueDate: '2026-09-30' }];
    expect(commandBody(values)).toEqual(values);
  });

  it('offers the milestones not reached yet, and starts progress from the last one recorded', () => {
    const project = { percent: 40, milestones: [{ name: '设计', reachedAt: '2026-04-01T00:00:00Z' },
      { name: '施工', reachedAt: null }] };
    expect(openMilestones(project)).toEqual([{ value: '施工', label: '施工' }]);
    expect(ACTION_FORMS['record-progress'][0].initial(project)).toBe(40);
    expect(openMilestones(null)).toEqual([]);
  });

  it('lets a deputy inspect in their own name, beside others', () => {
    expect(emptyForm(ACTION_FORMS, 'inspect', { deputyId: 'd-1' }))
      .toEqual({ deputyIds: ['d-1'], inspectedOn: '', findings: '' });
    expect(emptyForm(ACTION_FORMS, 'inspect', { role: 'CLERK' }).deputyIds).toEqual([]);
  });

  it('sends a count of zero raters, not leaves it out', () => {
    expect(commandBody({ satisfied: 10, basicallySatisfied: 0, unsatisfied: 0, reason: '' }))
      .toEqual({ satisfied: 10, basicallySatisfied: 0, unsatisfied: 0 });
  });
});
