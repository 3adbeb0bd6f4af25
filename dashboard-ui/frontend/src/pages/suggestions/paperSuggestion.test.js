import { describe, expect, it } from 'vitest';
import { freshProgress, handInOnPaper, paperFieldErrors, paperForm } from './paperSuggestion.js';

function server(failing = {}) {
  const sent = [];
  let version = -1;
  const send = async (url, body, { key, version: ifMatch }) => {
    sent.push({ url, body, key, ifMatch });
    const step = url.split('/').pop();
    if (failing[step]) {
      const error = new Error('refused');
      error.problem = failing[step];
      delete failing[step];
      throw error;
    }
    version += 1;
    return { aggregateId: 's-1', version };
  };
  return { send, sent };
}

const VALUES = { ...paperForm(), leadDeputyId: 'd-1', coSignerIds: ['d-2', 'd-3'], regionId: 'r-1', title: '加装电梯',
  content: '老旧小区加装电梯' };

describe('a suggestion handed in on paper', () => {
  it('is drafted in the lead deputy\'s name, co-signed and submitted, each step on the version before it', async () => {
    const { send, sent } = server();
    expect(await handInOnPaper(VALUES, freshProgress(), send)).toBe('s-1');
    expect(sent.map((s) => s.url)).toEqual(['/api/suggestions', '/api/suggestions/s-1/co-sign',
      '/api/suggestions/s-1/co-sign', '/api/suggestions/s-1/submit']);
    expect(sent[0].body).toEqual({ kind: 'SUGGESTION', leadDeputyId: 'd-1', regionId: 'r-1', title: '加装电梯',
      content: '老旧小区加装电梯' });
    expect(sent.slice(1).map((s) => s.ifMatch)).toEqual([0, 1, 2]);
    expect(sent[3].body).toEqual({ sessionPeriod: 'RECESS' });
    expect(new Set(sent.map((s) => s.key)).size).toBe(4);
  });

  it('goes on from the step that failed, with the same key, and names the field', async () => {
    const problem = { errors: [{ field: 'deputyId', message: '代表「d-3」已联名，不能重复联名' }] };
    const { send, sent } = server({ 'co-sign': problem });
    const progress = freshProgress();
    const refused = await handInOnPaper(VALUES, progress, send).catch((e) => e);
    expect(paperFieldErrors(refused)).toEqual({ coSignerIds: '代表「d-3」已联名，不能重复联名' });
    expect(progress.id).toBe('s-1');
    const firstCoSignKey = sent[1].key;

    await handInOnPaper(VALUES, progress, send);
    expect(sent.slice(2).map((s) => s.url.split('/').pop())).toEqual(['co-sign', 'co-sign', 'submit']);
    expect(sent[2].key).toBe(firstCoSignKey);
    expect(sent.filter((s) => s.url === '/api/suggestions')).toHaveLength(1);
  });
});
