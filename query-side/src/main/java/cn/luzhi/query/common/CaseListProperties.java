package cn.luzhi.query.common;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the case lists' exports ({@code luzhi.case-lists.*}).
 *
 * @param exportMaxRows rows an export may have: a filter that selects more is refused, asking to narrow it
 * @param exportChunk   rows turned into views and written per step of an export
 */
@ConfigurationProperties("luzhi.case-lists")
public record CaseListProperties(Integer exportMaxRows, Integer exportChunk) {

    public CaseListProperties {
        exportMaxRows = exportMaxRows != null ? exportMaxRows : 10_000;
        exportChunk = exportChunk != null ? exportChunk : 500;
    }
}
