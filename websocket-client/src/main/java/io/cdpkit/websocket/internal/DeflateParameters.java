package io.cdpkit.websocket.internal;

import io.cdpkit.websocket.DeflateOptions;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * permessage-deflate negotiation (RFC 7692 section 7.1): the offer the client sends, and the
 * strict parse of the server's answer into the parameters in effect.
 *
 * @param serverNoContextTakeover the server resets its compressor after each message
 * @param clientNoContextTakeover the client must reset its compressor after each message
 * @param clientMaxWindowBits the largest window the client may compress with
 * @param serverMaxWindowBits the largest window the server compresses with
 */
record DeflateParameters(boolean serverNoContextTakeover, boolean clientNoContextTakeover,
        int clientMaxWindowBits, int serverMaxWindowBits) {

    static final String EXTENSION = "permessage-deflate";

    /** The {@code Sec-WebSocket-Extensions} offer for these options. */
    static String offer(DeflateOptions options) {
        StringBuilder offer = new StringBuilder(EXTENSION);
        if (options.clientNoContextTakeover()) {
            offer.append("; client_no_context_takeover");
        }
        if (options.serverNoContextTakeover()) {
            offer.append("; server_no_context_takeover");
        }
        offer.append("; client_max_window_bits");
        if (options.clientMaxWindowBits() < 15) {
            offer.append('=').append(options.clientMaxWindowBits());
        }
        if (options.serverMaxWindowBits() < 15) {
            offer.append("; server_max_window_bits=").append(options.serverMaxWindowBits());
        }
        return offer.toString();
    }

    /**
     * Parses the server's answer to {@link #offer}: the extension name followed by parameters.
     *
     * @throws IllegalArgumentException describing an unknown, duplicate, malformed or unoffered parameter
     */
    static DeflateParameters parse(String extension, DeflateOptions offered) {
        String[] parts = extension.split(";");
        if (!parts[0].trim().equalsIgnoreCase(EXTENSION)) {
            throw new IllegalArgumentException("Unexpected extension '" + parts[0].trim() + "'");
        }
        boolean serverNoContextTakeover = false;
        boolean clientNoContextTakeover = offered.clientNoContextTakeover();
        int clientBits = 15;
        int serverBits = 15;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            int eq = param.indexOf('=');
            String name = (eq < 0 ? param : param.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? null : unquote(param.substring(eq + 1).trim());
            if (!seen.add(name)) {
                throw new IllegalArgumentException("Duplicate parameter '" + name + "'");
            }
            switch (name) {
                case "server_no_context_takeover":
                    requireNoValue(name, value);
                    serverNoContextTakeover = true;
                    break;
                case "client_no_context_takeover":
                    requireNoValue(name, value);
                    clientNoContextTakeover = true;
                    break;
                case "server_max_window_bits":
                    if (offered.serverMaxWindowBits() == 15) {
                        throw new IllegalArgumentException("Parameter '" + param + "' was not offered");
                    }
                    serverBits = windowBits(name, value, offered.serverMaxWindowBits());
                    break;
                case "client_max_window_bits":
                    clientBits = windowBits(name, value, offered.clientMaxWindowBits());
                    break;
                default:
                    throw new IllegalArgumentException("Unknown parameter '" + param + "'");
            }
        }
        return new DeflateParameters(serverNoContextTakeover, clientNoContextTakeover, clientBits, serverBits);
    }

    /**
     * True when the client may compress: the JDK's deflater always uses a 15-bit window, so a
     * smaller client window means sending uncompressed (which RFC 7692 allows).
     */
    boolean clientMayCompress() {
        return clientMaxWindowBits == 15;
    }

    private static void requireNoValue(String name, String value) {
        if (value != null) {
            throw new IllegalArgumentException("Parameter '" + name + "' must not have a value: '" + value + "'");
        }
    }

    private static int windowBits(String name, String value, int limit) {
        if (value == null) {
            throw new IllegalArgumentException("Parameter '" + name + "' needs a value");
        }
        int bits;
        try {
            bits = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Parameter '" + name + "' has a bad value '" + value + "'");
        }
        if (bits < 8 || bits > limit) {
            throw new IllegalArgumentException("Parameter '" + name + "=" + bits + "' is outside 8.." + limit);
        }
        return bits;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
