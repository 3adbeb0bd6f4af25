package cn.luzhi.query.cockpit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What "today" is for the cockpit; tests replace this clock to fix the date. */
@Configuration(proxyBeanMethods = false)
class CockpitConfiguration {

    @Bean
    Clock cockpitClock() {
        return Clock.systemUTC();
    }
}
