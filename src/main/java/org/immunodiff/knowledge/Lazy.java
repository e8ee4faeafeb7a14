package org.immunodiff.knowledge;

import java.util.function.Supplier;

/**
 * A value built on first use, once, thread-safely: the HL7 and FHIR machinery (heavy to start), the words of the
 * knowledge tables (only needed once a slip of the pen is suspected).
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    public Lazy(Supplier<T> factory) { this.factory = factory; }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) value = factory.get();
                v = value;
            }
        }
        return v;
    }
}
