package cn.luzhi.command.qrcode;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * {@link QrCodeOwners} runs in the publishing thread and transaction (subscribing), and its errors propagate: the
 * default would log them and commit the event with a stale token table.
 */
@Configuration(proxyBeanMethods = false)
class QrCodeConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(QrCodeOwners.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(QrCodeOwners.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
