package org.immunodiff.contract;

import java.io.ByteArrayOutputStream;

/**
 * An answer's UTF-8 bytes in a buffer meant to be reused: a full answer is some 55 KB, and a fresh array for each was
 * half of what a panel allocated. One grown past {@link #KEEP_UP_TO} by an unusually large answer is not kept.
 */
public final class AnswerBuffer extends ByteArrayOutputStream {
    /** The largest answer whose buffer is worth keeping for the next one. */
    public static final int KEEP_UP_TO = 256 * 1024;

    public AnswerBuffer(int initialSize) { super(initialSize); }

    /** The bytes written so far are {@code array()[0 .. size())}; valid until the buffer is written to again. */
    public byte[] array() { return buf; }

    /** Whether the buffer is small enough to keep for the next answer. */
    public boolean worthKeeping() { return buf.length <= KEEP_UP_TO; }
}
