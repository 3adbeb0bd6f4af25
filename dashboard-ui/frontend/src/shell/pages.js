/**
 * The work pages of the platform, in the order the navigation shows them. One place: the navigation bar and the
 * browser tests' list of pages both read it. `file` is the HTML file Vite builds (see vite.config.js).
 */
export const WORK_PAGES = [
  { file: 'index.html', title: '数据驾驶舱' },
  { file: 'trace.html', title: '案件追溯' },
  { file: 'audit-log.html', title: '审计日志' },
  { file: 'integrity.html', title: '完整性校验' },
  { file: 'supervision.html', title: '督办' },
  { file: 'qr-codes.html', title: '二维码' },
];
