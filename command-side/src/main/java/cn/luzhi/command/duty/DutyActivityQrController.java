package cn.luzhi.command.duty;

import static cn.luzhi.events.common.ActorRole.CLERK;

import cn.luzhi.command.access.Access;
import cn.luzhi.command.access.CommandGuard;
import cn.luzhi.command.intake.IntakeLinks;
import cn.luzhi.command.intake.QrImages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * An activity's check-in code (签到码), which the clerk shows at the venue: it encodes the activity's page with the
 * check-in marker, so a deputy who scans it lands (after logging in) on the check-in form. The code grants nothing:
 * whether that deputy may check in now is still the lifecycle's answer when the page asks and when the command
 * arrives. Only the clerk, who runs the activity, draws it.
 */
@RestController
@Tag(name = "履职活动", description = "履职活动签到码（工作人员）")
class DutyActivityQrController {

    static final Access SHOWING = Access.by(CLERK);

    private final CommandGuard guard;
    private final IntakeLinks links;

    DutyActivityQrController(CommandGuard guard, IntakeLinks links) {
        this.guard = guard;
        this.links = links;
    }

    @Operation(summary = "履职活动签到码 PNG", description = "代表扫码后打开活动页面并直接签到；size：每个码元的像素数（1–40，默认8）")
    @GetMapping(value = "/api/duty-activities/{activityId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> png(@PathVariable String activityId, @RequestParam(defaultValue = "8") int size,
                               HttpServletRequest request) {
        guard.admit(SHOWING, "获取履职活动签到码");
        if (guard.history(activityId).isEmpty()) {
            throw new AggregateNotFoundException(activityId, "未找到编号为「" + activityId + "」的履职活动");
        }
        // Another kind of record's id is answered like a missing one, as on every route.
        guard.checkCase(SHOWING, null, activityId, DutyActivity.class);
        String link = links.forPage(checkInPage(activityId), request);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrImages.png(link, Math.max(1, Math.min(40, size))));
    }

    /** The activity's page with the marker that opens its check-in form (duty-activity.html in dashboard-ui). */
    static String checkInPage(String activityId) {
        return "/duty-activity.html?id=" + UriUtils.encodeQueryParam(activityId, StandardCharsets.UTF_8)
                + "&checkin=1";
    }
}
