package cn.luzhi.query.audit;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.events.common.MetadataKeys;
import cn.luzhi.events.deputy.DeputyId;
import cn.luzhi.events.region.RegionId;
import cn.luzhi.events.station.StationId;
import cn.luzhi.events.unit.HandlingUnitId;
import cn.luzhi.query.audit.CaseHistoryViews.Actor;
import cn.luzhi.query.audit.CaseHistoryViews.CaseHistoryView;
import cn.luzhi.query.audit.CaseHistoryViews.CaseStateView;
import cn.luzhi.query.audit.CaseHistoryViews.HistoryEntry;
import cn.luzhi.query.common.CaseActions;
import cn.luzhi.query.common.NotFound;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.reference.Names;
import cn.luzhi.query.reference.ReferenceData;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/** A case's history and its state at any point of it, replayed from the case's events. */
@Service
class CaseHistory {

    /** Every case type's fold; a stream whose first event none of them opens with is not a case. */
    static final List<CaseFold> FOLDS = List.of(new PetitionFold(), new SuggestionFold(), new MediationCaseFold(),
            new BallotFold(), new LivelihoodProjectFold(), new ReceptionFold(), new LegislativeDraftFold(),
            new DutyActivityFold());

    /** Payload fields in which a person wrote why or what (besides the command's reason). */
    private static final Set<String> COMMENT_FIELDS = Set.of("comment", "reason", "note", "reply", "opinion",
            "findings", "progress", "agreement");

    private final CaseEvents events;
    private final ReferenceData referenceData;

    CaseHistory(CaseEvents events, ReferenceData referenceData) {
        this.events = events;
        this.referenceData = referenceData;
    }

    CaseHistoryView history(String caseId, Viewer viewer) {
        List<RecordedEvent> stream = events.of(caseId);
        CaseFold fold = foldOf(caseId, stream);
        List<CaseState> states = new ArrayList<>(List.of(fold.initial()));
        for (RecordedEvent event : stream) {
            states.add(fold.apply(states.get(states.size() - 1), event.payload()));
        }
        requireVisible(caseId, states.get(states.size() - 1), viewer);
        Names names = namesIn(states);
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < stream.size(); i++) {
            entries.add(entry(stream.get(i), fold, states.get(i + 1).changesSince(states.get(i), names)));
        }
        return new CaseHistoryView(caseId, fold.caseType().name(), fold.caseType().label(), fold.fields(), entries);
    }

    CaseStateView stateAsOf(String caseId, AsOf asOf, Viewer viewer) {
        List<RecordedEvent> stream = events.of(caseId);
        CaseFold fold = foldOf(caseId, stream);
        requireVisible(caseId, replayed(fold, stream), viewer);
        CaseState state = fold.initial();
        RecordedEvent last = null;
        int applied = 0;
        // A state is a prefix of the stream: an event after the point ends the replay even if a later one had an
        // earlier timestamp.
        for (RecordedEvent event : stream) {
            if (!asOf.includes(event)) {
                break;
            }
            state = fold.apply(state, event.payload());
            last = event;
            applied++;
        }
        return new CaseStateView(caseId, fold.caseType().name(), fold.caseType().label(),
                state.values(namesIn(List.of(state))), applied,
                last == null ? null : last.globalIndex(), last == null ? null : last.sequenceNumber(),
                last == null ? null : last.at());
    }

    private static CaseFold foldOf(String caseId, List<RecordedEvent> stream) {
        // No events, or those of a region, station, deputy or unit: no case has this id.
        return FOLDS.stream()
                .filter(fold -> !stream.isEmpty() && fold.opens(stream.get(0).payload()))
                .findFirst()
                .orElseThrow(() -> new NotFound("案件", caseId));
    }

    private static CaseState replayed(CaseFold fold, List<RecordedEvent> stream) {
        CaseState state = fold.initial();
        for (RecordedEvent event : stream) {
            state = fold.apply(state, event.payload());
        }
        return state;
    }

    /** A supervisor or leader reads the cases of their region only; another is answered like a missing one. */
    private static void requireVisible(String caseId, CaseState now, Viewer viewer) {
        viewer.requireCovers("案件", caseId, now.text(CaseFold.REGION.key()));
    }

    /**
     * The names of the regions, stations, deputies and units the states mention. They come from the reference
     * data's read model: a name is how the trail reads, never evidence; the ids beside them are the events' own.
     */
    private Names namesIn(List<CaseState> states) {
        Set<String> regions = new HashSet<>();
        Set<String> stations = new HashSet<>();
        Set<String> deputies = new HashSet<>();
        Set<String> units = new HashSet<>();
        states.stream().flatMap(CaseState::items).forEach(item -> {
            if (item instanceof RegionId id) {
                regions.add(id.value());
            } else if (item instanceof StationId id) {
                stations.add(id.value());
            } else if (item instanceof DeputyId id) {
                deputies.add(id.value());
            } else if (item instanceof HandlingUnitId id) {
                units.add(id.value());
            }
        });
        return referenceData.names(regions, stations, deputies, units);
    }

    private static HistoryEntry entry(RecordedEvent event, CaseFold fold, List<CaseState.FieldChange> changes) {
        Map<String, ?> meta = event.metaData();
        String reason = text(meta.get(MetadataKeys.REASON));
        String comment = comment(event.payload());
        return new HistoryEntry(event.globalIndex(), event.sequenceNumber(), event.eventId(), event.at(),
                event.payload().getClass().getSimpleName(),
                CaseActions.of(event.payload().getClass(), fold.caseType().label()),
                actor(meta), reason, Objects.equals(comment, reason) ? null : comment,
                text(meta.get(MetadataKeys.COMMAND_ID)), text(meta.get(MetadataKeys.CORRELATION_ID)),
                text(meta.get(MetadataKeys.CAUSATION_ID)), changes);
    }

    private static Actor actor(Map<String, ?> meta) {
        String role = text(meta.get(MetadataKeys.ACTOR_ROLE));
        String roleLabel = role == null ? null : Arrays.stream(ActorRole.values())
                .filter(known -> known.name().equals(role))
                .map(ActorRole::label)
                .findFirst()
                .orElse(null);
        return new Actor(text(meta.get(MetadataKeys.ACTOR_ID)), text(meta.get(MetadataKeys.ACTOR_NAME)), role,
                roleLabel);
    }

    /** The first non-blank comment-like text of the event record, or null. */
    private static String comment(Object payload) {
        RecordComponent[] components = payload.getClass().getRecordComponents();
        if (components == null) {
            return null;
        }
        for (RecordComponent component : components) {
            if (component.getType() == String.class && COMMENT_FIELDS.contains(component.getName())) {
                try {
                    String value = text(component.getAccessor().invoke(payload));
                    if (value != null) {
                        return value;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component + " of " + payload.getClass(), e);
                }
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
