package cn.luzhi.command.qrcode;

/** QR tokens for aggregate tests: predictable ("qr-1", "qr-2", ...) so tests can assert exact events. */
public class SequentialQrTokens implements QrTokens {

    private int issued;

    @Override
    public String next() {
        issued++;
        return "qr-" + issued;
    }
}
