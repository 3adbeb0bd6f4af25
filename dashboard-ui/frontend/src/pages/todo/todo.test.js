import { describe, expect, it } from 'vitest';
import { URGE_TYPES, awaitUrged, itemOf, urgeAction, urgeShown, urgeable } from './todo.js';

const list = (urgeCount) => ({
  total: 2,
  groups: [
    { key: 'overdue', title: '已逾期', count: 1, items: [{ caseId: 'p-1', caseType: 'PETITION', urgeCount }] },
    { key: 'due-soon', title: '7日内到期', count: 1, items: [{ caseId: 'm-1', caseType: 'MEDIATION', urgeCount: 0 }] },
  ],
});

describe('urgeable', () => {
  it('offers 督办 on deadline rows of the types with an urge route', () => {
    expect(urgeable({ caseType: 'PETITION', urgeCount: 0 })).toBe(true);
    expect(urgeable({ caseType: 'SUGGESTION', urgeCount: 2 })).toBe(true);
    expect(urgeable({ caseType: 'MEDIATION', urgeCount: 0 })).toBe(false);
    expect(urgeable({ caseType: 'PETITION', urgeCount: null })).toBe(false);
  });

  it('sends the urge to the type’s own route', () => {
    expect(URGE_TYPES.PETITION.path).toBe('/api/petitions');
    expect(URGE_TYPES.SUGGESTION.forms.urge[0]).toMatchObject({ name: 'reason', required: true });
  });
});

describe('urgeAction', () => {
  it('finds the urge in the allowed-actions answer', () => {
    const urge = { action: 'urge', summary: '督办', allowed: false, reason: '诉求当前状态为「已办结」，不能督办' };
    expect(urgeAction({ version: 3, actions: [{ action: 'close', allowed: true }, urge] })).toBe(urge);
    expect(urgeAction({ actions: [] })).toBeNull();
  });
});

describe('waiting for the urge to show', () => {
  it('finds a case in any group', () => {
    expect(itemOf(list(0), 'm-1').caseType).toBe('MEDIATION');
    expect(itemOf(list(0), 'x')).toBeNull();
  });

  it('sees the urge once the count rose or the case left the list', () => {
    expect(urgeShown(list(1), 'p-1', 1)).toBe(false);
    expect(urgeShown(list(2), 'p-1', 1)).toBe(true);
    expect(urgeShown({ groups: [] }, 'p-1', 1)).toBe(true);
  });

  it('fetches again until the list shows it, and gives up in the end', async () => {
    const answers = [list(0), list(0), list(1)];
    const pause = async () => {};
    await expect(awaitUrged('p-1', 0, async () => answers.shift(), pause)).resolves.toBe(true);
    expect(answers).toHaveLength(0);
    await expect(awaitUrged('p-1', 0, async () => list(0), pause)).resolves.toBe(false);
  });
});
