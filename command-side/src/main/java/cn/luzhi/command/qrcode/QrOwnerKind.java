package cn.luzhi.command.qrcode;

/** What a QR code leads to: a station's code (家站码) or a deputy's (代表码). */
public enum QrOwnerKind {
    STATION,
    DEPUTY
}
