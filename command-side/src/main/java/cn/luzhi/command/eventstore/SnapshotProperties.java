package cn.luzhi.command.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Snapshotting of aggregates ({@code luzhi.snapshots.*}).
 *
 * @param threshold events loaded before a snapshot is taken, so a ballot with hundreds of votes still loads fast
 */
@ConfigurationProperties("luzhi.snapshots")
public record SnapshotProperties(Integer threshold) {

    public SnapshotProperties {
        threshold = threshold != null ? threshold : 50;
    }
}
