import { describe, expect, it } from 'vitest';
import {
  actorName, actorRole, addressOf, caseIdFromSearch, clampStep, formatTime, loadHistory, reasonOf, replaySteps, shown,
} from './trace.js';
import { petitionHistory } from './historyFixture.js';

describe('replaySteps', () => {
  it('gives the state after each step, built from the changes of the steps up to it', () => {
    const steps = replaySteps(petitionHistory());

    expect(steps).toHaveLength(3);
    expect(steps[0].state.map((row) => row.value)).toEqual(['待受理', null, null]);
    expect(steps[1].state.map((row) => row.value)).toEqual(['已受理', 'd-1', null]);
    expect(steps[2].state.map((row) => row.value)).toEqual(['转办中', 'd-1', 'u-water']);
  });

  it('marks the fields a step changed with their value before it', () => {
    const second = replaySteps(petitionHistory())[1].state;

    expect(second.filter((row) => row.changed).map((row) => row.field)).toEqual(['status', 'deputyId']);
    expect(second[0]).toEqual({ field: 'status', label: '状态', value: '已受理', changed: true, before: '待受理' });
    expect(second[2]).toEqual({ field: 'unitIds', label: '承办单位', value: null, changed: false, before: null });
  });

  it('keeps every step its own state when later steps change the same field', () => {
    const steps = replaySteps(petitionHistory());

    expect(steps[0].state[0].value).toBe('待受理');
    expect(steps[2].entry.globalIndex).toBe(15);
  });
});

describe('clampStep', () => {
  it('keeps a step between the first and the last', () => {
    expect(clampStep(0, 3)).toBe(1);
    expect(clampStep(4, 3)).toBe(3);
    expect(clampStep(2, 3)).toBe(2);
    expect(clampStep(Number('x'), 3)).toBe(3);
    expect(clampStep(1, 0)).toBe(0);
  });
});

describe('the address', () => {
  it('reads the case id from ?case=', () => {
    expect(caseIdFromSearch('?case=%20p-1%20')).toBe('p-1');
    expect(caseIdFromSearch('')).toBe('');
  });

  it('writes the case id into the address, keeping the rest', () => {
    expect(addressOf('http://h/trace.html?x=1', 'p 2')).toBe('http://h/trace.html?x=1&case=p+2');
    expect(addressOf('http://h/trace.html?case=p-1', '')).toBe('http://h/trace.html');
  });
});

describe('loadHistory', () => {
  it('asks for the history of the case, its id escaped', async () => {
    let asked;
    const fetchImpl = async (path) => {
      asked = path;
      return new Response(JSON.stringify(petitionHistory()), { status: 200 });
    };

    await expect(loadHistory('p/1', { fetchImpl })).resolves.toMatchObject({ caseId: 'p-1' });
    expect(asked).toBe('/api/cases/p%2F1/history');
  });

  it("fails with the server's Chinese detail", async () => {
    const fetchImpl = async () => new Response(JSON.stringify({ detail: '未找到编号为「x」的案件' }), { status: 404 });

    await expect(loadHistory('x', { fetchImpl })).rejects.toMatchObject({ message: '未找到编号为「x」的案件' });
  });
});

describe('what a row shows', () => {
  it('prints times in Beijing time', () => {
    expect(formatTime('2026-03-02T02:00:00Z')).toBe('2026-03-02 10:00:00');
    expect(formatTime(null)).toBe('—');
  });

  it('names the actor and their role, or a dash', () => {
    const actor = { id: 'deputy', name: '张三', role: 'DEPUTY', roleLabel: '人大代表' };
    expect(actorName(actor)).toBe('张三');
    expect(actorRole(actor)).toBe('人大代表');
    expect(actorName({ id: 'system', name: null })).toBe('system');
    expect(actorRole({ role: 'ROBOT', roleLabel: null })).toBe('—');
  });

  it('joins the reason and the comment', () => {
    const [first, second, third] = petitionHistory().entries;
    expect(reasonOf(first)).toBe('—');
    expect(reasonOf(second)).toBe('由本代表跟进');
    expect(reasonOf(third)).toBe('请核实；<img src=x onerror=alert(1)>');
  });

  it('shows a dash for no value', () => {
    expect(shown(null)).toBe('—');
    expect(shown('')).toBe('—');
    expect(shown(0)).toBe('0');
  });
});
