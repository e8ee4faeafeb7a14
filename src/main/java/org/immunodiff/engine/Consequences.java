package org.immunodiff.engine;

/**
 * How the rules are compiled. The rules and the answers are the same every way (the validation suite gives
 * identical rankings, grades, caveats and recommendations); only start-up and per-panel cost differ.
 */
public enum Consequences {
    /**
     * Drools' executable model, generated from the same DRL at build time and shipped in the jar: no DRL parse and no
     * Java compile at start. Used when the DRL is exactly the DRL it was generated from; other DRL (a --rules folder,
     * an edited rules/) falls back to {@link #COMPILED}. The default everywhere.
     */
    PRECOMPILED,
    /** As {@link #PRECOMPILED}, falling back to {@link #INTERPRETED}: for one-shot runs, where a Java compile costs more than it saves. */
    PRECOMPILED_OR_INTERPRETED,
    /** DRL compiled at run time, consequences to Java bytecode (the DRL's own dialect). */
    COMPILED,
    /** DRL compiled at run time, consequences in MVEL, interpreted: no Java compile of the consequences. */
    INTERPRETED
}
