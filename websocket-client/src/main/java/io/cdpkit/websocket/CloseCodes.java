package io.cdpkit.websocket;

/** The close codes of RFC 6455 section 7.4.1, and which of them an endpoint may send. */
public final class CloseCodes {

    /** Normal closure. */
    public static final int NORMAL = 1000;
    /** The endpoint is going away. */
    public static final int GOING_AWAY = 1001;
    /** A protocol error. */
    public static final int PROTOCOL_ERROR = 1002;
    /** A data type the endpoint cannot accept. */
    public static final int UNSUPPORTED_DATA = 1003;
    /** No status code was present (never sent on the wire). */
    public static final int NO_STATUS = 1005;
    /** The connection was lost without a close frame (never sent on the wire). */
    public static final int ABNORMAL = 1006;
    /** Data inconsistent with the message type, such as invalid UTF-8 in text. */
    public static final int INVALID_PAYLOAD = 1007;
    /** A message that violates the endpoint's policy. */
    public static final int POLICY_VIOLATION = 1008;
    /** A message or frame too big to process. */
    public static final int MESSAGE_TOO_BIG = 1009;
    /** The client expected the server to negotiate an extension. */
    public static final int MANDATORY_EXTENSION = 1010;
    /** The server hit an unexpected condition. */
    public static final int INTERNAL_ERROR = 1011;

    private CloseCodes() {
    }

    /** True for a code an endpoint may put in a close frame (RFC 6455 section 7.4 and the IANA registry). */
    public static boolean isSendable(int code) {
        return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
    }
}
