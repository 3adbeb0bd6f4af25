package cn.luzhi.query.eventstore;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails on an event rolls its batch back and tries again (the processor backs off and retries),
 * instead of Axon's default, which logs the error, moves the token past the event and leaves the read model
 * without it for good.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionFailures {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
