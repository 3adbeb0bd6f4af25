package cn.luzhi.command.intake;

import cn.luzhi.command.qrcode.QrOwnerKind;

/**
 * Whom a citizen writes to through a QR code, and what a petition through it names.
 *
 * @param view     what the citizen is shown
 * @param deputyId the deputy whose code it is, or null for a station's code
 * @param stationId the station the petition goes to (the deputy's, for a deputy's code), or null when closed
 * @param regionId the region the petition belongs to: the station's
 */
record Addressee(View view, String deputyId, String stationId, String regionId) {

    /**
     * What the public intake shows before a petition is sent, and nothing more.
     *
     * @param kind        {@code DEPUTY} or {@code STATION}
     * @param title       one line for the page, e.g. 「人大代表王芳 · 新城区代表之家」
     * @param deputyName  the deputy's name, or null for a station's code
     * @param stationName the station's name
     * @param regionName  the station's region, or null for a deputy's code
     */
    record View(QrOwnerKind kind, String title, String deputyName, String stationName, String regionName) {
    }
}
