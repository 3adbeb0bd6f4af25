import { describe, expect, it } from 'vitest';
import { ACTION_FORMS, openIssueChoices, receptionTitle, shapeCommand } from './reception.js';

describe('reception pages', () => {
  it('should offer only the issues neither answered nor turned into a petition', () => {
    const reception = { issues: [
      { issueNumber: 1, text: '路灯不亮', answer: '已维修' },
      { issueNumber: 2, text: '停车难', petitionId: 'p-1' },
      { issueNumber: 3, text: '加装电梯' },
    ] };
    expect(openIssueChoices(reception)).toEqual([{ value: 3, label: '3. 加装电梯' }]);
    expect(ACTION_FORMS['answer-issue'][0].options(reception)).toEqual([{ value: 3, label: '3. 加装电梯' }]);
  });

  it('should send the petitioner as one record, without an empty phone', () => {
    expect(shapeCommand({ issueNumber: 3, petitionerName: '王秀兰', title: '电梯' }))
      .toEqual({ issueNumber: 3, petitioner: { name: '王秀兰' }, title: '电梯' });
    expect(shapeCommand({ petitionerName: '王秀兰', petitionerPhone: '13800001234' }))
      .toEqual({ petitioner: { name: '王秀兰', phone: '13800001234' } });
    expect(shapeCommand({ answer: '已答复' })).toEqual({ answer: '已答复' });
  });

  it('should name a reception by its station and day', () => {
    expect(receptionTitle({ station: { name: '城关镇人大代表之家' }, receivedAt: '2026-03-01T02:00:00Z' }))
      .toContain('城关镇人大代表之家进家接待');
  });
});
