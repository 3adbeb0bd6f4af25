package cn.luzhi.command.reference;

import cn.luzhi.command.common.CommandRefused;
import cn.luzhi.events.legislation.OpenDraftForComment;
import cn.luzhi.events.mediation.AssignMediators;
import cn.luzhi.events.mediation.ReferMediationCase;
import cn.luzhi.events.suggestion.ConvertSuggestionToProcuratorate;
import cn.luzhi.events.unit.HandlingUnitKind;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * The cross-aggregate rules aggregates cannot check themselves: every region, station, deputy and handling
 * unit a command names (itself or in a record nested in it) must exist and be in use; a referring court must be
 * a court, a procuratorate a procuratorate, mediators must be in the mediator pool, and a draft is opened for comment only at
 * designated legislative liaison points. Runs inside the command's transaction, before
 * the handler, and refuses with 422 naming the field.
 */
@Component
class ReferenceCheckInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Fields that must name a handling unit of one kind. */
    private static final Map<Class<?>, Map<String, HandlingUnitKind>> UNIT_KINDS = Map.of(
            ReferMediationCase.class, Map.of("courtId", HandlingUnitKind.COURT),
            ConvertSuggestionToProcuratorate.class, Map.of("procuratorateId", HandlingUnitKind.PROCURATORATE));

    /** Fields whose deputies must be in the mediator pool (调解员库). */
    private static final Map<Class<?>, String> MEDIATORS = Map.of(AssignMediators.class, "deputyIds");

    /** Fields whose stations must be designated legislative liaison points (基层立法联系点). */
    private static final Map<Class<?>, String> LIAISON_POINTS = Map.of(OpenDraftForComment.class, "liaisonPointIds");

    private final ReferenceRegistry registry;

    ReferenceCheckInterceptor(ReferenceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        if (command.getClass().isRecord()) {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                if (!isTarget(command.getClass(), component)) {
                    check(command, component.getName(), component.getAccessor().invoke(command));
                }
            }
        }
        return chain.proceed();
    }

    private void check(Object command, String field, Object value) {
        checkAt(command, field, field, value);
    }

    private void checkAt(Object command, String field, String path, Object value) {
        if (value instanceof Collection<?> values) {
            int index = 0;
            for (Object element : values) {
                check(command, field, path + "[" + index++ + "]", element);
            }
        } else {
            check(command, field, path, value);
        }
    }

    private void check(Object command, String field, String path, Object value) {
        if (value == null) {
            return;
        }
        Optional<ReferenceKind> kind = ReferenceKind.ofIdType(value.getClass());
        if (kind.isEmpty()) {
            checkNested(command, path, value);
            return;
        }
        String id = value.toString();
        if (!registry.isUsable(kind.get(), id)) {
            throw CommandRefused.becauseOf(path, kind.get().refusal(id));
        }
        HandlingUnitKind requiredKind = UNIT_KINDS.getOrDefault(command.getClass(), Map.of()).get(field);
        if (requiredKind != null && registry.unitKind(id).filter(requiredKind::equals).isEmpty()) {
            throw CommandRefused.becauseOf(path, "承办单位「" + id + "」不是" + requiredKind.label());
        }
        if (field.equals(MEDIATORS.get(command.getClass())) && !registry.isInMediatorPool(id)) {
            throw CommandRefused.becauseOf(path, "代表「" + id + "」不在调解员库中");
        }
        if (field.equals(LIAISON_POINTS.get(command.getClass())) && !registry.isLiaisonPoint(id)) {
            throw CommandRefused.becauseOf(path, "站点「" + id + "」不是基层立法联系点");
        }
    }

    /** The ids inside a nested record (a duty rota's days name their deputies), under the path to them. */
    private void checkNested(Object command, String path, Object value) {
        if (!value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object nested;
            try {
                nested = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            checkAt(command, component.getName(), path + "." + component.getName(), nested);
        }
    }

    private static boolean isTarget(Class<?> commandType, RecordComponent component) {
        try {
            return commandType.getDeclaredField(component.getName()).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

}
