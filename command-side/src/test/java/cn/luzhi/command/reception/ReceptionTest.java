package cn.luzhi.command.reception;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.command.personaldata.RecordingVault;
import cn.luzhi.command.petition.Petition;
import cn.luzhi.command.petition.RecordingHotlineTickets;
import cn.luzhi.events.common.PersonDetails;
import cn.luzhi.events.common.PersonRef;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.petition.PetitionId;
import cn.luzhi.events.petition.PetitionSource;
import cn.luzhi.events.petition.PetitionSubmitted;
import cn.luzhi.events.reception.AnswerReceptionIssue;
import cn.luzhi.events.reception.ReceptionId;
import cn.luzhi.events.reception.ReceptionIssue;
import cn.luzhi.events.reception.ReceptionIssueAnswered;
import cn.luzhi.events.reception.ReceptionIssueTurnedIntoPetition;
import cn.luzhi.events.reception.ReceptionRecorded;
import cn.luzhi.events.reception.ReceptionStatus;
import cn.luzhi.events.reception.RecordReception;
import cn.luzhi.events.reception.TurnReceptionIssueIntoPetition;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceptionTest {

    private static final ReceptionId ID = ReceptionId.of("r-1");
    private static final StationId STATION = StationId.of("s-1");
    private static final RegionId REGION = RegionId.of("150102001");
    private static final DeputyId LI = DeputyId.of("d-li");
    private static final DeputyId ZHAO = DeputyId.of("d-zhao");
    private static final Instant HELD = Instant.parse("2026-03-01T02:00:00Z");
    private static final PersonDetails CITIZEN = new PersonDetails("王秀兰", "13800001234", null);
    private static final List<ReceptionIssue> ISSUES = List.of(new ReceptionIssue("小区路灯不亮", "已联系社区当天维修"),
            new ReceptionIssue("老旧小区加装电梯费用分摊", null));

    private final RecordingVault vault = new RecordingVault();
    private final EventStore petitionStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private FixtureConfiguration<Reception> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Reception.class);
        fixture.registerInjectableResource(vault);
        fixture.registerInjectableResource(new RecordingHotlineTickets());
        // The fixture's store takes only the reception's events; the petitions an issue becomes go to their own.
        EventSourcingRepository<Petition> petitions = EventSourcingRepository.builder(Petition.class)
                .eventStore(petitionStore).build();
        fixture.registerRepositoryProvider(new RepositoryProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Repository<T> repositoryFor(Class<T> type) {
                return type == Petition.class ? (Repository<T>) petitions : null;
            }
        });
    }

    private static ReceptionRecorded recorded() {
        return new ReceptionRecorded(ID, STATION, HELD, List.of(LI, ZHAO), 15, ISSUES);
    }

    private static TurnReceptionIssueIntoPetition turn(int issue, DeputyId deputy) {
        return new TurnReceptionIssueIntoPetition(ID, issue, deputy, REGION, CITIZEN, "加装电梯费用分摊", null);
    }

    @Test
    void shouldRecordAReceptionWithItsIssues() {
        fixture.givenNoPriorActivity()
                .when(new RecordReception(ID, STATION, HELD, List.of(LI, ZHAO), 15, ISSUES))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recorded())
                .expectState(reception -> assertThat(reception.state().status()).isEqualTo(ReceptionStatus.OPEN));
    }

    @Test
    void shouldRefuseAReceptionInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new RecordReception(ID, STATION, Instant.parse("2999-01-01T00:00:00Z"), List.of(LI), 3, ISSUES))
                .expectException(refusedBecauseOf("receivedAt", "接待时间不能晚于当前时间"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseTheSameDeputyTwice() {
        fixture.givenNoPriorActivity()
                .when(new RecordReception(ID, STATION, HELD, List.of(LI, LI), 3, ISSUES))
                .expectException(refusedBecauseOf("deputyIds", "接待代表不能重复"))
                .expectNoEvents();
    }

    @Test
    void shouldAnswerAnOpenIssueLaterAndSettleTheReception() {
        fixture.given(recorded())
                .when(new AnswerReceptionIssue(ID, 2, "已召开业主协调会", null))
                .expectEvents(new ReceptionIssueAnswered(ID, 2, "已召开业主协调会"))
                .expectState(reception -> assertThat(reception.state().status())
                        .isEqualTo(ReceptionStatus.SETTLED));
    }

    @Test
    void shouldRefuseToAnswerAnIssueAnsweredOnTheSpot() {
        fixture.given(recorded())
                .when(new AnswerReceptionIssue(ID, 1, "再答复一次", null))
                .expectException(refusedBecauseOf("issueNumber", "第1个问题已答复"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseAnIssueTheReceptionDoesNotHave() {
        fixture.given(recorded())
                .when(new AnswerReceptionIssue(ID, 3, "答复", null))
                .expectException(refusedBecauseOf("issueNumber", "本次接待没有第3个问题"))
                .expectNoEvents();
    }

    @Test
    void shouldTurnAnIssueIntoAPetitionThatLinksBackToTheReception() {
        PetitionId petition = Reception.petitionOf(ID, 2);
        fixture.given(recorded())
                .when(turn(2, ZHAO))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReceptionIssueTurnedIntoPetition(ID, 2, petition, ZHAO));
        assertThat(petitionStore.readEvents(petition.value()).asStream().map(message -> (Object) message.getPayload()))
                .containsExactly(new PetitionSubmitted(petition, PetitionSource.STATION_VISIT, REGION, ZHAO, STATION,
                        new PersonRef("person-1"), "加装电梯费用分摊", "老旧小区加装电梯费用分摊", null, ID));
        assertThat(vault.read(new PersonRef("person-1"))).contains(CITIZEN);
    }

    @Test
    void shouldNotTurnAnIssueIntoASecondPetitionOnARetry() {
        fixture.given(recorded(), new ReceptionIssueTurnedIntoPetition(ID, 2, Reception.petitionOf(ID, 2), LI))
                .when(turn(2, LI))
                .expectException(refusedBecauseOf(null, "接待记录当前状态为「已办结」，不能转为诉求"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseAPetitionTakenUpByADeputyWhoDidNotReceive() {
        fixture.given(recorded())
                .when(turn(2, DeputyId.of("d-sun")))
                .expectException(refusedBecauseOf("deputyId", "代表「d-sun」未参加本次接待"))
                .expectNoEvents();
    }

    @Test
    void shouldRefuseActionsOnceEveryIssueIsSettled() {
        fixture.given(recorded(), new ReceptionIssueAnswered(ID, 2, "已答复"))
                .when(new AnswerReceptionIssue(ID, 2, "又一次", null))
                .expectException(refusedBecauseOf(null, "接待记录当前状态为「已办结」，不能答复问题"))
                .expectNoEvents();
    }

    @Test
    void shouldDeriveOnePetitionIdPerReceptionAndIssue() {
        assertThat(Reception.petitionOf(ID, 2)).isEqualTo(Reception.petitionOf(ReceptionId.of("r-1"), 2))
                .isNotEqualTo(Reception.petitionOf(ID, 1));
    }

    @Test
    void shouldRejectARecordWithoutDeputiesOrCitizens() {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            Set<String> fields = validation.getValidator()
                    .validate(new RecordReception(ID, STATION, HELD, List.of(), 0,
                            List.of(new ReceptionIssue(" ", null))))
                    .stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                    .collect(Collectors.toSet());
            assertThat(fields).contains("deputyIds", "citizensReceived", "issues[0].text");
        }
    }

    private static Matcher<CommandRefused> refusedBecauseOf(String field, String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefused refused) {
                return java.util.Objects.equals(field, refused.field()) && message.equals(refused.getMessage());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refusal of field " + field + ": " + message);
            }
        };
    }
}
