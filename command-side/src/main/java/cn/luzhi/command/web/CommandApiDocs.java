package cn.luzhi.command.web;

import cn.luzhi.command.access.Access;
import cn.luzhi.events.common.ActorRole;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes each command route in the OpenAPI document as its own operation with the command's schema,
 * since the one controller behind them all is hidden from springdoc.
 */
@Component
class CommandApiDocs implements OpenApiCustomizer {

    private final List<CommandRoutes> routeTables;

    CommandApiDocs(List<CommandRoutes> routeTables) {
        this.routeTables = routeTables;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Set<String> operationIds = new HashSet<>();
        routeTables.stream().flatMap(table -> table.routes().stream())
                .forEach(route -> openApi.path(route.path(), new PathItem().post(operation(route, openApi,
                        // One command type may serve two collections (reveal-people); operation ids must be unique.
                        operationIds.add(route.commandType().getSimpleName()) ? route.commandType().getSimpleName()
                                : route.commandType().getSimpleName() + "_" + route.collection()))));
    }

    private Operation operation(CommandRoute route, OpenAPI openApi, String operationId) {
        ResolvedSchema resolved = ModelConverters.getInstance()
                .resolveAsResolvedSchema(new AnnotatedType(route.commandType()));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
        }
        Operation operation = new Operation()
                .operationId(operationId)
                .summary(route.summary())
                .description(whoMay(route.access()))
                .addTagsItem(route.collection())
                .requestBody(new RequestBody().required(route.creates()).content(json(resolved.schema)))
                .addParametersItem(new HeaderParameter().name("Idempotency-Key").schema(new StringSchema())
                        .description("客户端生成的命令编号：重试时返回首次结果且不重复写入"))
                .responses(responses(route));
        if (!route.creates()) {
            operation.addParametersItem(new PathParameter().name("id").required(true).schema(new StringSchema()));
            operation.addParametersItem(new HeaderParameter().name("If-Match").schema(new StringSchema())
                    .description("期望的版本号；版本已变化时返回 409 及当前版本"));
        }
        return operation;
    }

    /** The route's roles in Chinese, as docs/roles.md lists them. */
    private static String whoMay(Access access) {
        return "可用角色：" + Arrays.stream(ActorRole.values())
                .filter(access::admits)
                .map(role -> role.label() + (access.conditionFor(role).isPresent() ? "（仅限本人相关案件）" : ""))
                .collect(Collectors.joining("、"));
    }

    private static ApiResponses responses(CommandRoute route) {
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse(route.creates() ? "201" : "200", new ApiResponse().description("命令已受理"));
        responses.addApiResponse("400", new ApiResponse().description("请求无效：字段及原因见 errors"));
        responses.addApiResponse("401", new ApiResponse().description("需要登录"));
        responses.addApiResponse("403", new ApiResponse().description("无权执行此操作：当前角色无权执行，或案件不属于本人"));
        if (!route.creates()) {
            responses.addApiResponse("404", new ApiResponse().description("未找到"));
        }
        responses.addApiResponse("409", new ApiResponse().description("与当前状态或版本冲突"));
        responses.addApiResponse("422", new ApiResponse().description("不符合业务规则"));
        return responses;
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }
}
