/**
 * Changing one's own password (POST /api/account/password, with the CSRF token): the old password and the new one.
 * The server checks both and answers a refusal beside the field it names; the page only checks what the user can
 * see at once (both fields filled, the new one typed twice alike, the policy's length).
 */
import { postJson } from '../api/http.js';
import { csrfHeaders } from '../api/csrf.js';

/** The policy's length rule, also on the server (PasswordPolicy), shown before sending. */
export const MIN_PASSWORD_LENGTH = 10;

/** Sends the change; answers `{ detail, startPage }`. `fetchImpl` is for tests. */
export async function changeOwnPassword(oldPassword, newPassword, { fetchImpl } = {}) {
  const options = fetchImpl ? { fetchImpl } : {};
  const headers = await csrfHeaders(options);
  return postJson('/api/account/password', { oldPassword, newPassword }, { ...options, headers });
}

/** Element Plus rules for the form `{ oldPassword, newPassword, repeated }`. */
export function passwordRules(values) {
  return {
    oldPassword: [{ required: true, message: '请输入原密码', trigger: 'blur' }],
    newPassword: [
      { required: true, message: '请输入新密码', trigger: 'blur' },
      { min: MIN_PASSWORD_LENGTH, message: `新密码至少需要${MIN_PASSWORD_LENGTH}个字符`, trigger: 'blur' },
    ],
    repeated: [{
      validator: (rule, value, callback) => (value === values.newPassword ? callback()
        : callback(new Error('两次输入的新密码不一致'))),
      trigger: 'blur',
    }],
  };
}
