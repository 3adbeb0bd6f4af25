package cn.luzhi.query.support;

import cn.luzhi.events.testing.TestDatabase;
import cn.luzhi.query.activity.ActivityCaseRow;
import cn.luzhi.query.activity.ActivityRow;
import cn.luzhi.query.duty.DutyActivityRow;
import cn.luzhi.query.ballot.BallotRow;
import cn.luzhi.query.ballot.LivelihoodProjectRow;
import cn.luzhi.query.common.ReadModelMigrations;
import cn.luzhi.query.mediation.MediationCaseRow;
import cn.luzhi.query.petition.PetitionRow;
import cn.luzhi.query.reception.ReceptionRow;
import cn.luzhi.query.reference.DeputyRow;
import cn.luzhi.query.reference.HandlingUnitRow;
import cn.luzhi.query.reference.RegionRow;
import cn.luzhi.query.reference.StationRow;
import cn.luzhi.query.suggestion.SuggestionRow;
import cn.luzhi.query.supervision.SupervisionCaseRow;
import cn.luzhi.query.supervision.SupervisionDeadlineRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The read models on real PostgreSQL for plain projection tests: the query side's own Flyway scripts, and
 * Hibernate validating every entity against them as the application does ({@code ddl-auto: validate}).
 */
public final class ReadModelDatabase {

    private static EntityManagerFactory entityManagerFactory;

    private ReadModelDatabase() {
    }

    public static synchronized EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(TestDatabase.url());
            dataSource.setUser(TestDatabase.username());
            ReadModelMigrations.flyway(dataSource).migrate();
            entityManagerFactory = new HibernatePersistenceConfiguration("read-models")
                    .managedClasses(RegionRow.class, StationRow.class, DeputyRow.class, HandlingUnitRow.class,
                            PetitionRow.class, SuggestionRow.class, MediationCaseRow.class, ActivityRow.class,
                            ActivityCaseRow.class, BallotRow.class, LivelihoodProjectRow.class,
                            SupervisionCaseRow.class, SupervisionDeadlineRow.class, ReceptionRow.class,
                            cn.luzhi.query.legislation.LegislativeDraftRow.class, DutyActivityRow.class,
                            cn.luzhi.query.rota.DutyRotaRow.class)
                    // As the applications' connections do (query-side.yml): the projections' SQL names no schema.
                    .jdbcUrl(TestDatabase.url() + (TestDatabase.url().contains("?") ? "&" : "?")
                            + "currentSchema=read,public")
                    .jdbcCredentials(TestDatabase.username(), "")
                    .schemaToolingAction(Action.VALIDATE)
                    .property(MappingSettings.PHYSICAL_NAMING_STRATEGY, PhysicalNamingStrategySnakeCaseImpl.class)
                    .createEntityManagerFactory();
        }
        return entityManagerFactory;
    }

    /** Empties every read-model table, so that each test starts from nothing. */
    public static void clear() {
        inTransaction(entityManager -> entityManager.createNativeQuery("""
                TRUNCATE read.region, read.station, read.deputy, read.handling_unit, read.petition,
                         read.petition_unit, read.suggestion, read.suggestion_co_signer, read.suggestion_unit,
                         read.suggestion_invitee, read.suggestion_follow_up, read.mediation_case,
                         read.mediation_case_party,
                         read.mediation_case_mediator,
                         read.activity, read.activity_case, read.activity_case_deputy, read.ballot, read.ballot_candidate, read.ballot_deputy,
                         read.livelihood_project, read.livelihood_project_milestone,
                         read.supervision_case, read.supervision_deadline,
                         read.legislative_draft, read.legislative_draft_point, read.legislative_opinion,
                         read.duty_activity, read.duty_attendance, read.station_duty_rota, read.station_duty_shift""")
                .executeUpdate());
    }

    /** Runs {@code work} in one transaction, as a streaming processor runs a batch of events. */
    public static void inTransaction(Consumer<EntityManager> work) {
        query(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    /** Runs {@code work} in one transaction and returns what it found. */
    public static <T> T query(Function<EntityManager, T> work) {
        EntityManager entityManager = entityManagerFactory().createEntityManager();
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(entityManager);
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }
}
