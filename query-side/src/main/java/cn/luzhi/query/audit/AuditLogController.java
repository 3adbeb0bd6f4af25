package cn.luzhi.query.audit;

import cn.luzhi.events.common.ActorRole;
import cn.luzhi.query.common.Viewer;
import cn.luzhi.query.security.Viewers;
import cn.luzhi.query.common.InvalidQuery;
import cn.luzhi.query.common.CaseActions;
import cn.luzhi.query.common.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The global audit log: search every event of the store, and export what a search finds as CSV or Excel. */
@RestController
class AuditLogController {

    private static final int MAX_PAGE_SIZE = 200;
    /** The export's file and sheet name (the file's with the time appended). */
    private static final String FILE_NAME = "审计日志";

    private final AuditLogQueries queries;
    private final Viewers viewers;

    AuditLogController(AuditLogQueries queries, Viewers viewers) {
        this.queries = queries;
        this.viewers = viewers;
    }

    /**
     * The search parameters as they arrive, all optional strings: {@link AuditLogFilter#parse} reads them, so that a
     * value it does not understand is refused in Chinese naming the parameter, not in Spring's words. A supervisor
     * searches their own region's events only (docs/roles.md).
     */
    record Parameters(String actor, String role, String caseType, String action, String regionId, String from,
                      String to, String order) {

        AuditLogFilter filter(Viewer viewer) {
            return AuditLogFilter.parse(actor, role, caseType, action, viewer.regionFilter(regionId), from, to, order);
        }
    }

    @GetMapping("/api/audit/events")
    AuditLogPage events(Parameters parameters, @RequestParam(required = false) String cursor,
                        @RequestParam(required = false) String size) {
        return queries.search(parameters.filter(viewers.current()), cursor(cursor), size(size));
    }

    @GetMapping("/api/audit/events.csv")
    void csv(Parameters parameters, HttpServletResponse response) throws IOException {
        AuditLogFilter filter = parameters.filter(viewers.current());
        XlsxTable.download(response, FILE_NAME, "text/csv;charset=UTF-8", "csv");
        try (AuditLogCsv csv = new AuditLogCsv(response.getOutputStream())) {
            queries.forEachChunk(filter, csv::rows);
        }
    }

    @GetMapping("/api/audit/events.xlsx")
    void xlsx(Parameters parameters, HttpServletResponse response) throws IOException {
        AuditLogFilter filter = parameters.filter(viewers.current());
        XlsxTable.download(response, FILE_NAME, XlsxTable.CONTENT_TYPE, "xlsx");
        try (XlsxTable<AuditLogEntry> workbook = new XlsxTable<>(response.getOutputStream(), FILE_NAME,
                AuditLogColumns.ALL)) {
            queries.forEachChunk(filter, workbook::rows);
        }
    }

    /** The choices of the search form: roles, case types and actions with their Chinese labels. */
    @GetMapping("/api/audit/filters")
    AuditLogFilterOptions filters() {
        List<AuditLogFilterOptions.Option> roles = Arrays.stream(ActorRole.values())
                .map(role -> new AuditLogFilterOptions.Option(role.name(), role.label(), null)).toList();
        List<AuditLogFilterOptions.Option> caseTypes = Arrays.stream(AuditLogCaseType.values())
                .map(type -> new AuditLogFilterOptions.Option(type.name(), type.label(), null)).toList();
        List<AuditLogFilterOptions.Option> actions = CaseActions.eventTypes().stream()
                .flatMap(type -> AuditLogCaseType.of(type).stream().map(caseType -> new AuditLogFilterOptions.Option(
                        type.getSimpleName(), CaseActions.label(type).orElseThrow(), caseType.name())))
                .sorted(Comparator.comparing((AuditLogFilterOptions.Option option) ->
                                AuditLogCaseType.valueOf(option.caseType()).ordinal())
                        .thenComparing(AuditLogFilterOptions.Option::value))
                .toList();
        return new AuditLogFilterOptions(roles, caseTypes, actions);
    }

    private static Long cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long cursor = Long.parseLong(value.strip());
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // Answered below like a negative number.
        }
        throw new InvalidQuery("cursor", "翻页位置「" + value + "」应为非负整数");
    }

    private static int size(String value) {
        if (value == null || value.isBlank()) {
            return 50;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // Answered below like a number out of range.
        }
        throw new InvalidQuery("size", "每页条数应为 1 到 " + MAX_PAGE_SIZE + " 之间的整数");
    }
}
