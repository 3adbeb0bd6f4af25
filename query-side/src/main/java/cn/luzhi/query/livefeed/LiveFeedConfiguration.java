package cn.luzhi.query.livefeed;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over plain WebSocket at {@code /ws} (no SockJS) with the in-memory broker: clients only subscribe to
 * {@code /topic/...}. Each node tells its own clients about the changes its own processors committed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveFeedConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic");
        registry.setApplicationDestinationPrefixes("/app");
    }
}
