import { describe, expect, it } from 'vitest';
import { ACTION_FORMS, activeOpinions, opinionBy, opinionState, todayInChina } from './legislation.js';
import { opinionSubmission } from '../intake/intake.js';

const draft = {
  opinions: [
    { number: 1, content: '建议明确主管部门', mergedInto: null, forwarded: true, adopted: true },
    { number: 2, content: '建议提高罚款数额', mergedInto: null, forwarded: true, adopted: false },
    { number: 3, content: '主管部门应当写明', mergedInto: 1, forwarded: false, adopted: false },
    { number: 4, content: '晚到的意见', mergedInto: null, forwarded: false, adopted: false },
  ],
  liaisonPoints: [{ stationId: 's-1', name: '城关镇联系点' }],
};

describe('legislative opinion pages', () => {
  it('offers only opinions that stand on their own, and only forwarded ones for adoption', () => {
    expect(activeOpinions(draft).map((o) => o.value)).toEqual([1, 2, 4]);
    const adoptable = ACTION_FORMS['record-feedback'][0].options(draft);
    expect(adoptable.map((o) => o.value)).toEqual([1, 2]);
    expect(ACTION_FORMS['collect-opinion'][0].options(draft)).toEqual([{ value: 's-1', label: '城关镇联系点' }]);
  });

  it('says where each opinion stands and who brought it', () => {
    expect(draft.opinions.map(opinionState)).toEqual(['已采纳', '已报送', '已并入第1条', '已收集']);
    expect(opinionBy({ deputyName: '王建国', sourceLabel: '代表收集' })).toBe('代表王建国');
    expect(opinionBy({ sourceLabel: '群众扫码提交' })).toBe('群众扫码提交');
  });

  it('dates the forwarding in Beijing and leaves blank optional fields out of a citizen opinion', () => {
    expect(todayInChina(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01');
    expect(opinionSubmission({ name: ' 李四 ', phone: '13800001111', article: ' ', content: '意见' }))
      .toEqual({ name: '李四', phone: '13800001111', article: null, content: '意见' });
  });
});
