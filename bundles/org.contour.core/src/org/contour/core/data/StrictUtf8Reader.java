package org.contour.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else, remembering on which line the first bad byte sits.
 * <p>
 * {@code InputStreamReader} would either replace bad bytes silently with U+FFFD (so a Latin-1
 * file imports with garbled words and nobody notices) or, in reporting mode, fail somewhere in
 * an 8 KB read-ahead without saying where. Counting the newlines of everything decoded before
 * the failure gives the exact line to name in the error. A leading byte-order mark, as some
 * spreadsheet programs write, is dropped so it does not stick to the first column name.
 */
final class StrictUtf8Reader extends Reader {

    /** The input is not UTF-8 at {@link #lineNumber}. */
    static final class MalformedUtf8Exception extends IOException {

        private static final long serialVersionUID = 1L;

        final long lineNumber;
        final long byteOffset;
        final int firstBadByte;

        MalformedUtf8Exception(long lineNumber, long byteOffset, int firstBadByte) {
            super("invalid UTF-8 at line " + lineNumber + ", byte offset " + byteOffset);
            this.lineNumber = lineNumber;
            this.byteOffset = byteOffset;
            this.firstBadByte = firstBadByte;
        }
    }

    private static final int BUFFER_SIZE = 1 << 14;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // Kept in "read" mode (flipped) between calls.
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).limit(0);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).limit(0);
    private long bytesDecoded;
    private long newlinesDecoded;
    private boolean endOfInput;
    private boolean flushed;
    private boolean atStart = true;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    /** Refills {@link #chars}; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (flushed) {
                    return false;
                }
                if (!endOfInput && bytes.remaining() < BUFFER_SIZE / 2) {
                    readBytes();
                }
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                bytesDecoded += bytes.position() - before;
                if (result.isError()) {
                    long line = 1 + newlinesDecoded + countNewlines(chars, 0, chars.position());
                    throw new MalformedUtf8Exception(line, bytesDecoded, bytes.get(bytes.position()) & 0xFF);
                }
                if (endOfInput && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    flushed = true;
                }
            }
        } finally {
            chars.flip();
        }
        newlinesDecoded += countNewlines(chars, 0, chars.limit());
        if (atStart) {
            atStart = false;
            if (chars.get(0) == BYTE_ORDER_MARK) {
                chars.position(1);
            }
        }
        return true;
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private static long countNewlines(CharBuffer buffer, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            if (buffer.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Leaves the byte stream open: whoever opened it closes it. */
    @Override
    public void close() {
        // nothing of our own to release
    }
}
