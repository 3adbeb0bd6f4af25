package cn.luzhi.app.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tables of docs/roles.md: one row per endpoint or topic, one cell per role and one for anonymous callers. */
final class RoleTable {

    static final List<String> ROLES = List.of("CITIZEN", "DEPUTY", "CLERK", "UNIT", "SUPERVISOR", "LEADER", "AUDITOR",
            "ADMIN");
    static final String ANONYMOUS = "anonymous";
    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|PATCH|DELETE|SUBSCRIBE) \\| `([^`]+)` \\|(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    /**
     * One row.
     *
     * @param method  the HTTP method, or SUBSCRIBE for a STOMP topic
     * @param path    the path or destination, placeholders in braces
     * @param allowed for each role and for {@link #ANONYMOUS}, whether the table allows it
     */
    record Row(String method, String path, Map<String, Boolean> allowed) {

        /** Method and path with every placeholder written {@code {}}, to compare with the mappings. */
        String key() {
            return key(method, path);
        }

        static String key(String method, String path) {
            return method + " " + PLACEHOLDER.matcher(path).replaceAll("{}");
        }
    }

    private RoleTable() {
    }

    static List<Row> read() {
        Path file = Path.of("..", "docs", "roles.md");
        if (!Files.exists(file)) {
            file = Path.of("docs", "roles.md");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            Matcher matcher = ROW.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            List<String> cells = Arrays.stream(matcher.group(3).split("\\|", -1)).map(String::strip).toList();
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 0; i < ROLES.size(); i++) {
                allowed.put(ROLES.get(i), isAllowed(cells.get(i), line));
            }
            allowed.put(ANONYMOUS, isAllowed(cells.get(ROLES.size()), line));
            rows.add(new Row(matcher.group(1), matcher.group(2), allowed));
        }
        return rows;
    }

    private static boolean isAllowed(String cell, String line) {
        return switch (cell) {
            case "✓", "own", "region" -> true;
            case "—" -> false;
            default -> throw new IllegalArgumentException("Unknown cell «" + cell + "» in docs/roles.md: " + line);
        };
    }
}
