import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http.js';
import {
  dutyDayLabel, emptyForm, fieldErrors, formatMoment, formatReceiptCode, intakeApi, keyUsedForAnother, messageOf,
  newSubmissionKey, outcomeUnknown, readLink, submission, submissionKeys,
} from './intake.js';

/** A sessionStorage stand-in; `refusing` throws like a browser that allows no storage. */
function memoryStorage({ refusing = false } = {}) {
  const items = new Map();
  const check = () => {
    if (refusing) {
      throw new DOMException('denied', 'SecurityError');
    }
  };
  return {
    items,
    getItem: (name) => { check(); return items.get(name) ?? null; },
    setItem: (name, value) => { check(); items.set(name, String(value)); },
    removeItem: (name) => { check(); items.delete(name); },
  };
}

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

describe('newSubmissionKey', () => {
  it('draws 192 bits from crypto.getRandomValues, written in base64url', () => {
    let asked = 0;
    const random = { getRandomValues: (bytes) => { asked = bytes.length; return bytes.fill(0xfb); } };
    const key = newSubmissionKey(random);
    expect(asked).toBe(24);
    expect(key).toBe('-_v7'.repeat(8));
    expect(newSubmissionKey()).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newSubmissionKey()).not.toBe(newSubmissionKey());
  });
});

describe('submissionKeys', () => {
  it('creates one key per token and gives it again on a retry', () => {
    const keys = submissionKeys(memoryStorage());
    const first = keys.keyFor('tokentoken');
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(keys.keyFor('tokentoken')).toBe(first);
    expect(keys.keyFor('othertoken')).not.toBe(first);
  });

  it('keeps the key in sessionStorage, so that a reloaded page sends the same one', () => {
    const storage = memoryStorage();
    const key = submissionKeys(storage).keyFor('tokentoken');
    expect(storage.items.get('luzhi.intake.submission-key.tokentoken')).toBe(key);
    expect(submissionKeys(storage).keyFor('tokentoken')).toBe(key);
  });

  it('forgets the key after a success, so that the next form gets a new one', () => {
    const storage = memoryStorage();
    const keys = submissionKeys(storage);
    const used = keys.keyFor('tokentoken');
    keys.forget('tokentoken');
    expect(storage.items.size).toBe(0);
    expect(keys.keyFor('tokentoken')).not.toBe(used);
  });

  it('replaces a stored value that cannot be a key', () => {
    const storage = memoryStorage();
    storage.setItem('luzhi.intake.submission-key.tokentoken', 'short');
    expect(submissionKeys(storage).keyFor('tokentoken')).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('keeps the key for the life of the page where storage is refused', () => {
    const keys = submissionKeys(memoryStorage({ refusing: true }));
    const key = keys.keyFor('tokentoken');
    expect(keys.keyFor('tokentoken')).toBe(key);
    keys.forget('tokentoken');
    expect(keys.keyFor('tokentoken')).not.toBe(key);
  });
});

describe('outcomeUnknown', () => {
  it('is true when the answer was lost or the server failed, so the same key is sent again', () => {
    expect(outcomeUnknown(new ApiError('无法连接服务器，请检查网络', 0))).toBe(true);
    expect(outcomeUnknown(new ApiError('服务器内部错误', 500))).toBe(true);
    expect(outcomeUnknown(new ApiError('', 502))).toBe(true);
    expect(outcomeUnknown(new TypeError('body stream broke off'))).toBe(true);
  });

  it('is false for an answer that refused the submission', () => {
    for (const status of [400, 404, 413, 422, 429]) {
      expect(outcomeUnknown(new ApiError('', status))).toBe(false);
    }
  });
});

describe('keyUsedForAnother', () => {
  it('recognizes the 422 that names the header', () => {
    const problem = { errors: [{ field: 'Idempotency-Key', message: '该提交编号已用于另一份内容不同的诉求' }] };
    expect(keyUsedForAnother(new ApiError('', 422, problem))).toBe(true);
    expect(keyUsedForAnother(new ApiError('', 422, { errors: [{ field: 'title' }] }))).toBe(false);
    expect(keyUsedForAnother(new ApiError('', 400, problem))).toBe(false);
  });
});

describe('intakeApi submit', () => {
  it('sends the submission key as Idempotency-Key', async () => {
    const { calls, fetchImpl } = recording(201, { receiptCode: 'AAAA-BBBB' });
    await intakeApi(fetchImpl).submit('tokentoken', emptyForm(), 'k'.repeat(32));
    expect(calls[0].init.headers['Idempotency-Key']).toBe('k'.repeat(32));
  });

  it('sends no such header without a key', async () => {
    const { calls, fetchImpl } = recording(201, {});
    await intakeApi(fetchImpl).submit('tokentoken', emptyForm());
    expect(calls[0].init.headers).not.toHaveProperty('Idempotency-Key');
  });
});

describe('dutyDayLabel', () => {
  it('prints a rota day with its weekday, whatever the browser zone', () => {
    expect(dutyDayLabel('2026-12-08')).toBe('12月8日（周二）');
    expect(dutyDayLabel('2027-01-03')).toBe('1月3日（周日）');
  });
});
