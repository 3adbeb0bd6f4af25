package cn.luzhi.command.intake;

import cn.luzhi.command.qrcode.QrCodes;
import cn.luzhi.command.qrcode.QrOwnerKind;
import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.web.InvalidCommand;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.RatePetition;
import cn.luzhi.events.petition.SubmitPetition;
import cn.luzhi.events.petition.WithdrawPetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizens' side of a petition, without an account: find whom a QR token leads to, submit a petition to
 * them and get a receipt code, then follow the petition, rate it or withdraw it with that code. Every change is
 * an ordinary command; the dispatch interceptor names an anonymous citizen as its actor.
 */
@Service
class CitizenIntake {

    /** QR tokens are base64url; anything else cannot be one and is not looked up. */
    private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final QrCodes qrCodes;
    private final ReferenceFacts facts;
    private final IntakeReceipts receipts;
    private final IntakeSubmissions submissions;
    private final CitizenReceipt citizenReceipt;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final Validator validator;
    private final ReceiptCodes codes = new ReceiptCodes();

    CitizenIntake(QrCodes qrCodes, ReferenceFacts facts, IntakeReceipts receipts, IntakeSubmissions submissions,
                  CitizenReceipt citizenReceipt, CommandGateway commands, TransactionTemplate transactions,
                  Validator validator) {
        this.qrCodes = qrCodes;
        this.facts = facts;
        this.receipts = receipts;
        this.submissions = submissions;
        this.citizenReceipt = citizenReceipt;
        this.commands = commands;
        this.transactions = transactions;
        this.validator = validator;
    }

    /** The answer to a submitted petition: the receipt code is shown this once and never again. */
    record Submitted(String receiptCode, String addressedTo, Instant submittedAt) {
    }

    /** Whom a current QR token leads to; empty for an unknown or reissued token, or a closed station. */
    Optional<Addressee> addressee(String token) {
        if (token == null || !TOKEN_FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return qrCodes.byToken(token).flatMap(code -> code.kind() == QrOwnerKind.STATION
                ? stationAddressee(code.ownerId()) : deputyAddressee(code.ownerId()));
    }

    private Optional<Addressee> stationAddressee(String stationId) {
        return facts.station(stationId).filter(ReferenceFacts.Station::open).map(station -> {
            String region = facts.regionName(station.regionId());
            return new Addressee(new Addressee.View(QrOwnerKind.STATION, station.name() + " · " + region, null,
                    station.name(), region), null, station.id(), station.regionId());
        });
    }

    private Optional<Addressee> deputyAddressee(String deputyId) {
        return facts.deputy(deputyId).filter(ReferenceFacts.Deputy::serving)
                .flatMap(deputy -> facts.station(deputy.stationId()).map(station -> new Addressee(
                        new Addressee.View(QrOwnerKind.DEPUTY, "人大代表" + deputy.name() + " · " + station.name(),
                                deputy.name(), station.name(), null),
                        deputy.id(), station.open() ? station.id() : null, station.regionId())));
    }

    /** Sends the petition and stores the hash of its receipt code in the same transaction. */
    Submitted submit(Addressee to, IntakeForm form) {
        validate(form);
        Submitted answer = newAnswer(to);
        PetitionId petitionId = PetitionId.generate();
        transactions.executeWithoutResult(status -> send(to, form, petitionId, answer));
        return answer;
    }

    /**
     * Submits once per key: the first request with a key sends the petition and stores the submission, sealed,
     * in the same transaction; a retry with the key and the same request gets the first answer back and sends
     * nothing. A key used for another request is refused (422). Empty when the token leads nowhere.
     */
    Optional<Answer> submitOnce(String token, IntakeForm form, SubmissionKey key) {
        validate(form);
        String request = key.fingerprint(Arrays.asList(token, form.name(), form.phone(), form.idNumber(), form.title(),
                form.content()));
        Optional<Answer> earlier = earlierAnswer(key, request);
        if (earlier.isPresent()) {
            return earlier;
        }
        Optional<Addressee> to = addressee(token);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Submitted answer = newAnswer(to.get());
        PetitionId petitionId = PetitionId.generate();
        try {
            transactions.executeWithoutResult(status -> {
                // First, so that a racing request with the same key waits here and fails before sending anything.
                submissions.store(key.sha256(), new IntakeSubmissions.Submission(petitionId.value(), request,
                        key.seal(answer.receiptCode() + "\n" + answer.addressedTo(), petitionId.value()),
                        answer.submittedAt()));
                send(to.get(), form, petitionId, answer);
            });
        } catch (DuplicateKeyException raced) {
            // The same key committed on another request meanwhile: answer as its retry would be answered.
            return Optional.of(earlierAnswer(key, request).orElseThrow(() -> raced));
        }
        return Optional.of(new Answer(answer, false));
    }

    /** An answer to a keyed submission; {@code replayed} when it is the first answer given again. */
    record Answer(Submitted submitted, boolean replayed) {
    }

    private Optional<Answer> earlierAnswer(SubmissionKey key, String request) {
        return submissions.find(key.sha256()).map(earlier -> {
            if (!earlier.requestMac().equals(request)) {
                throw CommandRefused.becauseOf(SubmissionKey.HEADER,
                        "该提交编号已用于另一份内容不同的诉求，请刷新页面后重新填写提交");
            }
            String[] opened = key.open(earlier.sealedAnswer(), earlier.petitionId()).split("\n", 2);
            return new Answer(new Submitted(opened[0], opened[1], earlier.submittedAt()), true);
        });
    }

    private Submitted newAnswer(Addressee to) {
        // Database time keeps microseconds: a replayed answer carries exactly the instant of the first.
        return new Submitted(codes.next(), to.view().title(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** Sends the petition and stores its receipt hash; joins the caller's transaction. */
    private void send(Addressee to, IntakeForm form, PetitionId petitionId, Submitted answer) {
        SubmitPetition command = new SubmitPetition(petitionId,
                to.deputyId() != null ? PetitionSource.DEPUTY_QR_CODE : PetitionSource.STATION_QR_CODE,
                new RegionId(to.regionId()),
                to.deputyId() != null ? new DeputyId(to.deputyId()) : null,
                to.stationId() != null ? new StationId(to.stationId()) : null,
                new PersonDetails(form.name(), form.phone(), form.idNumber()), form.title(), form.content());
        commands.sendAndWait(command);
        receipts.store(ReceiptCodes.normalize(answer.receiptCode()).orElseThrow(), petitionId.value());
    }

    /** The citizen's view of the petition the code opens. */
    Optional<CitizenReceipt.View> receipt(String code) {
        return receipts.petitionOf(code).flatMap(citizenReceipt::of);
    }

    /** Rates the petition the code opens; the petition refuses (409) unless a reply is there to rate. */
    Optional<CitizenReceipt.View> rate(String code, RatingForm form) {
        validate(form);
        return receipts.petitionOf(code).flatMap(petitionId -> {
            commands.sendAndWait(new RatePetition(new PetitionId(petitionId), form.satisfaction(), form.comment(),
                    null));
            return citizenReceipt.of(petitionId);
        });
    }

    /** Withdraws the petition the code opens; refused (409) once the petition is closed. */
    Optional<CitizenReceipt.View> withdraw(String code, WithdrawalForm form) {
        validate(form);
        return receipts.petitionOf(code).flatMap(petitionId -> {
            commands.sendAndWait(new WithdrawPetition(new PetitionId(petitionId), form.reason(), null));
            return citizenReceipt.of(petitionId);
        });
    }

    private void validate(Object form) {
        InvalidCommand.throwIfAny(validator.validate(form));
    }
}
