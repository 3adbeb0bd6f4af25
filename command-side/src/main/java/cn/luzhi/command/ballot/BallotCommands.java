package cn.luzhi.command.ballot;

import cn.luzhi.command.access.Access;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.command.access.Own.asSelf;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.command.web.CommandRoute.create;

import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.ballot.CastVote;
import cn.luzhi.events.ballot.CheckInForBallot;
import cn.luzhi.events.ballot.CloseBallot;
import cn.luzhi.events.ballot.CollectCandidate;
import cn.luzhi.events.ballot.CreateBallot;
import cn.luzhi.events.ballot.OpenBallot;
import cn.luzhi.events.ballot.PublishTally;
import cn.luzhi.events.ballot.ShortlistCandidates;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class BallotCommands implements CommandRoutes {

    private static final String BALLOTS = "ballots";

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                create(BALLOTS, CreateBallot.class, "创建民生实事项目票决并开始征集",
                        Access.by(CLERK)),
                action(BALLOTS, "collect-candidate", CollectCandidate.class, "征集候选项目",
                        Access.by(CLERK, DEPUTY)),
                action(BALLOTS, "shortlist", ShortlistCandidates.class, "政府初定候选项目名单",
                        Access.by(CLERK)),
                action(BALLOTS, "open", OpenBallot.class, "开始投票（设定可选项数、表决代表和截止时间）",
                        Access.by(CLERK)),
                action(BALLOTS, "check-in", CheckInForBallot.class, "代表签到并领取选票码",
                        Access.by(CLERK).andOwn(DEPUTY, asSelf("deputyId"))),
                action(BALLOTS, "vote", CastVote.class, "凭选票码无记名投票",
                        Access.by(DEPUTY)),
                action(BALLOTS, "close", CloseBallot.class, "截止投票",
                        Access.by(CLERK)),
                action(BALLOTS, "publish-tally", PublishTally.class, "计票并公布结果，通过的项目立项",
                        Access.by(CLERK)));
    }
}
