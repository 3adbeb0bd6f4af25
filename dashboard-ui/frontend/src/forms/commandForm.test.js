import { describe, expect, it } from 'vitest';
import { fieldErrors, useCommandForm } from './commandForm.js';

function formThat({ valid = true } = {}) {
  const command = useCommandForm();
  command.form.value = { validate: () => (valid ? Promise.resolve(true) : Promise.reject(new Error('invalid'))) };
  return command;
}

const refusal = (problem) => Object.assign(new Error('请求无效'), { status: 400, problem });

describe('fieldErrors', () => {
  it('names a list element by its list and keeps the first message of a field', () => {
    expect(fieldErrors({ errors: [
      { field: 'unitIds[1]', message: '未知单位' }, { field: 'unitIds[2]', message: '另一个' },
      { field: 'petitioner.phone', message: '电话号码格式不正确' },
    ] })).toEqual({ unitIds: '未知单位', 'petitioner.phone': '电话号码格式不正确' });
  });
});

describe('a command form', () => {
  it('sends nothing when the fields do not pass their checks', async () => {
    const command = formThat({ valid: false });
    let sent = 0;
    await command.submit(async () => { sent += 1; });
    expect(sent).toBe(0);
  });

  it('sends once while a send is under way', async () => {
    const command = formThat();
    let sent = 0;
    let finish;
    const first = command.submit(() => new Promise((resolve) => { sent += 1; finish = resolve; }));
    await Promise.resolve();
    await command.submit(async () => { sent += 1; });
    finish();
    await first;
    expect(sent).toBe(1);
    expect(command.sending.value).toBe(false);
  });

  it('puts a refusal beside its fields and above the form, and clears it on the next try', async () => {
    const command = formThat();
    await command.submit(async () => { throw refusal({ errors: [{ field: 'reason', message: '请填写理由' }] }); });
    expect(command.errors).toEqual({ reason: '请填写理由' });
    expect(command.failure.value).toBe('请求无效');
    await command.submit(async () => {});
    expect(command.errors).toEqual({});
    expect(command.failure.value).toBe('');
  });

  it('leaves a refusal the form takes itself alone', async () => {
    const command = formThat();
    await command.submit(async () => { throw refusal({ errors: [{ field: 'x', message: 'y' }] }); },
      { refused: () => true });
    expect(command.errors).toEqual({});
    expect(command.failure.value).toBe('');
  });
});
