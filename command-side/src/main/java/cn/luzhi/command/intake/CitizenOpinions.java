package cn.luzhi.command.intake;

import cn.luzhi.command.legislation.OpenDrafts;
import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.web.InvalidCommand;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.legislation.CollectOpinion;
import cn.luzhi.events.legislation.LegislativeDraftId;
import cn.luzhi.events.legislation.OpinionSource;
import cn.luzhi.events.station.StationId;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final OpinionSubmissions submissions;
    private final TransactionTemplate transactions;

    CitizenOpinions(CitizenIntake intake, OpenDrafts openDrafts, CommandGateway commands, Validator validator,
                    OpinionSubmissions submissions, TransactionTemplate transactions) {
        this.intake = intake;
        this.openDrafts = openDrafts;
        this.commands = commands;
        this.validator = validator;
        this.submissions = submissions;
        this.transactions = transactions;
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
        return openDraft(token, draftId).map(draft -> {
            Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return new Received(draft.title(), send(draft, form), receivedAt);
        });
    }

    /**
     * Sends the opinion once per key: the first request with a key stores the submission and sends the opinion in
     * one transaction; a retry with the key and the same request gets the first receipt back and sends nothing. A
     * key used for another request is refused (422). Empty when the code or the draft leads nowhere.
     */
    Optional<Answer> submitOnce(String token, String draftId, OpinionForm form, SubmissionKey key) {
        InvalidCommand.throwIfAny(validator.validate(form));
        String request = key.fingerprint(Arrays.asList(token, draftId, form.name(), form.phone(), form.article(),
                form.content()));
        Optional<Answer> earlier = earlierAnswer(key, request);
        if (earlier.isPresent()) {
            return earlier;
        }
        Optional<DraftAtStation> draft = openDraft(token, draftId);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            int number = transactions.execute(status -> {
                // First, so that a racing request with the same key waits here and fails before sending anything.
                submissions.store(key.sha256(), new OpinionSubmissions.Submission(draftId, request,
                        draft.get().title(), null, receivedAt));
                int sent = send(draft.get(), form);
                submissions.numbered(key.sha256(), sent);
                return sent;
            });
            return Optional.of(new Answer(new Received(draft.get().title(), number, receivedAt), false));
        } catch (DuplicateKeyException raced) {
            // The same key committed on another request meanwhile: answer as its retry would be answered.
            return Optional.of(earlierAnswer(key, request).orElseThrow(() -> raced));
        }
    }

    /** An answer to a keyed submission; {@code replayed} when it is the first receipt given again. */
    record Answer(Received received, boolean replayed) {
    }

    private Optional<Answer> earlierAnswer(SubmissionKey key, String request) {
        return submissions.find(key.sha256()).map(earlier -> {
            if (!earlier.requestMac().equals(request)) {
                throw CommandRefused.becauseOf(SubmissionKey.HEADER,
                        "该提交编号已用于另一条内容不同的意见，请刷新页面后重新填写提交");
            }
            return new Answer(new Received(earlier.draftTitle(), earlier.opinionNumber(), earlier.receivedAt()),
                    true);
        });
    }

    /** A draft open for comment at the station a QR code leads to. */
    private record DraftAtStation(String stationId, String draftId, String title) {
    }

    private Optional<DraftAtStation> openDraft(String token, String draftId) {
        if (!DRAFT_ID.matcher(draftId).matches()) {
            return Optional.empty();
        }
        return stationOf(token).flatMap(station -> openDrafts.at(station).stream()
                .filter(open -> open.draftId().equals(draftId)).findFirst()
                .map(open -> new DraftAtStation(station, open.draftId(), open.title())));
    }

    /** Sends the opinion as a citizen's, the name and phone for the vault; the draft's number for it. */
    private int send(DraftAtStation draft, OpinionForm form) {
        return commands.sendAndWait(new CollectOpinion(LegislativeDraftId.of(draft.draftId()),
                OpinionSource.CITIZEN, StationId.of(draft.stationId()), null,
                new PersonDetails(form.name(), form.phone(), null), form.article(), form.content(), null));
    }

    private Optional<String> stationOf(String token) {
        return intake.addressee(token).filter(to -> to.deputyId() == null).map(Addressee::stationId);
    }
}
