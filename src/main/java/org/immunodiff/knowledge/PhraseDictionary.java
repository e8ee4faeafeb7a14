package org.immunodiff.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the vocabulary's phrases in free text by normalised words: "short intersecting fascicles",
 * "interlacing bundles" and "fascicular growth" are all found when the table maps those phrases to
 * "fascicles". The longest phrase wins at each position; a phrase just after a negation ("no necrosis",
 * "without palisading") is not counted. A qualifier a few words before a phrase can change what it means
 * ("mild cellular and nuclear pleomorphism" is atypia, not marked pleomorphism), from a qualifier table.
 */
public final class PhraseDictionary<T> {
    private static final Set<String> NEGATIONS = Set.of("no", "not", "without", "absent", "absence", "lack",
            "lacking", "lacked", "negative", "nor", "neither", "none", "non", "free", "devoid");
    /** How close before a phrase its negation must be for the denial to carry on along a list. */
    private static final int CARRIED_NEGATION_REACH = 3;
    /** Words that join a list, across which a denial carries: "no evidence of nuclear pleomorphism or necrosis". */
    private static final Set<String> COORDINATORS = Set.of("or", "and", "nor", "及", "和", "或", "与", "與", "や");
    /** "Pleomorphism was mild": a qualifier just after the phrase and its verb reads it as one before would. */
    private static final Set<String> COPULAS = Set.of("was", "were", "is", "are");
    /** Words after a phrase that deny it: "atypia, necrosis and mitoses were absent", "palisading not seen". */
    private static final Set<String> POST_NEGATIONS = Set.of("absent", "lacking", "excluded", "undetectable");
    /** Words after "not" that deny the phrase before: "palisading not seen", "pleomorphism was not a feature". */
    private static final Set<String> NOT_FOUND = Set.of("seen", "identified", "present", "found", "observed", "evident", "noted",
            "detected", "a", "an");
    private static final int POST_NEGATION_REACH = 6;
    /** Words that end a negation's reach ("no atypia but brisk mitoses"). */
    private static final Set<String> NEGATION_STOPS = Set.of("but", "with", "however", "although", "while", "whereas", "except");
    /**
     * Words of few or little. A phrase that starts with one is the upper end of a range or a finding of its own ("no/rare
     * mitoses", "no or minimal atypia", "no hyperchromasia, minimal atypia"), never denied by a negation before it; a
     * denial after it ("minimal atypia was absent") still counts.
     */
    private static final Set<String> SCARCITY = Set.of("rare", "rarely", "few", "occasional", "scant", "scanty", "scarce",
            "minimal", "mild", "mildly", "low", "little", "infrequent", "sparse", "slight");
    /** "No association with NF1": after these words "with" carries the negation on instead of ending it. */
    private static final Set<String> ASSOCIATION = Set.of("association", "associated", "relation", "link", "linked", "history");
    /** How many words back a negation reaches: "no mitoses, necrosis or distinct nucleoli" negates all three. */
    private static final int NEGATION_REACH = 5;

    /**
     * Words that make what follows them in the clause a diagnosis considered rather than a finding: "the differential
     * diagnosis included synovial sarcoma", "mimicking a sarcoma", "to exclude malignancy", "initially thought to be a
     * sarcoma". ("Considered" and "suspected" are not: "considered malignant" and "a sarcoma was suspected" are an
     * assessment, however tentative.)
     */
    private static final Set<String> HYPOTHETICAL = Set.of("differential", "ddx", "mimic", "mimicking", "mimicked",
            "mimicker", "versus", "vs", "exclude", "excluding", "thought", "opposed", "unlike");
    /** How many words back a differential-diagnosis word reaches (a list of several diagnoses). */
    private static final int HYPOTHETICAL_REACH = 20;

    /** How many words back a qualifier reaches: "mild cellular and nuclear pleomorphism". */
    private static final int QUALIFIER_REACH = 4;
    /** Nouns a qualifier word may describe on its way to a phrase ("scant cytoplasm"), as tokenised (a final s trimmed). */
    private static final Set<String> OTHER_HEAD_NOUNS = Set.of("cytoplasm", "stroma", "matrix", "cell", "collagen",
            "background", "vessel", "vasculature", "nucleoli", "nucleolus", "chromatin");

    private record Phrase<T>(List<String> words, T value) { }

    /**
     * A phrase found in the text: its value, the words it came from, whether the report denies it ("no necrosis",
     * "malignancy was excluded"), and whether it names a diagnosis considered rather than a finding ("the differential
     * diagnosis included synovial sarcoma", "mimicking osteoid"). A {@code partial} match names one part of its value
     * ("vascular invasion" of infiltrative growth): stated, it shows the whole; denied, it says nothing of it.
     * {@code from} is the words as read (lower case, accents stripped, Chinese in Simplified characters);
     * {@code written} the same words as the report writes them, to show the pathologist.
     */
    public record Match<T>(T value, String from, boolean negated, boolean hypothetical, boolean partial, String written) {
        /** The same words read as naming {@code other}, denied or not as {@code denied} says. */
        public <U> Match<U> readAs(U other, boolean denied) {
            return new Match<>(other, from, denied, hypothetical, partial, written);
        }

        /** The same words read as naming one part of their value. */
        public Match<T> asPart() {
            return new Match<>(value, from, negated, hypothetical, true, written);
        }
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    /** Whether a match carries its words as the report writes them (shown to the pathologist), or only as read. */
    private boolean showsWrittenWords;
    /** Ways of writing one word, read as its form in the tables: first written word -> variants, longest first. */
    private final Map<String, List<Variant>> variants = new HashMap<>();

    /** A way of writing a word ("核分裂像", "核分裂相") and the words it is read as ("核分裂"). */
    private record Variant(List<String> written, List<String> readAs) { }
    /** Words that deny a phrase after them (English built in; other languages from the knowledge tables). */
    private final Set<String> negations = new java.util.HashSet<>(NEGATIONS);
    /** Words that deny a phrase before them ("atypia was absent"; Turkish "nekroz izlenmedi"). */
    private final Set<String> postNegations = new java.util.HashSet<>(POST_NEGATIONS);
    /**
     * Negations of several tokens ("未见", Japanese "は認めない", German "nicht nachweisbar"), by their first token, longest
     * first: read as one token, whose word is their words joined by a space, before phrases are matched.
     */
    private final Map<String, List<List<String>>> negationSequences = new HashMap<>();
    /** The negations the knowledge tables added (other languages), which English abbreviations can spell: SEM, SIN. */
    private final Set<String> addedNegations = new java.util.HashSet<>();
    /** Reads a slip of the pen in a long word as the vocabulary word meant ("pallisading"); null: words read as written. */
    private MisspellingReader misspellings;
    /** qualifier word -> (value it qualifies -> value it is read as). */
    private final Map<String, Map<T, T>> qualifiers = new HashMap<>();

    void add(String phrase, T value) {
        List<String> words = readVariants(Names.words(phrase));
        if (words.isEmpty()) throw new IllegalArgumentException("empty phrase");
        // kept longest first (phrases of one length in the order added), so the first phrase that matches is the longest
        List<Phrase<T>> list = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        int at = 0;
        while (at < list.size() && list.get(at).words().size() >= words.size()) at++;
        list.add(at, new Phrase<>(words, value));
    }

    /**
     * A word that denies the phrases it stands before ({@code after} false: "sin necrosis", "keine Nekrosen") or after
     * ({@code after} true: "nekroz izlenmedi"); false if already known.
     */
    boolean addNegation(String word, boolean after) {
        List<String> words = readVariants(Names.words(word));
        if (words.isEmpty()) throw new IllegalArgumentException("a negation has words");
        if (!(after ? postNegations : negations).add(String.join(" ", words))) return false;
        addedNegations.add(String.join(" ", words));
        if (words.size() > 1) {
            List<List<String>> sequences = negationSequences.computeIfAbsent(words.get(0), k -> new ArrayList<>());
            sequences.add(words);
            sequences.sort(java.util.Comparator.comparingInt(List<String>::size).reversed());
        }
        return true;
    }

    /**
     * From now on {@code written} is read as {@code readAs}, in the text and in the phrases and negations added after
     * this ("核分裂像多见" and "核分裂象易见" are read by the rows "核分裂象多见" and "核分裂易见" once each of
     * 核分裂象, 核分裂像 and 核分裂相 reads as 核分裂); false if {@code written} is already a variant.
     */
    boolean addVariant(String written, String readAs) {
        List<String> from = Names.words(written), to = Names.words(readAs);
        if (from.isEmpty() || to.isEmpty() || from.equals(to)) throw new IllegalArgumentException("a variant has words of its own");
        List<Variant> list = variants.computeIfAbsent(from.get(0), k -> new ArrayList<>());
        if (list.stream().anyMatch(v -> v.written().equals(from))) return false;
        list.add(new Variant(from, to));
        list.sort(java.util.Comparator.comparingInt((Variant v) -> v.written().size()).reversed());
        return true;
    }

    /** The variant written at {@code at}, longest first; null if none. */
    private Variant variantAt(List<Names.Token> tokens, int at) {
        List<Variant> candidates = variants.get(tokens.get(at).word());
        if (candidates == null) return null;
        for (Variant v : candidates) if (startsAt(v.written(), tokens, at)) return v;
        return null;
    }

    /** A phrase's or negation's words as the text's are read ({@link #withVariantsRead}). */
    private List<String> readVariants(List<String> words) {
        if (variants.isEmpty()) return words;
        List<Names.Token> tokens = new ArrayList<>(words.size());
        for (String w : words) tokens.add(new Names.Token(w, 0, 0));
        List<String> read = new ArrayList<>(tokens.size());
        for (Names.Token t : withVariantsRead(tokens)) read.add(t.word());
        return read;
    }

    /** The tokens with each variant read as its form in the tables, each new token spanning the words written. */
    private List<Names.Token> withVariantsRead(List<Names.Token> tokens) {
        List<Names.Token> out = null;
        for (int i = 0; i < tokens.size(); ) {
            Variant v = variantAt(tokens, i);
            if (v == null) {
                if (out != null) out.add(tokens.get(i));
                i++;
                continue;
            }
            if (out == null) out = new ArrayList<>(tokens.subList(0, i));
            int start = tokens.get(i).start(), end = tokens.get(i + v.written().size() - 1).end();
            for (String w : v.readAs()) out.add(new Names.Token(w, start, end));
            i += v.written().size();
        }
        return out == null ? tokens : out;
    }

    /** Whether the tokens from {@code at} on are the words of {@code sequence}. */
    private static boolean startsAt(List<String> sequence, List<Names.Token> tokens, int at) {
        if (at + sequence.size() > tokens.size()) return false;
        for (int k = 0; k < sequence.size(); k++) if (!tokens.get(at + k).word().equals(sequence.get(k))) return false;
        return true;
    }

    /** A qualifier word before a phrase of value {@code value} makes it read as {@code readAs}; false if already given. */
    boolean qualify(String qualifier, T value, T readAs) {
        List<String> words = Names.words(qualifier);
        if (words.size() != 1) throw new IllegalArgumentException("a qualifier is one word");
        return qualifiers.computeIfAbsent(words.get(0), k -> new HashMap<>()).putIfAbsent(value, readAs) == null;
    }

    /**
     * From now on a long word one slip away from a word of this dictionary's phrases is read as that word, unless it is
     * one of {@code knownWords} (see {@link MisspellingReader}).
     */
    void readMisspellings(java.util.function.Supplier<Set<String>> knownWords) {
        List<String> vocabulary = new ArrayList<>();
        for (List<Phrase<T>> list : byFirstWord.values()) for (Phrase<T> p : list) vocabulary.addAll(p.words());
        misspellings = new MisspellingReader(vocabulary, knownWords);
    }

    /** From now on each match carries its words as the report writes them, to be shown; else only as read. */
    void showWrittenWords() { showsWrittenWords = true; }

    /** Every phrase found, negated ones included (flagged): callers decide what a negated mention means. */
    public List<Match<T>> findIn(String text) {
        Names.Tokenised tokenised = Names.tokenise(text);
        WrittenText written = new WrittenText(text, tokenised.text());
        List<Names.Token> tokens = misspellings == null ? tokenised.tokens() : corrected(tokenised.tokens());
        if (!variants.isEmpty()) tokens = withVariantsRead(tokens);
        if (!negationSequences.isEmpty()) tokens = withNegationsJoined(tokens);
        if (!addedNegations.isEmpty()) tokens = withAbbreviationsApart(tokens, written);
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        int lastEnd = -1;
        boolean lastDenied = false;
        while (i < tokens.size()) {
            Phrase<T> best = longestAt(tokens, i);
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.words().size();
            T value = best.value();
            int start = i;
            int q = qualifierBefore(tokens, i, value, matches.isEmpty() ? -1 : lastEnd);
            int last = end;
            if (q >= 0) {
                value = qualifiers.get(tokens.get(q).word()).get(value);
                start = q;
            } else if (qualifiedAfter(tokens, end, value)) {
                value = qualifiers.get(tokens.get(end + 1).word()).get(value);
                last = end + 2;
            }
            String from = tokenised.text().substring(tokens.get(start).start(), tokens.get(last - 1).end());
            // a phrase that carries its own negation ("no mitoses" is low mitotic activity) is not negated again
            // by an earlier one ("no atypia, no mitoses")
            boolean ownNegation = negations.contains(best.words().get(0));
            boolean scarce = SCARCITY.contains(tokens.get(start).word());
            int distance = ownNegation || scarce ? 0 : negationDistance(tokens, i);
            // a denial carries along a list only from a negation close before the previous phrase ("no evidence of
            // nuclear pleomorphism or necrosis"), not from one that merely reached it ("without differentiation,
            // invading the dermis and subcutis")
            boolean carried = !ownNegation && !scarce && lastDenied && coordinated(tokens, lastEnd, start);
            boolean negated = distance > 0 || carried;
            boolean denied = negated || deniedAfter(tokens, end);
            String shown = showsWrittenWords ? written.span(tokens.get(start).start(), tokens.get(last - 1).end()) : from;
            matches.add(new Match<>(value, from, denied, consideredBefore(tokens, start), false, shown));
            // the denial goes on along the list when it was carried here ("no evidence of atypia, abnormal mitosis or
            // necrosis") or came from close before; never from the prefix "non", which denies one word
            // ("non-encapsulated dermal spindle cell tumour")
            boolean prefixOnly = distance > 0 && tokens.get(i - distance).word().equals("non");
            lastDenied = !prefixOnly && (carried || (distance > 0 && distance <= CARRIED_NEGATION_REACH));
            lastEnd = last;
            i = last;
        }
        return matches;
    }

    /** A text and its reading, lined up (once, when first asked) so a span of the reading can be found as written. */
    private static final class WrittenText {
        private final String text;
        private final String spelled;
        private int[] at;

        WrittenText(String text, String spelled) {
            this.text = text;
            this.spelled = spelled;
        }

        private int[] at() {
            if (at == null) at = Names.writtenOffsets(text, spelled);
            return at;
        }

        /**
         * The span of the reading as the report writes it (case, accents, Traditional characters), whole characters (a
         * span ending inside the reading of one, as in "㌢", takes all of it); else as read.
         */
        String span(int start, int end) {
            int[] at = at();
            if (at == Names.NOT_LINED_UP) return spelled.substring(start, end);
            int e = end;
            while (e < spelled.length() && e > start && at[e] == at[e - 1]) e++;
            return text.substring(at[start], at[e]);
        }

        /** Whether the span of the reading is written in capitals ("NE"); false where the text could not be lined up. */
        boolean inCapitals(int start, int end) {
            int[] at = at();
            if (at == Names.NOT_LINED_UP) return false;
            for (int k = at[start]; k < at[end]; k++) if (!Character.isUpperCase(text.charAt(k))) return false;
            return true;
        }
    }

    /** The tokens with each negation of several tokens ("未", "见") made one ("未 见"), spanning the words it came from. */
    private List<Names.Token> withNegationsJoined(List<Names.Token> tokens) {
        List<Names.Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            List<List<String>> sequences = negationSequences.get(tokens.get(i).word());
            List<String> found = null;
            if (sequences != null) for (List<String> seq : sequences) if (found == null && startsAt(seq, tokens, i)) found = seq;
            if (found == null) {
                if (out != null) out.add(tokens.get(i));
                continue;
            }
            if (out == null) out = new ArrayList<>(tokens.subList(0, i));
            out.add(new Names.Token(String.join(" ", found), tokens.get(i).start(), tokens.get(i + found.size() - 1).end()));
            i += found.size() - 1;
        }
        return out == null ? tokens : out;
    }

    /**
     * The tokens with each word written in capitals that would otherwise be a negation of another language made a word
     * of no meaning: "SEM" is scanning electron microscopy, not the Portuguese "sem", and "SIN" squamous intraepithelial
     * neoplasia, not the Spanish "sin". Only where the text can be lined up with its reading.
     */
    private List<Names.Token> withAbbreviationsApart(List<Names.Token> tokens, WrittenText written) {
        List<Names.Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Names.Token t = tokens.get(i);
            if (!addedNegations.contains(t.word()) || t.end() - t.start() < 2 || !written.inCapitals(t.start(), t.end())) continue;
            if (out == null) out = new ArrayList<>(tokens);
            out.set(i, new Names.Token(t.word().toUpperCase(java.util.Locale.ROOT), t.start(), t.end()));
        }
        return out == null ? tokens : out;
    }

    /** The tokens with each slip read as the word meant; its span still points at the words as written. */
    private List<Names.Token> corrected(List<Names.Token> tokens) {
        List<Names.Token> read = null;
        for (int i = 0; i < tokens.size(); i++) {
            Names.Token t = tokens.get(i);
            if (t.word().length() < MisspellingReader.MIN_LENGTH || byFirstWord.containsKey(t.word())) continue;
            String meant = misspellings.correction(t.word());
            if (meant == null) continue;
            if (read == null) read = new ArrayList<>(tokens);
            read.set(i, new Names.Token(meant, t.start(), t.end()));
        }
        return read == null ? tokens : read;
    }

    private Phrase<T> longestAt(List<Names.Token> tokens, int at) {
        List<Phrase<T>> candidates = byFirstWord.get(tokens.get(at).word());
        if (candidates == null) return null;
        for (Phrase<T> p : candidates) if (startsAt(p.words(), tokens, at)) return p;
        return null;
    }

    /**
     * The index of a qualifier word for {@code value} within reach before {@code at}, or -1. The search stops at a
     * clause break, a "but"-type word, the end of the previous phrase found (its own words qualify it alone), or a noun
     * the qualifier may describe instead ("scant cytoplasm and irregular nuclei": the cytoplasm is scant).
     */
    private int qualifierBefore(List<Names.Token> tokens, int at, T value, int previousEnd) {
        if (qualifiers.isEmpty()) return -1;
        for (int k = at - 1; k >= 0 && k >= at - QUALIFIER_REACH && k >= previousEnd; k--) {
            Names.Token t = tokens.get(k);
            if (t.isBreak() || NEGATION_STOPS.contains(t.word()) || OTHER_HEAD_NOUNS.contains(t.word())) return -1;
            Map<T, T> readings = qualifiers.get(t.word());
            if (readings != null && readings.containsKey(value)) return k;
        }
        return -1;
    }

    private boolean deniedAfter(List<Names.Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + POST_NEGATION_REACH; k++) {
            Names.Token t = tokens.get(k);
            if (t.isBreak() || NEGATION_STOPS.contains(t.word())) return false;
            if (postNegations.contains(t.word())) return true;
            if (t.word().equals("not") && k + 1 < tokens.size() && NOT_FOUND.contains(tokens.get(k + 1).word())) return true;
            if (t.word().equals("ruled") && k + 1 < tokens.size() && tokens.get(k + 1).word().equals("out")) return true;
        }
        return false;
    }

    /** Only list words ("or", "and", "nor", or nothing but a comma) between the previous phrase and this one. */
    private static boolean coordinated(List<Names.Token> tokens, int from, int to) {
        if (from < 0 || to - from > 2) return false;
        for (int k = from; k < to; k++) if (!COORDINATORS.contains(tokens.get(k).word())) return false;
        return true;
    }

    /** "Pleomorphism was mild", "nuclear atypia was minimal": a verb, then a qualifier of the phrase. */
    private boolean qualifiedAfter(List<Names.Token> tokens, int end, T value) {
        if (end + 1 >= tokens.size() || !COPULAS.contains(tokens.get(end).word())) return false;
        Map<T, T> readings = qualifiers.get(tokens.get(end + 1).word());
        return readings != null && readings.containsKey(value);
    }

    /** A differential-diagnosis word earlier in the clause ("differential", "mimicking", "to rule out"...). */
    private static boolean consideredBefore(List<Names.Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && k >= at - HYPOTHETICAL_REACH; k--) {
            Names.Token t = tokens.get(k);
            if (t.isBreak() || NEGATION_STOPS.contains(t.word())) return false;
            if (HYPOTHETICAL.contains(t.word())) return true;
            if (t.word().equals("rule") && k + 1 < at && tokens.get(k + 1).word().equals("out")) return true;
        }
        return false;
    }

    /** How many words before {@code at} the negation is that reaches it, or 0 if none does. */
    private int negationDistance(List<Names.Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k--) {
            Names.Token t = tokens.get(k);
            boolean associationWith = t.word().equals("with") && k > 0 && ASSOCIATION.contains(tokens.get(k - 1).word());
            if (t.isBreak() || (NEGATION_STOPS.contains(t.word()) && !associationWith)) return 0;
            // "non" is a prefix ("non-encapsulated"): it denies the word right after it, not one further on ("non-specific
            // amelanotic nodule")
            if (t.word().equals("non") && at - k > 1) continue;
            // "giant cells were absent and mitoses ...": a predicative "absent" denies what came before it, not after
            if (postNegations.contains(t.word()) && k > 0 && COPULAS.contains(tokens.get(k - 1).word())) return 0;
            if (negations.contains(t.word())) return at - k;
        }
        return 0;
    }
}
