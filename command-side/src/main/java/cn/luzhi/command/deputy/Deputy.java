package cn.luzhi.command.deputy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.personaldata.PersonalDataVault;
import cn.luzhi.command.qrcode.QrTokens;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.AddDeputyToMediatorPool;
import cn.luzhi.events.deputy.ChangeDeputyProfessionalGroup;
import cn.luzhi.events.deputy.DeputyAddedToMediatorPool;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.deputy.DeputyMandateTerminated;
import cn.luzhi.events.deputy.DeputyProfessionalGroupChanged;
import cn.luzhi.events.deputy.DeputyQrCodeReissued;
import cn.luzhi.events.deputy.DeputyRegistered;
import cn.luzhi.events.deputy.DeputyRemovedFromMediatorPool;
import cn.luzhi.events.deputy.DeputyStatus;
import cn.luzhi.events.deputy.DeputyTerm;
import cn.luzhi.events.deputy.DeputyTermEnded;
import cn.luzhi.events.deputy.DeputyTransferred;
import cn.luzhi.events.deputy.EndDeputyTerm;
import cn.luzhi.events.deputy.ProfessionalGroup;
import cn.luzhi.events.deputy.RegisterDeputy;
import cn.luzhi.events.deputy.ReissueDeputyQrCode;
import cn.luzhi.events.deputy.RemoveDeputyFromMediatorPool;
import cn.luzhi.events.deputy.TerminateDeputyMandate;
import cn.luzhi.events.deputy.TerminationCause;
import cn.luzhi.events.deputy.TransferDeputy;
import cn.luzhi.events.station.StationId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A people's deputy (人大代表): registered with the public particulars and a QR code (代表码), transferred
 * between stations, moved between professional groups, taken into and out of the mediator pool, until the
 * term ends or the mandate is terminated. Deputies are public figures, so only the mobile phone goes to the
 * personal-data vault. Whether a station exists and is open is left to the API.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Deputy {

    @AggregateIdentifier
    private DeputyId deputyId;
    private String name;
    private StationId stationId;
    private ProfessionalGroup professionalGroup;
    private boolean inMediatorPool;
    private DeputyStatus status;

    protected Deputy() {
        // For Axon, which rebuilds the deputy from its events.
    }

    @CommandHandler
    public Deputy(RegisterDeputy command, PersonalDataVault vault, QrTokens qrTokens) {
        DeputyTerm term = command.term();
        if (term.endYear() <= term.startYear()) {
            throw CommandRefused.becauseOf("term", "任期截止年份（" + term.endYear() + "）须晚于起始年份（"
                    + term.startYear() + "）");
        }
        PersonRef contact = command.mobilePhone() == null ? null
                : vault.store(new PersonDetails(command.name(), command.mobilePhone(), null));
        apply(new DeputyRegistered(command.deputyId(), command.name(), command.gender(), command.ethnicity(),
                command.level(), command.constituency(), command.stationId(), command.professionalGroup(), term,
                contact, qrTokens.next()));
    }

    @CommandHandler
    public void handle(TransferDeputy command) {
        requireServing("转站");
        if (command.stationId().equals(stationId)) {
            throw CommandRefused.becauseOf("stationId", "代表已在该站点，无需转站");
        }
        apply(new DeputyTransferred(deputyId, stationId, command.stationId(), command.reason()));
    }

    @CommandHandler
    public void handle(ChangeDeputyProfessionalGroup command) {
        requireServing("调整专业代表小组");
        if (command.professionalGroup() == professionalGroup) {
            throw CommandRefused.becauseOf("professionalGroup",
                    "代表已在「" + professionalGroup.label() + "」专业代表小组，无需调整");
        }
        apply(new DeputyProfessionalGroupChanged(deputyId, professionalGroup, command.professionalGroup()));
    }

    @CommandHandler
    public void handle(ReissueDeputyQrCode command, QrTokens qrTokens) {
        requireServing("重新生成代表码");
        apply(new DeputyQrCodeReissued(deputyId, qrTokens.next(), command.reason()));
    }

    @CommandHandler
    public void handle(AddDeputyToMediatorPool command) {
        requireServing("加入调解员库");
        if (inMediatorPool) {
            throw CommandRefused.because("代表「" + name + "」已在调解员库中");
        }
        apply(new DeputyAddedToMediatorPool(deputyId));
    }

    @CommandHandler
    public void handle(RemoveDeputyFromMediatorPool command) {
        requireServing("移出调解员库");
        if (!inMediatorPool) {
            throw CommandRefused.because("代表「" + name + "」不在调解员库中，无需移出");
        }
        apply(new DeputyRemovedFromMediatorPool(deputyId, command.reason()));
    }

    @CommandHandler
    public void handle(EndDeputyTerm command) {
        requireServing("办理任期届满");
        apply(new DeputyTermEnded(deputyId, command.reason()));
    }

    @CommandHandler
    public void handle(TerminateDeputyMandate command) {
        requireServing("终止代表资格");
        if (command.cause() == TerminationCause.OTHER && (command.reason() == null || command.reason().isBlank())) {
            throw CommandRefused.becauseOf("reason", "终止原因为「其他」时须写明具体情况");
        }
        apply(new DeputyMandateTerminated(deputyId, command.cause(), command.reason()));
    }

    private void requireServing(String action) {
        if (status.isTerminal()) {
            throw CommandRefused.because("代表「" + name + "」当前状态为「" + status.label() + "」，不能" + action);
        }
    }

    @EventSourcingHandler
    void on(DeputyRegistered event) {
        deputyId = event.deputyId();
        name = event.name();
        stationId = event.stationId();
        professionalGroup = event.professionalGroup();
        status = DeputyStatus.SERVING;
    }

    @EventSourcingHandler
    void on(DeputyTransferred event) {
        stationId = event.toStationId();
    }

    @EventSourcingHandler
    void on(DeputyProfessionalGroupChanged event) {
        professionalGroup = event.professionalGroup();
    }

    @EventSourcingHandler
    void on(DeputyAddedToMediatorPool event) {
        inMediatorPool = true;
    }

    @EventSourcingHandler
    void on(DeputyRemovedFromMediatorPool event) {
        inMediatorPool = false;
    }

    @EventSourcingHandler
    void on(DeputyTermEnded event) {
        status = DeputyStatus.TERM_ENDED;
    }

    @EventSourcingHandler
    void on(DeputyMandateTerminated event) {
        status = DeputyStatus.TERMINATED;
    }
}
