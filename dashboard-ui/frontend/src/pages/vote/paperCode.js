/**
 * Ballot paper codes as people handle them: shown in groups of six for copying onto paper at the desk, typed back
 * on a phone with or without those spaces. The code itself is the server's (`r.mac`, base64url, 22 + 1 + 43
 * characters, see BallotPapers on the command side); only its shape is checked here, its genuineness there.
 */

const SHAPE = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;
const GROUP = 6;

/** The code as typed or pasted: every space and line break removed (the alphabet has none). */
export function normalizePaperCode(text) {
  return String(text ?? '').replace(/\s+/g, '');
}

/** Whether the typed code has a paper code's shape; the server still decides whether it is genuine. */
export function isPaperCodeShape(text) {
  return SHAPE.test(normalizePaperCode(text));
}

/** Why a typed code cannot be sent yet, in words for the deputy; '' when it may be sent. */
export function paperCodeProblem(text) {
  const code = normalizePaperCode(text);
  if (!code) return '请输入选票码';
  if (!isPaperCodeShape(code)) return `选票码应为66位（含中间的「.」），您输入了${code.length}位，请核对纸上的选票码`;
  return '';
}

/** The code in groups of six characters, for reading aloud and copying by hand: 'abcdef ghijkl …'. */
export function groupedPaperCode(code) {
  const groups = [];
  for (let start = 0; start < code.length; start += GROUP) groups.push(code.slice(start, start + GROUP));
  return groups.join(' ');
}
