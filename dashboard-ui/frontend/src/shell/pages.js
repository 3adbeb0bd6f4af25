/**
 * The work pages of the platform, in the order the navigation shows them, with the roles that may use each
 * (docs/roles.md: the endpoints a page reads). One place: the navigation bar and the browser tests' list of pages
 * both read it. `file` is the HTML file Vite builds (see vite.config.js).
 */
const DISTRICT_READERS = ['CLERK', 'SUPERVISOR', 'LEADER', 'AUDITOR', 'ADMIN'];

export const WORK_PAGES = [
  { file: 'deputy.html', title: '我的履职', roles: ['DEPUTY'] },
  { file: 'todo.html', title: '待办', roles: ['CLERK', 'UNIT', 'SUPERVISOR', 'LEADER', 'DEPUTY'] },
  { file: 'index.html', title: '数据驾驶舱', roles: DISTRICT_READERS },
  { file: 'petitions.html', title: '民意诉求', roles: ['DEPUTY', 'UNIT', ...DISTRICT_READERS] },
  { file: 'suggestions.html', title: '建议议案', roles: ['DEPUTY', 'UNIT', ...DISTRICT_READERS] },
  { file: 'mediation-cases.html', title: '调解案件', roles: ['DEPUTY', 'UNIT', ...DISTRICT_READERS] },
  { file: 'ballots.html', title: '民生实事票决', roles: ['DEPUTY', 'UNIT', ...DISTRICT_READERS] },
  { file: 'projects.html', title: '民生实事项目', roles: ['DEPUTY', 'UNIT', ...DISTRICT_READERS] },
  { file: 'receptions.html', title: '进家接待', roles: ['DEPUTY', ...DISTRICT_READERS] },
  { file: 'reception-figures.html', title: '接待统计', roles: ['DEPUTY', ...DISTRICT_READERS] },
  { file: 'legislative-drafts.html', title: '立法意见征集', roles: ['DEPUTY', ...DISTRICT_READERS] },
  { file: 'duty-activities.html', title: '履职活动', roles: ['DEPUTY', ...DISTRICT_READERS] },
  { file: 'trace.html', title: '案件追溯', roles: DISTRICT_READERS },
  { file: 'audit-log.html', title: '审计日志', roles: ['SUPERVISOR', 'AUDITOR', 'ADMIN'] },
  { file: 'integrity.html', title: '完整性校验', roles: ['SUPERVISOR', 'AUDITOR', 'ADMIN'] },
  { file: 'supervision.html', title: '督办', roles: DISTRICT_READERS },
  { file: 'qr-codes.html', title: '二维码', roles: ['DEPUTY', 'CLERK', 'ADMIN'] },
  { file: 'vote.html', title: '票决投票', roles: ['DEPUTY'] },
  { file: 'ballot-desk.html', title: '票决会场', roles: ['CLERK'] },
  { file: 'archive.html', title: '履职档案', roles: ['DEPUTY'] },
  { file: 'ranking.html', title: '履职排名', roles: ['CLERK', 'SUPERVISOR', 'LEADER', 'AUDITOR', 'ADMIN'] },
  { file: 'admin-accounts.html', title: '账号管理', roles: ['ADMIN'] },
  { file: 'admin-reference.html', title: '基础数据', roles: ['ADMIN'] },
];

/** The pages a role may use, in navigation order; none for an unknown role (or before the account is known). */
export function pagesFor(role) {
  return WORK_PAGES.filter((page) => page.roles.includes(role));
}

/** The address of a page in the navigation: the cockpit is the site's root. */
export function hrefOf(page) {
  return page.file === 'index.html' ? './' : page.file;
}
