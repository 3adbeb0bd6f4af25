package cn.luzhi.command.commandlog;

import cn.luzhi.events.store.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fingerprints of commands, to tell a retry (same id, same command) from a reused id (same id, other command). */
public final class CommandHashes {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    private CommandHashes() {
    }

    public static String sha256(Object command) {
        try {
            byte[] json = JSON.writeValueAsString(command).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint " + command.getClass().getSimpleName(), e);
        }
    }
}
