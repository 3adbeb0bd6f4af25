package cn.luzhi.command.personaldata;

import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A vault for aggregate tests: hands out predictable references ("person-1", "person-2", ...). */
public class RecordingVault implements PersonalDataVault {

    private final Map<PersonRef, PersonDetails> stored = new LinkedHashMap<>();

    @Override
    public PersonRef store(PersonDetails details) {
        PersonRef ref = new PersonRef("person-" + (stored.size() + 1));
        stored.put(ref, details);
        return ref;
    }

    @Override
    public Optional<PersonDetails> read(PersonRef ref) {
        return Optional.ofNullable(stored.get(ref));
    }

    @Override
    public boolean forget(PersonRef ref) {
        return stored.remove(ref) != null;
    }
}
