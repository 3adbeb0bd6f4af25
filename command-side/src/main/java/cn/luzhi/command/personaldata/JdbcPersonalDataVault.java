package cn.luzhi.command.personaldata;

import cn.luzhi.events.common.Ids;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vault in PostgreSQL ({@code personal_data}); writes join the command's transaction. */
@Repository
class JdbcPersonalDataVault implements PersonalDataVault {

    private final JdbcClient jdbc;

    JdbcPersonalDataVault(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonRef store(PersonDetails details) {
        PersonRef ref = new PersonRef(Ids.newId());
        jdbc.sql("INSERT INTO personal_data (person_ref, full_name, phone, id_number) VALUES (?, ?, ?, ?)")
                .params(ref.value(), details.name(), details.phone(), details.idNumber())
                .update();
        return ref;
    }

    @Override
    public Optional<PersonDetails> read(PersonRef ref) {
        return jdbc.sql("SELECT full_name, phone, id_number FROM personal_data WHERE person_ref = ? AND forgotten_at IS NULL")
                .param(ref.value())
                .query((rs, row) -> new PersonDetails(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    @Override
    public boolean forget(PersonRef ref) {
        return jdbc.sql("""
                        UPDATE personal_data SET full_name = NULL, phone = NULL, id_number = NULL, forgotten_at = now()
                         WHERE person_ref = ? AND forgotten_at IS NULL""")
                .param(ref.value())
                .update() == 1;
    }
}
