// Test data shared by the page's Vitest tests (not bundled: only tests import it).

/** A petition's history as GET /api/cases/{id}/history answers it: submitted, accepted, forwarded. */
export function petitionHistory() {
  return {
    caseId: 'p-1',
    caseType: 'PETITION',
    caseTypeLabel: '民意诉求',
    fields: [
      { key: 'status', label: '状态' },
      { key: 'deputyId', label: '联系代表' },
      { key: 'unitIds', label: '承办单位' },
    ],
    entries: [
      {
        globalIndex: 10, sequenceNumber: 0, at: '2026-03-01T02:00:00Z', action: '收到群众诉求',
        actor: { id: 'clerk', name: '王芳', role: 'CLERK', roleLabel: '工作人员' }, reason: null, comment: null,
        commandId: 'cmd-1', changes: [{ field: 'status', label: '状态', before: null, after: '待受理' }],
      },
      {
        globalIndex: 12, sequenceNumber: 1, at: '2026-03-02T02:00:00Z', action: '代表受理诉求',
        actor: { id: 'deputy', name: '张三', role: 'DEPUTY', roleLabel: '人大代表' }, reason: '由本代表跟进',
        comment: null, commandId: 'cmd-2',
        changes: [
          { field: 'status', label: '状态', before: '待受理', after: '已受理' },
          { field: 'deputyId', label: '联系代表', before: null, after: 'd-1' },
        ],
      },
      {
        globalIndex: 15, sequenceNumber: 2, at: '2026-03-03T02:00:00Z', action: '诉求转交承办单位',
        actor: { id: 'deputy', name: '张三', role: 'DEPUTY', roleLabel: '人大代表' }, reason: '请核实',
        comment: '<img src=x onerror=alert(1)>', commandId: 'cmd-3',
        changes: [
          { field: 'status', label: '状态', before: '已受理', after: '转办中' },
          { field: 'unitIds', label: '承办单位', before: null, after: 'u-water' },
        ],
      },
    ],
  };
}
