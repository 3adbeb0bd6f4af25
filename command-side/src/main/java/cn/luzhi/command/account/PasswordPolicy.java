package cn.luzhi.command.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password its holder chooses must be: at least 10 characters, no more than BCrypt reads (72 bytes), not
 * containing the login name, not a run of one character and not in the list of common passwords
 * ({@code accounts/common-passwords.txt}). One-time passwords are the server's own and need no check.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** BCrypt ignores what comes after 72 bytes, so a longer password would be weaker than it looks. */
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load("/accounts/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Why {@code password} may not be the new password of {@code username}, in Chinese; empty when it may. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("请输入新密码");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("新密码至少需要" + MIN_LENGTH + "个字符");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("新密码过长：最多" + MAX_BYTES + "个字节（约24个汉字或72个字母数字）");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isEmpty() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("新密码不能包含登录名");
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of("新密码不能由同一个字符重复组成");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("新密码过于常见，容易被猜中，请换一个");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
