package cn.luzhi.command.account;

import java.security.SecureRandom;

/**
 * A password the server chose for an account, shown once to the administrator in the command's answer and to
 * be replaced by its holder at the first login. Its {@code toString} hides it, so no log line can carry it.
 */
public record OneTimePassword(String oneTimePassword) {

    /** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    static OneTimePassword generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new OneTimePassword(password.toString());
    }

    @Override
    public String toString() {
        return "OneTimePassword[hidden]";
    }
}
