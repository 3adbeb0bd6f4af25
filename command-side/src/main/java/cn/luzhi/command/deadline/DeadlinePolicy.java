package cn.luzhi.command.deadline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Statutory and customary periods, configurable per case type ({@code luzhi.deadlines.*}). Aggregates get
 * this as a handler parameter and schedule their durable deadlines from it.
 *
 * @param petitionReply      how long handling units have to reply to a forwarded petition
 * @param petitionExtension  how much one extension of a petition's deadline adds
 * @param suggestionReply    how long the lead unit has to reply to a suggestion (three months)
 * @param suggestionMaxReply the longest a suggestion's reply may be put off (six months)
 * @param mediationPeriod    the mediation period of a referred dispute
 * @param mediationExtension how much one extension of a mediation period adds
 */
@ConfigurationProperties("luzhi.deadlines")
public record DeadlinePolicy(
        Duration petitionReply,
        Duration petitionExtension,
        Duration suggestionReply,
        Duration suggestionMaxReply,
        Duration mediationPeriod,
        Duration mediationExtension) {

    public DeadlinePolicy {
        petitionReply = orDefault(petitionReply, Duration.ofDays(60));
        petitionExtension = orDefault(petitionExtension, Duration.ofDays(30));
        suggestionReply = orDefault(suggestionReply, Duration.ofDays(90));
        suggestionMaxReply = orDefault(suggestionMaxReply, Duration.ofDays(180));
        mediationPeriod = orDefault(mediationPeriod, Duration.ofDays(30));
        mediationExtension = orDefault(mediationExtension, Duration.ofDays(15));
    }

    /** The statutory defaults of DOMAIN.md, for tests and for nodes that configure nothing. */
    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(null, null, null, null, null, null);
    }

    private static Duration orDefault(Duration configured, Duration fallback) {
        return configured != null ? configured : fallback;
    }
}
