package cn.luzhi.events.deputy;

import org.axonframework.serialization.Revision;

/** The deputy got a new QR token; the previous one no longer leads to the deputy. */
@Revision("1")
public record DeputyQrCodeReissued(DeputyId deputyId, String qrToken, String reason) {
}
