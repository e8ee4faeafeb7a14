package org.immunodiff.engine;

/**
 * How rule consequences are compiled. The rules and the answers are the same either way (the validation suite gives
 * identical rankings, grades, caveats and recommendations); only start-up and per-panel cost differ.
 */
public enum Consequences {
    /** Java bytecode (the DRL's own dialect): about 1 s longer to compile, leaner per panel. For serve and batch. */
    COMPILED,
    /** MVEL, interpreted: no Java compile of the consequences, about 1 s faster to the first answer. For one panel. */
    INTERPRETED
}
