package cn.luzhi.events.ballot;

import cn.luzhi.events.common.Secret;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A ballot paper is cast with the chosen candidates; no choice at all is a blank ballot (弃权). The command
 * names no deputy, only the paper, and it is {@link Secret} so the metadata names no one either. It has no
 * expected version on purpose: the version a deputy saw right after checking in would tie the vote to the
 * check-in, and it would refuse every vote cast while another deputy's vote was being recorded.
 */
public record CastVote(
        @TargetAggregateIdentifier @NotNull BallotId ballotId,
        @NotBlank @Size(max = 200) String paperCode,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 32) String> choices) implements Secret {

    @Override
    public String toString() {
        // The paper code is the voter's only credential; keep it out of log lines and exception texts.
        return "CastVote[ballotId=" + ballotId + ", choices=" + choices + "]";
    }
}
