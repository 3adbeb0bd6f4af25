package cn.luzhi.app.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data of the all-in-one application ({@code luzhi.demo.*}).
 *
 * @param enabled      whether demo data is seeded and kept moving; follows the demo accounts ({@code LUZHI_DEMO})
 * @param live         whether the live mode keeps issuing commands once the demo data is in place
 * @param liveInterval pause between two commands of the live mode
 * @param seed         how much history the first start writes into an empty event store
 */
@ConfigurationProperties("luzhi.demo")
public record DemoProperties(boolean enabled, Boolean live, Duration liveInterval, Seed seed) {

    public DemoProperties {
        live = live != null ? live : Boolean.TRUE;
        liveInterval = liveInterval != null ? liveInterval : Duration.ofSeconds(2);
        seed = seed != null ? seed : new Seed(null, null, null, null, null, null);
    }

    /**
     * Sizes of the seeded year; the district's regions, stations and handling units are fixed.
     *
     * @param deputies       deputies registered in the district
     * @param mediators      deputies among them who join the mediator pool
     * @param petitions      petitions submitted over the year
     * @param suggestions    suggestions and bills filed over the year
     * @param mediationCases mediation cases the court refers over the year
     * @param randomSeed     seed of every random choice, so that each first start writes the same district
     */
    public record Seed(Integer deputies, Integer mediators, Integer petitions, Integer suggestions,
                       Integer mediationCases, Long randomSeed) {

        public Seed {
            deputies = deputies != null ? deputies : 210;
            mediators = mediators != null ? mediators : 45;
            petitions = petitions != null ? petitions : 360;
            suggestions = suggestions != null ? suggestions : 180;
            mediationCases = mediationCases != null ? mediationCases : 300;
            randomSeed = randomSeed != null ? randomSeed : 150102L;
        }
    }
}
