package cn.luzhi.query.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Supervision lists and rankings ({@code luzhi.supervision.*}).
 *
 * @param minCases       cases (or replies, for the median) a unit needs in the period before it is ranked
 * @param dueSoonDays    days ahead the due-soon list looks when the request names none
 * @param maxDueSoonDays the farthest the due-soon list may look ahead
 */
@ConfigurationProperties("luzhi.supervision")
public record SupervisionProperties(Integer minCases, Integer dueSoonDays, Integer maxDueSoonDays) {

    public SupervisionProperties {
        minCases = minCases != null ? minCases : 5;
        dueSoonDays = dueSoonDays != null ? dueSoonDays : 7;
        maxDueSoonDays = maxDueSoonDays != null ? maxDueSoonDays : 366;
    }
}
