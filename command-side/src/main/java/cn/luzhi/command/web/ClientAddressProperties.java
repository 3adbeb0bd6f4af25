package cn.luzhi.command.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a request comes from ({@code luzhi.client-address.*}).
 *
 * @param trustedProxies addresses or CIDR ranges of reverse proxies (e.g. the nginx of docker/nginx.conf) whose
 *                       {@code X-Forwarded-For} header is believed; empty believes no header, so a client cannot
 *                       pick the address it is counted and recorded under
 */
@ConfigurationProperties("luzhi.client-address")
public record ClientAddressProperties(List<String> trustedProxies) {

    public ClientAddressProperties {
        trustedProxies = trustedProxies != null ? List.copyOf(trustedProxies) : List.of();
    }
}
