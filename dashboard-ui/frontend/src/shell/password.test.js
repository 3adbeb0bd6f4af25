import { describe, expect, it } from 'vitest';
import { changeOwnPassword, passwordRules } from './password.js';
import { forgetCsrf } from '../api/csrf.js';

describe('changing one\'s own password', () => {
  it('asks for the new password twice alike', () => {
    const values = { oldPassword: 'a', newPassword: 'Huanghe-Bridge-42', repeated: 'Huanghe-Bridge-4' };
    const [rule] = passwordRules(values).repeated;
    const outcomes = [];
    rule.validator(rule, values.repeated, (error) => outcomes.push(error?.message ?? 'ok'));
    rule.validator(rule, values.newPassword, (error) => outcomes.push(error?.message ?? 'ok'));
    expect(outcomes).toEqual(['两次输入的新密码不一致', 'ok']);
    expect(passwordRules(values).newPassword[1].min).toBe(10);
  });

  it('posts the old and new password with the CSRF header and shows the server\'s refusal', async () => {
    forgetCsrf();
    const calls = [];
    const fetchImpl = async (path, init) => {
      calls.push({ path, init });
      if (path === '/api/csrf') {
        return new Response(JSON.stringify({ headerName: 'X-CSRF-TOKEN', parameterName: '_csrf', token: 't' }));
      }
      return new Response(JSON.stringify({ detail: '新密码过于常见，容易被猜中，请换一个',
        errors: [{ field: 'newPassword', message: '新密码过于常见，容易被猜中，请换一个' }] }), { status: 422 });
    };
    const refused = await changeOwnPassword('old-one', '1234567890', { fetchImpl }).catch((e) => e);
    expect(refused.message).toBe('新密码过于常见，容易被猜中，请换一个');
    expect(refused.problem.errors[0].field).toBe('newPassword');
    const sent = calls.find((call) => call.path === '/api/account/password');
    expect(sent.init.headers['X-CSRF-TOKEN']).toBe('t');
    expect(JSON.parse(sent.init.body)).toEqual({ oldPassword: 'old-one', newPassword: '1234567890' });
  });
});
