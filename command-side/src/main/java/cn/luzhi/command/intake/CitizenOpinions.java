package cn.luzhi.command.intake;

import cn.luzhi.command.legislation.OpenDrafts;
import cn.luzhi.command.web.InvalidCommand;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.legislation.CollectOpinion;
import cn.luzhi.events.legislation.LegislativeDraftId;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.events.station.StationId;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Citizens' opinions on draft regulations through a legislative liaison point's QR code, without an account: the
 * drafts open for comment at the station, and sending one opinion as an ordinary {@link CollectOpinion} command
 * (the name and phone go to the personal-data vault). A deputy's QR code leads to no liaison point: opinions are
 * taken at stations.
 */
@Service
class CitizenOpinions {

    private static final Pattern DRAFT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final CitizenIntake intake;
    private final OpenDrafts openDrafts;
    private final CommandGateway commands;
    private final Validator validator;

    CitizenOpinions(CitizenIntake intake, OpenDrafts openDrafts, CommandGateway commands, Validator validator) {
        this.intake = intake;
        this.openDrafts = openDrafts;
        this.commands = commands;
        this.validator = validator;
    }

    /** The receipt: which draft, the opinion's number within it, when. */
    record Received(String draftTitle, int opinionNumber, Instant receivedAt) {
    }

    /** The drafts open for comment where the QR code leads; empty when it leads to no open station. */
    Optional<List<OpenDrafts.OpenDraft>> drafts(String token) {
        return stationOf(token).map(openDrafts::at);
    }

    /** Sends the opinion; empty when the code leads to no station or the draft is not open there. */
    Optional<Received> submit(String token, String draftId, OpinionForm form) {
        InvalidCommand.throwIfAny(validator.validate(form));
        Optional<String> station = stationOf(token);
        if (station.isEmpty() || !DRAFT_ID.matcher(draftId).matches()) {
            return Optional.empty();
        }
        Optional<OpenDrafts.OpenDraft> draft = openDrafts.at(station.get()).stream()
                .filter(open -> open.draftId().equals(draftId)).findFirst();
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        Integer number = commands.sendAndWait(new CollectOpinion(LegislativeDraftId.of(draftId),
                OpinionSource.CITIZEN, StationId.of(station.get()), null,
                new PersonDetails(form.name(), form.phone(), null), form.article(), form.content(), null));
        return Optional.of(new Received(draft.get().title(), number,
                Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    }

    private Optional<String> stationOf(String token) {
        return intake.addressee(token).filter(to -> to.deputyId() == null).map(Addressee::stationId);
    }
}
