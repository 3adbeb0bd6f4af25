package cn.luzhi.command.legislation;

import static cn.luzhi.command.access.Own.asSelf;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.legislation.CloseCommentPeriod;
import cn.luzhi.events.legislation.CollectOpinion;
import cn.luzhi.events.legislation.ForwardOpinions;
import cn.luzhi.events.legislation.MergeOpinions;
import cn.luzhi.events.legislation.OpenDraftForComment;
import cn.luzhi.events.legislation.RecordLegislativeFeedback;
import java.util.List;
import org.springframework.stereotype.Component;

/** The routes of legislative opinion collection (立法意见征集); citizens use the public intake instead. */
@Component
class LegislativeDraftCommands implements CommandRoutes {

    static final String DRAFTS = "legislative-drafts";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(DRAFTS, OpenDraftForComment.class, "发布法规草案征求意见（基层立法联系点）",
                        Access.by(CLERK)),
                action(DRAFTS, "collect-opinion", CollectOpinion.class, "在联系点收集立法意见",
                        Access.by(CLERK).andOwn(DEPUTY, asSelf("deputyId"))),
                action(DRAFTS, "merge-opinions", MergeOpinions.class, "合并重复意见（须说明理由）",
                        Access.by(CLERK)),
                action(DRAFTS, "close-comment", CloseCommentPeriod.class, "提前截止征求意见",
                        Access.by(CLERK)),
                action(DRAFTS, "forward-opinions", ForwardOpinions.class, "向立法机关报送整理后的意见",
                        Access.by(CLERK)),
                action(DRAFTS, "record-feedback", RecordLegislativeFeedback.class, "登记立法机关反馈的采纳情况",
                        Access.by(CLERK)));
    }
}
