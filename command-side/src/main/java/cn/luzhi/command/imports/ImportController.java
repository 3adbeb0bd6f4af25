package cn.luzhi.command.imports;

import cn.luzhi.command.security.SecurityConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/admin/imports/{kind}} (multipart {@code file}, {@code dryRun}) and its template
 * {@code GET /api/admin/imports/{kind}/template.xlsx}; administrators only. A dry run answers 200 with every
 * row's plan; an import answers 200 when every row went in, 422 with the same report and nothing sent when any
 * row has an error, 409 when a command was refused half-way (the report says from which row on nothing was sent).
 */
@RestController
class ImportController {

    private static final String KINDS = "{kind:deputies|units|stations}";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Map<String, RowPlanner> planners;
    private final ReferenceImport imports;

    ImportController(DeputyRows deputies, UnitRows units, StationRows stations, ReferenceImport imports) {
        this.planners = Map.of("deputies", deputies, "units", units, "stations", stations);
        this.imports = imports;
    }

    @PostMapping(path = "/api/admin/imports/" + KINDS)
    ResponseEntity<?> importFile(@PathVariable String kind, @RequestPart(name = "file", required = false) MultipartFile file,
                                 @RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ImportSheet.refused("请选择要导入的 .xlsx 文件");
        }
        String fileName = fileNameOf(file);
        ReferenceImport.Report report = imports.run(kind, planners.get(kind), fileName, file.getBytes(), dryRun);
        if (report.dryRun() || report.imported()) {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(report);
        }
        HttpStatus status = report.failure() == null ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, report.failure() != null ? report.failure()
                : "文件中有 " + report.totals().get(RowPlan.ERROR) + " 行有错误，未导入任何一行；请按各行的错误修改后再导入");
        problem.setType(URI.create("urn:luzhi:problem:" + (report.failure() == null ? "import-rows-invalid"
                : "import-interrupted")));
        problem.setTitle(report.failure() == null ? "导入文件有错误" : "导入中断");
        problem.setProperty("report", report);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/api/admin/imports/" + KINDS + "/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        RowPlanner planner = planners.get(kind);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportTemplate.write(planner, out);
        return ResponseEntity.ok().contentType(XLSX)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(planner.title() + "导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    /** The name as the administrator knows it, without any folder a browser may send, for the events' reason. */
    private static String fileNameOf(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "未命名.xlsx";
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** Imports change reference data in bulk: administrators only, unlike the forms' commands (clerks too). */
    @Configuration(proxyBeanMethods = false)
    static class ImportAccess {

        @Bean
        SecurityConfiguration.AccessRules importAccessRules() {
            return requests -> requests.requestMatchers("/api/admin/imports/**").hasRole("ADMIN");
        }
    }
}
