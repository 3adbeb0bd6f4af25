import { describe, expect, it } from 'vitest';
import {
  emptyForm, fieldErrors, formatMoment, formatReceiptCode, intakeApi, messageOf, readLink, submission,
} from './intake.js';

function recording(status, body) {
  const calls = [];
  const fetchImpl = async (path, init) => {
    calls.push({ path, init });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status, headers: { 'Content-Type': 'application/json' },
    });
  };
  return { calls, fetchImpl };
}

describe('readLink', () => {
  it('opens the form for a scanned code', () => {
    expect(readLink('?t=Q2hpbmVzZSBkZXB1dGllcw')).toEqual({ token: 'Q2hpbmVzZSBkZXB1dGllcw', receipt: null, view: 'submit' });
  });

  it('opens progress for a receipt code', () => {
    expect(readLink('?receipt=ABCD-EFGH')).toMatchObject({ receipt: 'ABCD-EFGH', view: 'track' });
  });

  it('ignores a token that cannot be one', () => {
    expect(readLink('?t=<script>')).toEqual({ token: null, receipt: null, view: 'track' });
  });
});

describe('submission', () => {
  it('trims the values and leaves out an empty ID number', () => {
    const form = { ...emptyForm(), name: ' 王芳 ', phone: '13912345678 ', title: '路灯', content: '不亮' };
    expect(submission(form)).toEqual({ name: '王芳', phone: '13912345678', title: '路灯', content: '不亮' });
  });

  it('keeps a typed ID number', () => {
    expect(submission({ ...emptyForm(), idNumber: '15010219800101123X' }).idNumber).toBe('15010219800101123X');
  });
});

describe('fieldErrors', () => {
  it('puts each message under its field', () => {
    const problem = { errors: [{ field: 'phone', message: '请填写11位手机号码' }, { field: 'name', message: '请填写姓名' }] };
    expect(fieldErrors(problem)).toEqual({ phone: '请填写11位手机号码', name: '请填写姓名' });
  });

  it('collects messages without a known field for the top of the form', () => {
    const problem = { errors: [{ field: 'source', message: '未知字段' }, { field: '', message: '请求体不是有效的 JSON' }] };
    expect(fieldErrors(problem)).toEqual({ '': '未知字段；请求体不是有效的 JSON' });
  });

  it('is empty without a problem', () => {
    expect(fieldErrors(null)).toEqual({});
  });
});

describe('formatReceiptCode', () => {
  it('groups what was typed in fours, upper case', () => {
    expect(formatReceiptCode(' abcd efgh-jkmn ')).toBe('ABCD-EFGH-JKMN');
    expect(formatReceiptCode('')).toBe('');
  });
});

describe('formatMoment', () => {
  it('shows Beijing time to the minute', () => {
    expect(formatMoment('2026-11-22T05:30:59Z')).toBe('2026-11-22 13:30');
  });
});

describe('messageOf', () => {
  it('passes the server text of a rate limit through', () => {
    expect(messageOf({ status: 429, message: '请求过于频繁，请在 30 秒后再试' })).toBe('请求过于频繁，请在 30 秒后再试');
    expect(messageOf(undefined)).toBe('出现问题，请稍后再试');
  });
});

describe('intakeApi', () => {
  it('posts the submission to the scanned code', async () => {
    const { calls, fetchImpl } = recording(201, { receiptCode: 'AAAA-BBBB' });
    const answer = await intakeApi(fetchImpl).submit('tokentoken', { ...emptyForm(), name: '王芳' });
    expect(answer).toEqual({ receiptCode: 'AAAA-BBBB' });
    expect(calls[0].path).toBe('/api/public/intake/tokentoken/petitions');
    expect(JSON.parse(calls[0].init.body)).toEqual({ name: '王芳', phone: '', title: '', content: '' });
  });

  it('looks a receipt up in its printed form', async () => {
    const { calls, fetchImpl } = recording(200, { status: '待受理' });
    await intakeApi(fetchImpl).receipt('abcdefgh');
    expect(calls[0].path).toBe('/api/public/receipts/ABCD-EFGH');
  });

  it('rates without an empty comment', async () => {
    const { calls, fetchImpl } = recording(200, {});
    await intakeApi(fetchImpl).rate('ABCD', 'SATISFIED', '  ');
    expect(JSON.parse(calls[0].init.body)).toEqual({ satisfaction: 'SATISFIED', comment: null });
  });

  it("throws the problem's field errors with it", async () => {
    const { fetchImpl } = recording(400, { detail: 'phone：请填写11位手机号码', errors: [{ field: 'phone', message: '请填写11位手机号码' }] });
    await expect(intakeApi(fetchImpl).submit('tokentoken', emptyForm()))
      .rejects.toMatchObject({ status: 400, problem: { errors: [{ field: 'phone' }] } });
  });
});
