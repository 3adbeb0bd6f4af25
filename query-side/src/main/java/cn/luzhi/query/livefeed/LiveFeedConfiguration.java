package cn.luzhi.query.livefeed;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over plain WebSocket at {@code /ws} (no SockJS) with the in-memory broker: clients only subscribe to
 * {@code /topic/...}, as far as {@link SubscriptionGuard} lets them. Every node tells its own clients about every
 * change, whichever node committed it ({@link LiveFeedRelay}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class LiveFeedConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";

    private final SubscriptionGuard subscriptions;

    LiveFeedConfiguration(SubscriptionGuard subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic");
        registry.setApplicationDestinationPrefixes("/app");
    }

    /** Every inbound frame passes the guard first: a refused SUBSCRIBE never reaches the broker. */
    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(subscriptions);
    }
}
