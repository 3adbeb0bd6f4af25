/** Chinese names of the case types the API sends as enum names. */
export const CASE_TYPE_LABELS = Object.freeze({
  PETITION: '民意诉求',
  SUGGESTION: '代表建议',
  MEDIATION: '诉前调解',
  BALLOT: '票决',
  PROJECT: '民生实事',
  LEGISLATION: '立法意见征集',
  DUTY_ACTIVITY: '履职活动',
});

export function caseTypeLabel(caseType, serverLabel) {
  return serverLabel || CASE_TYPE_LABELS[caseType] || '其他事项';
}
