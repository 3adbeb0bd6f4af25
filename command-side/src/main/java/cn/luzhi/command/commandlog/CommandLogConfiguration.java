package cn.luzhi.command.commandlog;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommandLogConfiguration {

    /** Aggregates publish straight on the event store, so the interceptor goes there, not on the event gateway. */
    @Bean
    InitializingBean appendedVersionsOnEventStore(EventStore eventStore) {
        return () -> eventStore.registerDispatchInterceptor(new AppendedVersions());
    }
}
