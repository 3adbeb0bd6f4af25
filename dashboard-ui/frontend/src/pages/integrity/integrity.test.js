import { afterEach, describe, expect, it } from 'vitest';
import { forgetCsrf } from '../../api/csrf.js';
import {
  breakFacts, checkedLine, checkpointFileUrl, formatTime, runVerification, shortDigest, takeCheckpoint, verdict,
} from './integrity.js';

afterEach(forgetCsrf);

const BROKEN = {
  intact: false,
  summary: '已损坏：发现 1 处问题，第一处为「内容被修改」',
  firstBreak: {
    kind: 'MODIFIED', label: '内容被修改', explanation: '内容被修改：……', eventId: 'e-7', aggregateId: 'p-1',
    sequenceNumber: 2, globalIndex: 41, checkpointNumber: null,
  },
  breaks: [],
  eventsChecked: 120,
  checkpointsChecked: 3,
  keptCheckpoint: null,
  checkedAt: '2026-11-22T05:00:00Z',
  durationMillis: 35,
  eventsPerSecond: 3428,
};

/** A fetch that records its calls and answers from `answers` by path. */
function server(answers) {
  const calls = [];
  const fetchImpl = async (path, init) => {
    calls.push({ path, init });
    const body = answers[path];
    return new Response(JSON.stringify(body), { status: body === undefined ? 404 : 200 });
  };
  return { calls, fetchImpl };
}

describe('verdict', () => {
  it('says 完好 for an intact store and 已损坏 otherwise', () => {
    expect(verdict({ intact: true, summary: '完好：……' })).toEqual({ tone: 'good', title: '完好', text: '完好：……' });
    expect(verdict(BROKEN)).toMatchObject({ tone: 'bad', title: '已损坏' });
    expect(verdict(null)).toBeNull();
  });
});

describe('breakFacts', () => {
  it('names the broken event and leaves out what the break does not name', () => {
    expect(breakFacts(BROKEN.firstBreak)).toEqual([
      { name: '问题', value: '内容被修改' },
      { name: '说明', value: '内容被修改：……' },
      { name: '事件编号', value: 'e-7' },
      { name: '案件编号', value: 'p-1' },
      { name: '案件内序号', value: '2' },
      { name: '全局序号', value: '41' },
    ]);
  });

  it('names the checkpoint of a roll-back', () => {
    const rolledBack = { kind: 'ROLLED_BACK', label: '回退到旧的检查点', explanation: '回退……', checkpointNumber: 5 };
    expect(breakFacts(rolledBack).map((fact) => fact.name)).toEqual(['问题', '说明', '检查点']);
    expect(breakFacts(rolledBack)[2].value).toBe('#5');
  });
});

describe('checkedLine', () => {
  it('says what was checked, how fast and when, in Beijing time', () => {
    expect(checkedLine({ ...BROKEN, keptCheckpoint: 3 })).toBe('核对事件 120 个、检查点 3 个，对照保存的检查点 #3；'
      + '用时 35 毫秒（每秒约 3428 个事件）；校验时间 2026-11-22 13:00:00');
  });
});

describe('the integrity API', () => {
  it('verifies with a GET, and against a kept file with a POST that carries the CSRF header', async () => {
    const { calls, fetchImpl } = server({
      '/api/audit/verify': BROKEN,
      '/api/csrf': { headerName: 'X-CSRF-TOKEN', token: 't-1' },
    });
    await expect(runVerification(undefined, { fetchImpl })).resolves.toEqual(BROKEN);
    expect(calls[0].init.method).toBe('GET');

    await runVerification('检查点文件全文', { fetchImpl });
    const post = calls.find((call) => call.init.method === 'POST');
    expect(post.path).toBe('/api/audit/verify');
    expect(JSON.parse(post.init.body)).toEqual({ checkpointFile: '检查点文件全文' });
    expect(post.init.headers['X-CSRF-TOKEN']).toBe('t-1');
  });

  it('takes a checkpoint with a POST carrying the CSRF header', async () => {
    const { calls, fetchImpl } = server({
      '/api/audit/checkpoints': { created: true, number: 4 },
      '/api/csrf': { headerName: 'X-CSRF-TOKEN', token: 't-2' },
    });
    await expect(takeCheckpoint({ fetchImpl })).resolves.toMatchObject({ number: 4 });
    expect(calls.at(-1).init.headers['X-CSRF-TOKEN']).toBe('t-2');
  });

  it('downloads a checkpoint file from its own address', () => {
    expect(checkpointFileUrl(12)).toBe('/api/audit/checkpoints/12/file');
  });
});

describe('formatting', () => {
  it('prints times in Beijing time and digests shortened', () => {
    expect(formatTime('2026-11-21T16:30:05Z')).toBe('2026-11-22 00:30:05');
    expect(shortDigest('0123456789abcdef0123')).toBe('0123456789abcdef…');
    expect(shortDigest(null)).toBe('');
  });
});
