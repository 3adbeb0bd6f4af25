package cn.luzhi.command.personaldata;

import static cn.luzhi.command.web.CommandRoute.action;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.web.CommandRoute;
import cn.luzhi.command.web.CommandRoutes;
import cn.luzhi.events.personaldata.ForgetPerson;
import cn.luzhi.events.personaldata.PersonalDataForgotten;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

/**
 * Forgetting a person. Not an aggregate: the vault row is the state, and the event records that (and why)
 * it was erased, in the same transaction.
 */
@Component
class PersonalDataCommands implements CommandRoutes {

    private final PersonalDataVault vault;
    private final EventBus eventBus;

    PersonalDataCommands(PersonalDataVault vault, EventBus eventBus) {
        this.vault = vault;
        this.eventBus = eventBus;
    }

    @Override
    public List<CommandRoute> routes() {
        return List.of(action("personal-data", "forget", ForgetPerson.class, "删除个人信息（被遗忘权），事件历史保持不变"));
    }

    @CommandHandler
    void handle(ForgetPerson command) {
        if (!vault.forget(command.personRef())) {
            throw CommandRefused.because("个人信息「" + command.personRef() + "」不存在或已删除");
        }
        eventBus.publish(GenericEventMessage.asEventMessage(
                new PersonalDataForgotten(command.personRef(), command.reason())));
    }
}
