package cn.luzhi.command.personaldata;

import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.common.PersonalDataMask;
import java.util.Optional;

/**
 * One person of a case as the API shows them: masked by default, in full only through a recorded reveal.
 *
 * @param personRef the vault reference (what events carry, and what "forget" takes)
 * @param name      the name, masked unless {@code masked} is false; null once forgotten
 * @param phone     the phone number, likewise
 * @param idNumber  the ID number, likewise
 * @param masked    whether the three fields are masked
 * @param forgotten whether the person's data was erased (the right to be forgotten)
 */
public record PersonView(String personRef, String name, String phone, String idNumber, boolean masked,
                         boolean forgotten) {

    static PersonView masked(PersonRef ref, Optional<PersonDetails> details) {
        return details.map(d -> new PersonView(ref.value(), PersonalDataMask.name(d.name()),
                        PersonalDataMask.phone(d.phone()), PersonalDataMask.idNumber(d.idNumber()), true, false))
                .orElseGet(() -> forgotten(ref));
    }

    static PersonView full(PersonRef ref, Optional<PersonDetails> details) {
        return details.map(d -> new PersonView(ref.value(), d.name(), d.phone(), d.idNumber(), false, false))
                .orElseGet(() -> forgotten(ref));
    }

    private static PersonView forgotten(PersonRef ref) {
        return new PersonView(ref.value(), null, null, null, true, true);
    }

    @Override
    public String toString() {
        // Keeps personal data out of log lines and exception texts, like PersonDetails.
        return "PersonView[" + personRef + "]";
    }
}
