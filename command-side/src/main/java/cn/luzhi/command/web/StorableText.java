package cn.luzhi.command.web;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Refuses text that cannot be stored faithfully: NUL, which PostgreSQL's text columns reject (the personal-data
 * vault would fail with a server error), half of a surrogate pair, which is not a character at all, and the other
 * invisible control characters, which only serve to disguise text in logs and exports. Tab and line breaks are
 * ordinary text.
 */
final class StorableText {

    private static final String MESSAGE = "包含无法保存的字符（空字符、控制字符或不完整的 Unicode 字符）";

    private StorableText() {
    }

    /** Throws {@link InvalidCommand} naming the first field, as a JSON path, whose text is not storable. */
    static void check(JsonNode node) {
        check(node, "");
    }

    private static void check(JsonNode node, String path) {
        if (node.isString()) {
            if (!storable(node.asString())) {
                throw new InvalidCommand(path, MESSAGE);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = storable(field.getKey()) ? field.getKey() : "?";
                check(field.getValue(), path.isEmpty() ? name : path + "." + name);
            }
        }
    }

    static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
