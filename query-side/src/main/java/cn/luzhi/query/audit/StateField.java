package cn.luzhi.query.audit;

/**
 * One field of a case's state as the audit trail shows it.
 *
 * @param key   the field's stable name in the API (e.g. {@code replyDueAt})
 * @param label what the auditor reads (e.g. 答复期限)
 */
public record StateField(String key, String label) {
}
