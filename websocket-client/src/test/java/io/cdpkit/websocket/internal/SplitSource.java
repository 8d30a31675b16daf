package io.cdpkit.websocket.internal;

import java.util.Random;
import okio.Buffer;
import okio.ByteString;
import okio.Source;
import okio.Timeout;

/** A source that yields its bytes in small pieces: one byte at a time, or random sizes from a seeded generator. */
final class SplitSource implements Source {

    private final Buffer data;
    private final Random random;

    private SplitSource(ByteString bytes, Random random) {
        this.data = new Buffer().write(bytes);
        this.random = random;
    }

    static SplitSource oneByteAtATime(ByteString bytes) {
        return new SplitSource(bytes, null);
    }

    static SplitSource randomPieces(ByteString bytes, Random random) {
        return new SplitSource(bytes, random);
    }

    @Override
    public long read(Buffer sink, long byteCount) {
        if (data.size() == 0) {
            return -1;
        }
        long piece = random == null ? 1 : 1 + random.nextInt(random.nextBoolean() ? 7 : 3000);
        long n = Math.min(Math.min(piece, byteCount), data.size());
        sink.write(data, n);
        return n;
    }

    @Override
    public Timeout timeout() {
        return Timeout.NONE;
    }

    @Override
    public void close() {
        data.clear();
    }
}
