package cn.luzhi.command.intake;

import cn.luzhi.command.qrcode.QrCodes;
import cn.luzhi.command.qrcode.QrOwnerKind;
import cn.luzhi.command.security.LuzhiUser;
import cn.luzhi.events.common.ActorRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The QR codes staff print: each station's (家站码) and each deputy's (代表码), as PNG or SVG, and one A4 sheet per
 * station with its own code and those of its deputies. Each encodes the public intake link with the record's
 * current token, so a reissued code prints the new link. The images are links to a citizen's form, so no cache
 * may keep them after a reissue. A deputy may fetch their own code to show it (代表赋码亮身份); any other code is
 * answered to them like one that does not exist (404), as for other "own" reads (docs/roles.md).
 */
@RestController
@Tag(name = "二维码", description = "家站码、代表码与站点二维码打印页（工作人员、管理员；代表可获取本人的代表码）")
class QrCodeController {

    private static final MediaType SVG = MediaType.valueOf("image/svg+xml");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final QrCodes qrCodes;
    private final ReferenceFacts facts;
    private final IntakeLinks links;

    QrCodeController(QrCodes qrCodes, ReferenceFacts facts, IntakeLinks links) {
        this.qrCodes = qrCodes;
        this.facts = facts;
        this.links = links;
    }

    @Operation(summary = "家站码或代表码 PNG", description = "collection：stations（家站码）或 deputies（代表码）；"
            + "size：每个码元的像素数（1–40，默认8）")
    @GetMapping(value = "/api/{collection:stations|deputies}/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@PathVariable String collection, @PathVariable String id,
                               @RequestParam(defaultValue = "8") int size,
                               @AuthenticationPrincipal LuzhiUser caller, HttpServletRequest request) {
        QrOwnerKind kind = kindOf(collection);
        requireOwnCodeOfADeputy(caller, kind, id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrImages.png(link(kind, id, request), Math.max(1, Math.min(40, size))));
    }

    @Operation(summary = "家站码或代表码 SVG", description = "collection：stations（家站码）或 deputies（代表码）")
    @GetMapping(value = "/api/{collection:stations|deputies}/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> svg(@PathVariable String collection, @PathVariable String id,
                               @AuthenticationPrincipal LuzhiUser caller, HttpServletRequest request) {
        QrOwnerKind kind = kindOf(collection);
        requireOwnCodeOfADeputy(caller, kind, id);
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noStore())
                .body(QrImages.svg(link(kind, id, request)));
    }

    @Operation(summary = "站点二维码打印页", description = "A4 页面：站点的家站码及在该站的每位代表的代表码")
    @GetMapping(value = "/api/stations/{stationId}/qr-sheet", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> sheet(@PathVariable String stationId, HttpServletRequest request) {
        ReferenceFacts.Station station = facts.station(stationId).orElseThrow(() -> new NoSuchCode(stationId));
        String stationLink = link(QrOwnerKind.STATION, stationId, request);
        List<String> deputyCards = qrCodes.deputiesOf(stationId).stream()
                .flatMap(code -> facts.deputy(code.ownerId()).filter(ReferenceFacts.Deputy::serving).stream()
                        .map(deputy -> card("人大代表 " + deputy.name(), "代表码",
                                links.forToken(code.token(), request))))
                .toList();
        String name = HtmlUtils.htmlEscape(station.name());
        String html = """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><title>%s · 二维码打印页</title>
                <style>
                @page { size: A4; margin: 12mm; }
                body { margin: 0; font-family: 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; color: #000; }
                header { text-align: center; margin-bottom: 6mm; }
                h1 { font-size: 20pt; margin: 0 0 2mm; }
                .region { font-size: 11pt; color: #333; }
                .station { width: 70mm; margin: 0 auto 8mm; }
                .grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm; }
                figure { margin: 0; padding: 3mm; border: 0.3mm dashed #888; text-align: center; break-inside: avoid; }
                figure svg { width: 100%%; height: auto; display: block; }
                figcaption strong { display: block; font-size: 12pt; margin-top: 1mm; }
                figcaption span { font-size: 10pt; }
                </style></head>
                <body><header><h1>%s</h1><div class="region">%s</div></header>
                <div class="station">%s</div>
                <div class="grid">%s</div>
                </body></html>
                """.formatted(name, name, HtmlUtils.htmlEscape(facts.regionName(station.regionId())),
                card(station.name(), "家站码", stationLink), String.join("", deputyCards));
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
                // The sheet is made only of inline SVG and its own style: nothing else may load or run.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(html);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noSuchCode(NoSuchCode e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:luzhi:problem:not-found"));
        problem.setTitle("未找到");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String card(String title, String kind, String link) {
        String escaped = HtmlUtils.htmlEscape(title);
        return "<figure>" + QrImages.svgElement(link, escaped + " " + kind) + "<figcaption><strong>" + escaped
                + "</strong><span>" + kind + " · 扫码反映问题</span></figcaption></figure>";
    }

    /**
     * The security rules let a deputy reach deputies' codes only; of those, only the one of the deputy the account
     * is linked to is theirs. An account without a link owns none.
     */
    private static void requireOwnCodeOfADeputy(LuzhiUser caller, QrOwnerKind kind, String id) {
        if (caller != null && caller.role() == ActorRole.DEPUTY
                && (kind != QrOwnerKind.DEPUTY || !id.equals(caller.deputyId()))) {
            throw new NoSuchCode(id);
        }
    }

    private String link(QrOwnerKind kind, String ownerId, HttpServletRequest request) {
        return qrCodes.byOwner(kind, ownerId).map(code -> links.forToken(code.token(), request))
                .orElseThrow(() -> new NoSuchCode(ownerId));
    }

    private static QrOwnerKind kindOf(String collection) {
        return "stations".equals(collection) ? QrOwnerKind.STATION : QrOwnerKind.DEPUTY;
    }

    /** No station or deputy with that id has a QR code. */
    static final class NoSuchCode extends RuntimeException {

        NoSuchCode(String id) {
            super("未找到编号为「" + id + "」的站点或代表的二维码", null, false, false);
        }
    }
}
