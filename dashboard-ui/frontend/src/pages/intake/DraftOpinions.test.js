import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import DraftOpinions from './DraftOpinions.vue';
import { OPINION_RETRY_MESSAGE, intakeApi } from './intake.js';

const DRAFT = { draftId: 'draft-1', title: '某市物业管理条例（修订草案）', legislature: '某市人大常委会法工委',
  text: '第一条', link: null, closesOn: '2026-12-31' };
const RECEIVED = { draftTitle: DRAFT.title, opinionNumber: 7, receivedAt: '2026-12-07T05:00:00Z' };
const OPINIONS = '/api/public/intake/tokentoken/drafts/draft-1/opinions';

/** A fetch answering GET drafts once and each POST from `answers` in turn ('network': no answer), recording posts. */
function server(answers) {
  const posted = [];
  const fetchImpl = async (path, init = {}) => {
    if ((init.method ?? 'GET') === 'GET') {
      return new Response(JSON.stringify([DRAFT]), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    posted.push({ path, headers: init.headers ?? {}, body: JSON.parse(init.body) });
    const [status, body] = answers.shift();
    if (status === 'network') {
      throw new TypeError('Failed to fetch');
    }
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { posted, fetchImpl };
}

async function openForm(fetchImpl) {
  const page = mount(DraftOpinions, { props: { token: 'tokentoken', api: intakeApi(fetchImpl) } });
  await flushPromises();
  await page.get('[data-testid=open-draft] button').trigger('click');
  await page.get('#o-phone').setValue('13912345678');
  await page.get('#o-content').setValue('公共收益应当公示');
  return page;
}

describe('DraftOpinions', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
  });

  it('sends the same key again after a lost answer and a new key for the next opinion', async () => {
    const { posted, fetchImpl } = server([['network'], [200, RECEIVED], [201, { ...RECEIVED, opinionNumber: 8 }]]);
    const page = await openForm(fetchImpl);

    await page.get('form').trigger('submit');
    await flushPromises();
    expect(page.get('[role=alert]').text()).toBe(OPINION_RETRY_MESSAGE);
    await page.get('form').trigger('submit');
    await flushPromises();
    expect(page.get('[data-testid=opinion-receipt]').text()).toContain('第 7 条');

    await page.get('#o-content').setValue('维修资金使用程序过繁');
    await page.get('form').trigger('submit');
    await flushPromises();
    expect(page.get('[data-testid=opinion-receipt]').text()).toContain('第 8 条');

    const keys = posted.map((post) => post.headers['Idempotency-Key']);
    expect(posted.map((post) => post.path)).toEqual([OPINIONS, OPINIONS, OPINIONS]);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('drops a key the server says was used for another opinion', async () => {
    const used = { status: 422, detail: 'Idempotency-Key：该提交编号已用于另一条内容不同的意见',
      errors: [{ field: 'Idempotency-Key', message: '该提交编号已用于另一条内容不同的意见' }] };
    const { posted, fetchImpl } = server([[422, used], [201, RECEIVED]]);
    const page = await openForm(fetchImpl);

    await page.get('form').trigger('submit');
    await flushPromises();
    expect(page.get('[role=alert]').text()).toContain('再次点击“提交意见”将作为一条新的意见提交');
    await page.get('form').trigger('submit');
    await flushPromises();

    expect(page.get('[data-testid=opinion-receipt]').exists()).toBe(true);
    expect(posted[1].headers['Idempotency-Key']).not.toBe(posted[0].headers['Idempotency-Key']);
  });
});
