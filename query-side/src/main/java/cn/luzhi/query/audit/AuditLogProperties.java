package cn.luzhi.query.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the audit log search and export ({@code luzhi.audit-log.*}).
 *
 * @param countLimit    matches counted exactly; beyond it a search says "at least this many", so counting stays fast
 * @param exportMaxRows rows an export writes at most (the first ones in the search's order)
 * @param exportChunk   rows an export reads per query while it streams (each a keyset page on the index)
 */
@ConfigurationProperties("luzhi.audit-log")
public record AuditLogProperties(Integer countLimit, Integer exportMaxRows, Integer exportChunk) {

    public AuditLogProperties {
        countLimit = countLimit != null ? countLimit : 10_000;
        exportMaxRows = exportMaxRows != null ? exportMaxRows : 100_000;
        exportChunk = exportChunk != null ? exportChunk : 1_000;
    }
}
