package cn.luzhi.command.legislation;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * {@link OpenDrafts} runs in the publishing thread and transaction (subscribing), and its errors propagate: the
 * default would log them and commit the event with a stale list of open drafts.
 */
@Configuration(proxyBeanMethods = false)
class OpenDraftsConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(OpenDrafts.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(OpenDrafts.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
