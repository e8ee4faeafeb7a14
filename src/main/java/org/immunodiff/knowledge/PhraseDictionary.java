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
 * "without palisading") is not counted.
 */
public final class PhraseDictionary<T> {
    private static final Set<String> NEGATIONS = Set.of("no", "not", "without", "absent", "absence", "lack",
            "lacking", "lacked", "negative", "nor", "neither", "none", "non", "free");
    /** Words after a phrase that deny it: "atypia, necrosis and mitoses were absent", "palisading not seen". */
    private static final Set<String> POST_NEGATIONS = Set.of("absent", "lacking");
    private static final Set<String> NOT_FOUND = Set.of("seen", "identified", "present", "found", "observed", "evident", "noted", "detected");
    private static final int POST_NEGATION_REACH = 6;
    /** Words that end a negation's reach ("no atypia but brisk mitoses"). */
    private static final Set<String> NEGATION_STOPS = Set.of("but", "with", "however", "although", "while", "whereas", "except");
    /** How many words back a negation reaches: "no mitoses, necrosis or distinct nucleoli" negates all three. */
    private static final int NEGATION_REACH = 5;

    private record Phrase<T>(List<String> words, T value) { }

    /** A phrase found in the text: its value, the words it came from, and whether a negation precedes it. */
    public record Match<T>(T value, String from, boolean negated) { }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    void add(String phrase, T value) {
        List<String> words = Names.words(phrase);
        if (words.isEmpty()) throw new IllegalArgumentException("empty phrase");
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase<>(words, value));
    }

    /** Every phrase found, negated ones included (flagged): callers decide what a negated mention means. */
    public List<Match<T>> findIn(String text) {
        Names.Tokenised tokenised = Names.tokenise(text);
        List<Names.Token> tokens = tokenised.tokens();
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Phrase<T> best = longestAt(tokens, i);
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.words().size();
            String from = tokenised.text().substring(tokens.get(i).start(), tokens.get(end - 1).end());
            matches.add(new Match<>(best.value(), from, negated(tokens, i) || deniedAfter(tokens, end)));
            i = end;
        }
        return matches;
    }

    private Phrase<T> longestAt(List<Names.Token> tokens, int at) {
        List<Phrase<T>> candidates = byFirstWord.get(tokens.get(at).word());
        if (candidates == null) return null;
        Phrase<T> best = null;
        for (Phrase<T> p : candidates) {
            if (at + p.words().size() > tokens.size()) continue;
            boolean all = true;
            for (int k = 0; k < p.words().size() && all; k++) all = tokens.get(at + k).word().equals(p.words().get(k));
            if (all && (best == null || p.words().size() > best.words().size())) best = p;
        }
        return best;
    }

    private static boolean deniedAfter(List<Names.Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + POST_NEGATION_REACH; k++) {
            Names.Token t = tokens.get(k);
            if (t.isBreak() || NEGATION_STOPS.contains(t.word())) return false;
            if (POST_NEGATIONS.contains(t.word())) return true;
            if (t.word().equals("not") && k + 1 < tokens.size() && NOT_FOUND.contains(tokens.get(k + 1).word())) return true;
        }
        return false;
    }

    private static boolean negated(List<Names.Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && k >= at - NEGATION_REACH; k--) {
            Names.Token t = tokens.get(k);
            if (t.isBreak() || NEGATION_STOPS.contains(t.word())) return false;
            if (NEGATIONS.contains(t.word())) return true;
        }
        return false;
    }
}
