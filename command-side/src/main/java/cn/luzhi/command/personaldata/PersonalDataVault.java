package cn.luzhi.command.personaldata;

import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import java.util.Optional;

/**
 * Holds citizens' and parties' personal data outside the event store. Command handlers store what a
 * command brings and put only the returned reference into their events; forgetting a person blanks the
 * vault entry and leaves every event intact.
 */
public interface PersonalDataVault {

    /** Keeps the details in the current transaction and returns the reference events may carry. */
    PersonRef store(PersonDetails details);

    /** The details in clear, or empty when the person was forgotten or never existed. */
    Optional<PersonDetails> read(PersonRef ref);

    /** Makes the details unreadable for ever; returns false when there was nothing (left) to forget. */
    boolean forget(PersonRef ref);
}
