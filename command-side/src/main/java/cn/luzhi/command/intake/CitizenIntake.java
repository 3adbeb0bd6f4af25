package cn.luzhi.command.intake;

import cn.luzhi.command.qrcode.QrCodes;
import cn.luzhi.command.qrcode.QrOwnerKind;
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
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
    private final CitizenReceipt citizenReceipt;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final Validator validator;
    private final ReceiptCodes codes = new ReceiptCodes();

    CitizenIntake(QrCodes qrCodes, ReferenceFacts facts, IntakeReceipts receipts, CitizenReceipt citizenReceipt,
                  CommandGateway commands, TransactionTemplate transactions, Validator validator) {
        this.qrCodes = qrCodes;
        this.facts = facts;
        this.receipts = receipts;
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
        String receiptCode = codes.next();
        PetitionId petitionId = PetitionId.generate();
        SubmitPetition command = new SubmitPetition(petitionId,
                to.deputyId() != null ? PetitionSource.DEPUTY_QR_CODE : PetitionSource.STATION_QR_CODE,
                new RegionId(to.regionId()),
                to.deputyId() != null ? new DeputyId(to.deputyId()) : null,
                to.stationId() != null ? new StationId(to.stationId()) : null,
                new PersonDetails(form.name(), form.phone(), form.idNumber()), form.title(), form.content());
        transactions.executeWithoutResult(status -> {
            commands.sendAndWait(command);
            receipts.store(ReceiptCodes.normalize(receiptCode).orElseThrow(), petitionId.value());
        });
        return new Submitted(receiptCode, to.view().title(), Instant.now());
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
