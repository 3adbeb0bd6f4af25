package cn.luzhi.query.cockpit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much the cockpit summary shows ({@code luzhi.cockpit.*}).
 *
 * @param todayTrendDays  days of the trend chart when the period is today
 * @param topDeputies     deputies in the most-active list
 * @param topStations     stations in the most-active list
 * @param overdueListSize overdue cases listed, oldest deadline first
 */
@ConfigurationProperties("luzhi.cockpit")
public record CockpitProperties(Integer todayTrendDays, Integer topDeputies, Integer topStations,
                                Integer overdueListSize) {

    public CockpitProperties {
        todayTrendDays = todayTrendDays != null ? todayTrendDays : 30;
        topDeputies = topDeputies != null ? topDeputies : 10;
        topStations = topStations != null ? topStations : 10;
        overdueListSize = overdueListSize != null ? overdueListSize : 20;
    }
}
