package cn.luzhi.command.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may bring ({@code luzhi.web.*}).
 *
 * @param maxBodySize the largest request body accepted; larger ones get 413 before anything reads them
 */
@ConfigurationProperties("luzhi.web")
public record RequestLimitProperties(DataSize maxBodySize) {

    public RequestLimitProperties {
        maxBodySize = maxBodySize != null ? maxBodySize : DataSize.ofMegabytes(1);
    }
}
