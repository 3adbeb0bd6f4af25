package cn.luzhi.command.web;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Says in Chinese which JSON field could not be read and why. */
@Component
class JsonErrors {

    InvalidCommand toInvalidCommand(DatabindException e) {
        return new InvalidCommand(pathOf(e), reasonOf(e));
    }

    private String reasonOf(DatabindException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "未知字段";
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expectation(mismatch.getTargetType(), e instanceof InvalidFormatException);
        }
        return "取值无法识别";
    }

    private String expectation(Class<?> type, boolean badValue) {
        if (type.isEnum()) {
            return "取值无效，可选值为：" + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "日期时间格式不正确，应为 ISO-8601 格式，如 2026-11-22 或 2026-11-22T08:00:00Z";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return badValue ? "数值无效或超出范围" : "应为数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false";
        }
        if (type == String.class) {
            return "应为文本";
        }
        if (type.isRecord() && type.getRecordComponents().length == 1) {
            return "应为文本编号";
        }
        if (Iterable.class.isAssignableFrom(type)) {
            return "应为数组";
        }
        return "应为 JSON 对象";
    }

    private static String pathOf(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
