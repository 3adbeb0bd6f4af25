package cn.luzhi.command.personaldata;

import static cn.luzhi.command.access.Own.mediator;
import static cn.luzhi.command.access.Own.petitionDeputy;
import static cn.luzhi.command.access.Own.petitionForwardedToCaller;
import static cn.luzhi.command.access.Own.referringCourt;
import static cn.luzhi.events.common.ActorRole.AUDITOR;
import static cn.luzhi.events.common.ActorRole.CLERK;
import static cn.luzhi.events.common.ActorRole.DEPUTY;
import static cn.luzhi.events.common.ActorRole.SUPERVISOR;
import static cn.luzhi.events.common.ActorRole.UNIT;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.access.CommandGuard;
import cn.luzhi.command.legislation.LegislativeDraft;
import cn.luzhi.command.mediation.MediationCase;
import cn.luzhi.command.petition.Petition;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's people, masked (docs/roles.md). Served by the command side because only it holds the vault; the full
 * view is the recorded command {@code POST .../reveal-people}.
 */
@RestController
class PeopleController {

    /** Who may see a petitioner masked: those who handle or check petitions, deputies and units on their own. */
    static final Access PETITIONER = Access.by(CLERK, SUPERVISOR, AUDITOR)
            .andOwn(DEPUTY, petitionDeputy(true)).andOwn(UNIT, petitionForwardedToCaller());
    /** Who may see a mediation case's parties masked. */
    static final Access PARTIES = Access.by(CLERK, SUPERVISOR, AUDITOR)
            .andOwn(DEPUTY, mediator()).andOwn(UNIT, referringCourt());

    /** Who may see the citizens who gave opinions on a draft masked: those who run or check the round. */
    static final Access OPINION_GIVERS = Access.by(CLERK, SUPERVISOR, AUDITOR);

    private final CasePeople casePeople;
    private final PersonalDataVault vault;
    private final CommandGuard guard;

    PeopleController(CasePeople casePeople, PersonalDataVault vault, CommandGuard guard) {
        this.casePeople = casePeople;
        this.vault = vault;
        this.guard = guard;
    }

    @GetMapping("/api/petitions/{petitionId}/people")
    List<PersonView> petitioner(@PathVariable String petitionId) {
        return masked(PETITIONER, petitionId, Petition.class, CasePeople.PETITION, "诉求");
    }

    @GetMapping("/api/mediation-cases/{mediationCaseId}/people")
    List<PersonView> parties(@PathVariable String mediationCaseId) {
        return masked(PARTIES, mediationCaseId, MediationCase.class, CasePeople.MEDIATION_CASE, "调解案件");
    }

    @GetMapping("/api/legislative-drafts/{draftId}/people")
    List<PersonView> opinionGivers(@PathVariable String draftId) {
        return masked(OPINION_GIVERS, draftId, LegislativeDraft.class, CasePeople.LEGISLATIVE_DRAFT, "立法征求意见");
    }

    private List<PersonView> masked(Access access, String caseId, Class<?> kind, String caseType, String what) {
        guard.admit(access, "查看" + what + "的当事人信息");
        guard.checkCase(access, null, caseId, kind);
        CasePeople.People people = casePeople.of(caseId).filter(found -> found.caseType().equals(caseType))
                .orElseThrow(() -> new AggregateNotFoundException(caseId, "未找到编号为「" + caseId + "」的" + what));
        return people.refs().stream().map(ref -> PersonView.masked(ref, vault.read(ref))).toList();
    }
}
