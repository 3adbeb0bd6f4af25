import { describe, expect, it } from 'vitest';
import {
  Pager, actionsFor, actorText, emptyForm, exportUrl, formatTime, regionChoices, searchParams, totalText, traceLink,
} from './auditLog.js';

describe('audit log search form', () => {
  it('should send only the filled-in fields, trimmed', () => {
    const form = { ...emptyForm(), actor: '  王芳 ', role: 'CLERK', from: '2026-11-01T08:00' };

    expect(searchParams(form)).toEqual({ params: { actor: '王芳', role: 'CLERK', from: '2026-11-01T08:00' } });
  });

  it('should refuse a start after the end without asking the server', () => {
    const form = { ...emptyForm(), from: '2026-11-02T00:00', to: '2026-11-01T23:59' };

    expect(searchParams(form)).toEqual({ error: '开始时间不能晚于结束时间' });
  });

  it('should offer the actions of the chosen case type only', () => {
    const actions = [
      { value: 'PetitionUrged', label: '督办诉求', caseType: 'PETITION' },
      { value: 'SuggestionUrged', label: '督办建议', caseType: 'SUGGESTION' },
    ];

    expect(actionsFor(actions, 'SUGGESTION').map((action) => action.value)).toEqual(['SuggestionUrged']);
    expect(actionsFor(actions, '')).toHaveLength(2);
  });
});

describe('audit log exports', () => {
  it('should download with the filters of the result on screen', () => {
    expect(exportUrl({ role: 'SUPERVISOR', regionId: '150102' }, 'csv'))
      .toBe('api/audit/events.csv?role=SUPERVISOR&regionId=150102');
    expect(exportUrl({}, 'xlsx')).toBe('api/audit/events.xlsx');
    expect(exportUrl({ actor: '王 芳' }, 'csv')).toBe('api/audit/events.csv?actor=%E7%8E%8B+%E8%8A%B3');
  });
});

describe('audit log paging', () => {
  it('should go forward by cursor and back to the cursors it came from', () => {
    const pager = new Pager();
    expect(pager.cursor).toBeNull();
    expect(pager.hasPrevious).toBe(false);

    pager.next(950);
    pager.next(900);
    expect(pager.pageNumber).toBe(3);
    expect(pager.cursor).toBe(900);

    pager.previous();
    expect(pager.cursor).toBe(950);
    pager.previous();
    pager.previous();
    expect(pager.cursor).toBeNull();
    expect(pager.pageNumber).toBe(1);
  });

  it('should stay on the last page when there is no next cursor', () => {
    const pager = new Pager();
    pager.next(null);

    expect(pager.pageNumber).toBe(1);
  });

  it('should say whether the total is exact or a lower bound', () => {
    expect(totalText({ total: 4, totalExact: true })).toBe('共 4 条');
    expect(totalText({ total: 10000, totalExact: false })).toBe('至少 10000 条');
    expect(totalText(null)).toBe('');
  });
});

describe('audit log rows', () => {
  it('should show times in Beijing time', () => {
    expect(formatTime('2026-02-15T02:00:00Z')).toBe('2026-02-15 10:00:00');
    expect(formatTime(null)).toBe('—');
  });

  it('should name the actor, else the account, else the role', () => {
    expect(actorText({ actorName: '张代表', actorId: 'd-1', actorRoleLabel: '人大代表' })).toBe('张代表');
    expect(actorText({ actorName: null, actorId: 'clerk', actorRoleLabel: '工作人员' })).toBe('clerk');
    expect(actorText({ actorName: null, actorId: null, actorRoleLabel: '群众' })).toBe('群众');
  });

  it('should link cases to their trace and nothing else', () => {
    expect(traceLink({ caseType: 'PETITION', caseId: 'p 1' })).toBe('trace.html?case=p%201');
    expect(traceLink({ caseType: 'STATION', caseId: 's-1' })).toBeNull();
    expect(traceLink({ caseType: null, caseId: null })).toBeNull();
  });

  it('should list the region tree as indented choices', () => {
    const tree = [{
      regionId: '150102', name: '示范区',
      children: [{ regionId: '150102001', name: '东城镇', children: [{ regionId: '150102001001', name: '河东村' }] }],
    }];

    expect(regionChoices(tree)).toEqual([
      { value: '150102', label: '示范区' },
      { value: '150102001', label: '　东城镇' },
      { value: '150102001001', label: '　　河东村' },
    ]);
  });
});
