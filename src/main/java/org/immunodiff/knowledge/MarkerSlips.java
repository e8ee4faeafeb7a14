package org.immunodiff.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a stain name that is one slip of the pen from a listed spelling as that stain: "Demin" for desmin,
 * "alpha-smooth musle actin" for SMA, "vimetin" for vimentin. The same slips as {@link MisspellingReader} reads in words, for the
 * same reason (they rarely make another real name): one letter dropped, added or swapped with its neighbour, never a
 * letter replaced by another, never the first letter and never a last letter dropped or added ("creatine kinase" is
 * not "creatine kinase M", the muscle isoform). Digits never change ("CD38" is not "CD138", "p21" not "p16"),
 * names of fewer than {@link #MIN_LENGTH} letters and digits are never read so (too many are a letter apart), a word
 * the knowledge tables themselves use is a word and not a slip, and the reading must point to one stain only.
 */
public final class MarkerSlips {
    /** Shorter names ("ALK1", "CD5", "Ki67") are too often one letter from another stain. */
    static final int MIN_LENGTH = 5;

    /** A reported name read as a listed spelling of a stain. */
    public record Slip(String marker, String spelling) { }

    private final Map<String, String> markerByKey;
    private final Map<String, String> spellingByKey;
    private final Supplier<Set<String>> knownWords;
    /** each listed key with one letter (not its first or last) left out -> the listed keys it comes from */
    private final Lazy<Map<String, List<String>>> byDeletion;

    MarkerSlips(Map<String, String> markerByKey, Map<String, String> spellingByKey, Supplier<Set<String>> knownWords) {
        this.markerByKey = markerByKey;
        this.spellingByKey = spellingByKey;
        this.knownWords = knownWords;
        this.byDeletion = new Lazy<>(() -> {
            Map<String, List<String>> index = new HashMap<>();
            for (String key : markerByKey.keySet()) {
                if (!readable(key)) continue;
                for (int i = 1; i + 1 < key.length(); i++) {
                    if (isLetter(key.charAt(i))) index.computeIfAbsent(key.substring(0, i) + key.substring(i + 1), k -> new ArrayList<>(1)).add(key);
                }
            }
            return index;
        });
    }

    /** The stain a name not listed as written is one slip away from, or empty if none or more than one. */
    Optional<Slip> of(String reported) {
        String key = Names.key(reported);
        if (key.length() < MIN_LENGTH || markerByKey.containsKey(key) || !latin(key)) return Optional.empty();
        List<String> found = new ArrayList<>(2);
        // a letter added: leaving one out gives a listed key
        for (int i = 1; i + 1 < key.length(); i++) {
            if (isLetter(key.charAt(i))) addIfListed(key.substring(0, i) + key.substring(i + 1), found);
        }
        // a letter dropped: a listed key with one letter left out gives this one
        for (String listed : byDeletion.get().getOrDefault(key, List.of())) if (!found.contains(listed)) found.add(listed);
        // two neighbouring letters swapped
        for (int i = 1; i + 1 < key.length(); i++) {
            char a = key.charAt(i), b = key.charAt(i + 1);
            if (a == b || !isLetter(a) || !isLetter(b)) continue;
            addIfListed(key.substring(0, i) + b + a + key.substring(i + 2), found);
        }
        if (found.isEmpty()) return Optional.empty();
        String marker = markerByKey.get(found.get(0));
        for (String f : found) if (!markerByKey.get(f).equals(marker)) return Optional.empty(); // two different stains
        String spelling = spellingByKey.getOrDefault(found.get(0), marker);
        if (slipIsAWord(reported, spelling)) return Optional.empty();
        return Optional.of(new Slip(marker, spelling));
    }

    private void addIfListed(String candidate, List<String> found) {
        if (markerByKey.containsKey(candidate) && readable(candidate) && !found.contains(candidate)) found.add(candidate);
    }

    /**
     * Whether the word that differs from the listed spelling is one the knowledge tables use (their text, citations
     * included): then it is a real word naming something else, not a slip.
     */
    private boolean slipIsAWord(String reported, String spelling) {
        Set<String> listedWords = Set.of(words(spelling));
        for (String word : words(reported)) {
            if (!word.isEmpty() && !listedWords.contains(word) && knownWords.get().contains(word)) return true;
        }
        return false;
    }

    private static String[] words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).map(Names::singular).distinct().toArray(String[]::new);
    }

    private static boolean readable(String key) { return key.length() >= MIN_LENGTH && latin(key); }

    private static boolean latin(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(isLetter(c) || (c >= '0' && c <= '9'))) return false;
        }
        return true;
    }

    private static boolean isLetter(char c) { return c >= 'a' && c <= 'z'; }
}
