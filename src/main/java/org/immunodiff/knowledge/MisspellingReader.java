package org.immunodiff.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a long word of a report that is one slip away from a word of the vocabulary as that word: "pallisading",
 * "epitheliod", "hyperchormatic". Only slips that rarely make another real word count: two neighbouring letters
 * swapped, one letter doubled, dropped or added inside the word (never its first two letters or its last), and s for
 * z. Substituting a letter does not ("acellular" is not "cellular", "functional" is not "junctional"). A word the
 * knowledge base itself uses anywhere (its tables' text, citations included) is a word, never a slip: "perineurial" is
 * not "perineural". A slip is read only when it points to one vocabulary word, or to spellings of one word that the
 * vocabulary holds side by side ("epitheliod" is a slip from "epithelioid" and from "epitheloid", themselves one slip
 * apart): then the spelling more phrases use. The words it came from are reported with the phrase, so the reading stays
 * visible.
 */
final class MisspellingReader {
    /** Shorter words are too often one letter from another real word. */
    static final int MIN_LENGTH = 8;
    /** Longer "words" are not words (a run of letters pasted into a report): looking at one costs its length squared. */
    static final int MAX_LENGTH = 40;

    /** The words the knowledge tables use, read only when a slip is first suspected (scanning them costs a cold start). */
    private final java.util.function.Supplier<Set<String>> known;
    /** a vocabulary word, and each form of it with one letter deleted -> the vocabulary words it comes from */
    private final Map<String, List<String>> byDeletion = new HashMap<>();
    /** how many times each vocabulary word occurs in the phrases */
    private final Map<String, Integer> uses = new HashMap<>();

    MisspellingReader(Collection<String> vocabulary, java.util.function.Supplier<Set<String>> knownWords) {
        this.known = knownWords;
        for (String v : vocabulary) uses.merge(v, 1, Integer::sum);
        for (String v : new java.util.TreeSet<>(uses.keySet())) {
            if (v.length() < MIN_LENGTH || !isLatinWord(v)) continue;
            byDeletion.computeIfAbsent(v, k -> new ArrayList<>(1)).add(v);
            for (int i = 0; i < v.length(); i++) {
                byDeletion.computeIfAbsent(v.substring(0, i) + v.substring(i + 1), k -> new ArrayList<>(1)).add(v);
            }
        }
    }

    /** The vocabulary word {@code word} is a slip for, or null if it is none (or could be two different words). */
    String correction(String word) {
        if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || !isLatinWord(word) || uses.containsKey(word)) return null;
        List<String> found = new ArrayList<>(2);
        for (int i = -1; i < word.length(); i++) {
            String form = i < 0 ? word : word.substring(0, i) + word.substring(i + 1);
            List<String> candidates = byDeletion.get(form);
            if (candidates == null) continue;
            for (String c : candidates) if (!found.contains(c) && isSlip(word, c)) found.add(c);
        }
        if (found.isEmpty() || known.get().contains(word)) return null;
        String best = found.get(0);
        for (String c : found) {
            for (String other : found) if (!other.equals(c) && !isSlip(c, other)) return null; // two different words
            int byUse = Integer.compare(uses.get(c), uses.get(best));
            if (byUse > 0 || (byUse == 0 && c.compareTo(best) < 0)) best = c;
        }
        return best;
    }

    /** Whether {@code written} is {@code meant} with one of the slips this reader accepts. */
    static boolean isSlip(String written, String meant) {
        int n = written.length();
        if (n == meant.length()) {
            int first = 0;
            while (first < n && written.charAt(first) == meant.charAt(first)) first++;
            if (first == n || first < 1) return false;
            int last = n - 1;
            while (written.charAt(last) == meant.charAt(last)) last--;
            if (last == first) { // one letter differs: only s for z ("hyalinised")
                char a = written.charAt(first);
                char b = meant.charAt(first);
                return (a == 's' && b == 'z') || (a == 'z' && b == 's');
            }
            return last == first + 1 && written.charAt(first) == meant.charAt(last) && written.charAt(last) == meant.charAt(first);
        }
        if (Math.abs(n - meant.length()) != 1) return false;
        String longer = n > meant.length() ? written : meant;
        String shorter = n > meant.length() ? meant : written;
        int at = 0;
        while (at < shorter.length() && longer.charAt(at) == shorter.charAt(at)) at++;
        if (at < 2 || at > longer.length() - 2) return false;
        return longer.regionMatches(at + 1, shorter, at, shorter.length() - at);
    }

    /**
     * Every word of at least {@link #MIN_LENGTH} letters in {@code text}, spelled out as the reader does (lower case,
     * accents stripped: "activité" is "activite"), a plural "s" stripped.
     */
    static void collectWords(String text, Set<String> into) {
        int start = -1;
        boolean ascii = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 128 && Character.isLetter(c));
            if (letter) {
                if (start < 0) {
                    start = i;
                    ascii = true;
                }
                ascii &= c < 128;
                continue;
            }
            if (start >= 0 && i - start >= MIN_LENGTH - 1) {
                String word = text.substring(start, i);
                word = ascii ? word.toLowerCase(java.util.Locale.ROOT) : Names.spellOut(word);
                if (word.length() >= MIN_LENGTH && isLatinWord(word)) into.add(Names.singular(word));
            }
            start = -1;
        }
    }

    private static boolean isLatinWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }
}
