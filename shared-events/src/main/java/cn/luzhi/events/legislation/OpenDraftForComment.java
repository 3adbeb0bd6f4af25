package cn.luzhi.events.legislation;

import cn.luzhi.events.station.StationId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A clerk opens a draft regulation for comment at the liaison points (发布征求意见): its title, the legislature that
 * issued it, its text or a link to it (at least one), the last day opinions are taken (China time, inclusive) and
 * the liaison points that collect. That each station is a designated liaison point is checked by the API against
 * the station register; the draft checks the rest.
 */
public record OpenDraftForComment(
        @TargetAggregateIdentifier @NotNull LegislativeDraftId draftId,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String legislature,
        @Size(max = 50000) String text,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "链接须以 http:// 或 https:// 开头") String link,
        @NotNull LocalDate closesOn,
        @NotEmpty @Size(max = 200) List<@NotNull StationId> liaisonPointIds) {
}
