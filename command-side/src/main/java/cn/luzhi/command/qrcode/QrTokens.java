package cn.luzhi.command.qrcode;

/**
 * Issues the tokens that printed QR codes (家站码, 代表码) link to. Command handlers get it as a parameter and
 * put the token into the event, so replaying the events yields the same token; a token is only ever drawn
 * while a command is handled.
 */
public interface QrTokens {

    /** A fresh token nobody can guess from earlier ones. */
    String next();
}
