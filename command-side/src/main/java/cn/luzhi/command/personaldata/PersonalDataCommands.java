package cn.luzhi.command.personaldata;

import static cn.luzhi.command.web.CommandRoute.action;
import static cn.luzhi.events.common.ActorRole.ADMIN;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.personaldata.ForgetPerson;
import cn.luzhi.events.personaldata.PersonalDataForgotten;
import cn.luzhi.events.personaldata.PersonalDataViewed;
import cn.luzhi.events.personaldata.RevealPersonalData;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Forgetting a person, and showing a case's people in full. Not an aggregate: the vault row is the state, and the
 * event records that (and why) it was erased or read, in the same transaction.
 */
@Component
class PersonalDataCommands implements CommandRoutes {

    private final PersonalDataVault vault;
    private final EventBus eventBus;
    private final CasePeople casePeople;

    PersonalDataCommands(PersonalDataVault vault, EventBus eventBus, CasePeople casePeople) {
        this.vault = vault;
        this.eventBus = eventBus;
        this.casePeople = casePeople;
    }

    @Override
    public List<CommandRoute> routes() {
        return List.of(
                action("personal-data", "forget", ForgetPerson.class, "删除个人信息（被遗忘权），事件历史保持不变",
                        Access.by(ADMIN)),
                RevealPeople.PETITION, RevealPeople.MEDIATION_CASE);
    }

    @CommandHandler
    void handle(ForgetPerson command) {
        if (!vault.forget(command.personRef())) {
            throw CommandRefused.because("个人信息「" + command.personRef() + "」不存在或已删除");
        }
        eventBus.publish(GenericEventMessage.asEventMessage(
                new PersonalDataForgotten(command.personRef(), command.reason())));
    }

    /** The people in full, for the caller alone; the event that records the view names them by reference only. */
    @CommandHandler
    List<PersonView> handle(RevealPersonalData command) {
        CasePeople.People people = casePeople.of(command.caseId()).orElseThrow(() -> new AggregateNotFoundException(
                command.caseId(), "未找到编号为「" + command.caseId() + "」的诉求或调解案件"));
        eventBus.publish(GenericEventMessage.asEventMessage(new PersonalDataViewed(people.caseType(),
                command.caseId(), people.refs(), command.reason())));
        return people.refs().stream().map(ref -> PersonView.full(ref, vault.read(ref))).toList();
    }
}
