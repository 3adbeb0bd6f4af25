package cn.luzhi.command.personaldata;

import static cn.luzhi.command.access.Own.mediator;
import static cn.luzhi.command.access.Own.petitionDeputy;
import static cn.luzhi.command.access.Own.referringCourt;
import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.events.common.ActorRole.UNIT;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.events.personaldata.RevealPersonalData;

/**
 * The routes that show a case's people in full. Public because a case type's allowed-actions answer lists them
 * beside its own actions, so that a page learns from the server whether the caller may reveal (docs/roles.md).
 */
public final class RevealPeople {

    /** Who may see a petitioner in full: clerks, and the deputy the petition is addressed to or who took it up. */
    static final Access PETITIONER = Access.by(CLERK).andOwn(DEPUTY, petitionDeputy(false));
    /** Who may see a mediation case's parties in full: clerks, its mediators and the court that referred it. */
    static final Access PARTIES = Access.by(CLERK).andOwn(DEPUTY, mediator()).andOwn(UNIT, referringCourt());

    public static final CommandRoute PETITION = action("petitions", "reveal-people", RevealPersonalData.class,
            "查看诉求人完整个人信息（须说明理由，查看行为记入审计）", PETITIONER);
    public static final CommandRoute MEDIATION_CASE = action("mediation-cases", "reveal-people",
            RevealPersonalData.class, "查看调解当事人完整个人信息（须说明理由，查看行为记入审计）", PARTIES);

    private RevealPeople() {
    }
}
