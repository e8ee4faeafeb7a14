package org.immunodiff.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Normalisation of names and free text, shared by the marker, site, molecular and feature dictionaries.
 * Marker names compare without regard to case, spaces, hyphens and other punctuation, with Greek letters
 * spelled out ("α-SMA" and "alpha SMA" are both "alphasma").
 */
public final class Names {
    private static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('Δ', "delta"), Map.entry('κ', "kappa"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"),
            Map.entry('µ', "mu"), Map.entry('Α', "alpha"), Map.entry('Β', "beta"), Map.entry('ε', "epsilon"));

    /** Latin letters that carry no accent to strip but are not ASCII: "saptanmadı", "mięśni gładkich", "Spindelzellgröße". */
    private static final Map<Character, String> LATIN_FOLDS = Map.of('ı', "i", 'ł', "l", 'Ł', "l", 'ß', "ss", 'ø', "o",
            'Ø', "o", 'æ', "ae", 'œ', "oe", 'đ', "d", 'Đ', "d");

    /**
     * Accents, which are stripped; not the Japanese voicing marks (U+3099, U+309A), which make another syllable ("ど" is
     * not "と"; "がん" is not "かん") and are composed back onto their kana.
     */
    private static final java.util.regex.Pattern COMBINING_MARKS = java.util.regex.Pattern.compile("[\\p{M}&&[^\\u3099\\u309A]]");

    private Names() { }

    /**
     * Traditional Chinese characters and their Simplified forms (ICU's Traditional-Simplified transliterator, one
     * character to one; written by tools/HanSimplified.java), loaded when a text first holds a character of that range.
     */
    private static final class HanSimplified {
        static final char FIRST = '\u3400';
        private static final char[] SIMPLIFIED = load();

        static char of(char c) {
            char s = SIMPLIFIED[c - FIRST];
            return s == 0 ? c : s;
        }

        private static char[] load() {
            char[] table = new char[0x10000 - FIRST];
            try (var in = Names.class.getResourceAsStream("han-simplified.txt")) {
                if (in == null) throw new IllegalStateException("han-simplified.txt is missing from the class path");
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String pair = line.strip(); // a checkout with Windows line endings keeps working
                    if (pair.length() == 2 && pair.charAt(0) >= FIRST) table[pair.charAt(0) - FIRST] = pair.charAt(1);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return table;
        }
    }

    /**
     * Greek letters spelled out, accents stripped, lower case; Traditional Chinese characters in their Simplified form
     * ("細胞" is "细胞"), so one phrase row reads both scripts.
     */
    public static String spellOut(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 128;
        if (ascii) return text.toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            String g = GREEK.get(c);
            if (g == null) g = LATIN_FOLDS.get(c);
            s.append(g != null ? g : String.valueOf(c));
        }
        String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        if (decomposed.indexOf('\u3099') >= 0 || decomposed.indexOf('\u309A') >= 0) decomposed = withVoicedKana(decomposed);
        String lower = decomposed.toLowerCase(Locale.ROOT);
        // a final sigma is only a sigma written at the end of a word: read one way, as a letter read alone is
        return foldHan(lower.indexOf('ς') >= 0 ? lower.replace('ς', 'σ') : lower);
    }

    /**
     * Each voicing mark composed onto the kana just before it ("か" and U+3099 are "が"), pair by pair: composing the
     * whole text would also join Korean letters back into syllables, which a character read alone does not.
     */
    private static String withVoicedKana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\u3099' || c == '\u309A') && out.length() > 0) {
                String pair = Normalizer.normalize(out.charAt(out.length() - 1) + String.valueOf(c), Normalizer.Form.NFC);
                if (pair.length() == 1) {
                    out.setCharAt(out.length() - 1, pair.charAt(0));
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** No lining up: the text and its reading could not be matched character for character. */
    static final int[] NOT_LINED_UP = new int[0];

    /** Each character of the Basic Multilingual Plane as read alone, filled as characters are first met. */
    private static final String[] READ_ALONE = new String[0x10000];

    /**
     * Where each character of {@code spelled} (the {@link #spellOut} of {@code text}) came from in {@code text}: an array
     * one longer than {@code spelled}, its last entry the end of the text; {@link #NOT_LINED_UP} if the two cannot be
     * matched. Most characters are read one for one, but a Greek letter is spelled out, a ligature opened and an accent
     * mark dropped, so the text is read character by character, a character together with the marks written after it.
     */
    static int[] writtenOffsets(String text, String spelled) {
        int[] at = new int[spelled.length() + 1];
        int k = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            int end = next;
            while (end < text.length() && joinsTheCharacterBefore(text.codePointAt(end))) end += Character.charCount(text.codePointAt(end));
            if (c < 128 && end == next) { // read as its lower case, one for one
                if (k >= spelled.length() || spelled.charAt(k) != Character.toLowerCase((char) c)) return NOT_LINED_UP;
                at[k++] = i++;
                continue;
            }
            String piece = end == next ? readAlone(c) : spellOut(text.substring(i, end));
            if (!spelled.startsWith(piece, k)) return NOT_LINED_UP;
            for (int j = 0; j < piece.length(); j++) at[k + j] = i;
            k += piece.length();
            i = end;
        }
        if (k != spelled.length()) return NOT_LINED_UP;
        at[k] = text.length();
        return at;
    }

    /** A mark written after a character and read with it: an accent, a voicing mark, a half-width voicing mark. */
    private static boolean joinsTheCharacterBefore(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == 0xFF9E || c == 0xFF9F;
    }

    private static String readAlone(int c) {
        if (c >= READ_ALONE.length) return spellOut(Character.toString(c));
        String read = READ_ALONE[c]; // a race only reads a character twice: the value is the same immutable string
        if (read == null) READ_ALONE[c] = read = spellOut(Character.toString(c));
        return read;
    }

    /**
     * Traditional Chinese characters in their Simplified form, after normalising: a Kangxi radical or compatibility
     * ideograph pasted from a PDF ("⾒", U+2F92) is first made the character it stands for ("見"), then folded ("见").
     */
    private static String foldHan(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < HanSimplified.FIRST) continue;
            char folded = HanSimplified.of(c);
            if (folded == c) continue;
            if (chars == null) chars = text.toCharArray();
            chars[i] = folded;
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * A name reduced to its letters and digits: the key the synonym tables are matched on. Letters of other scripts
     * are kept ("结蛋白", "カルポニン"); Latin accents are gone by then ("proteína" is "proteina").
     */
    public static String key(String name) { return lettersAndDigits(name, true); }

    /** A name reduced to its Latin letters and digits ("结蛋白(Desmin)" is "desmin"). */
    public static String latinKey(String name) { return lettersAndDigits(name, false); }

    private static String lettersAndDigits(String name, boolean otherScripts) {
        String spelled = spellOut(name);
        StringBuilder s = new StringBuilder(spelled.length());
        for (char c : spelled.toCharArray()) {
            boolean latin = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (latin || (otherScripts && c >= 128 && Character.isLetterOrDigit(c))) s.append(c);
        }
        return s.toString();
    }

    /** A word of free text: lower case, plural "s" stripped, with its span in the spelled-out text. */
    public record Token(String word, int start, int end) {
        public boolean isBreak() { return word.equals(SENTENCE_BREAK); }
    }

    /** A marker for a clause boundary among the tokens, so negation does not leak across it. */
    public static final String SENTENCE_BREAK = "|";

    /** The spelled-out text (see {@link #spellOut}) and its tokens. */
    public record Tokenised(String text, List<Token> tokens) { }

    /**
     * Free text as lower-case words, punctuation removed, a plural "s" stripped; clause breaks kept as tokens. Chinese
     * and Japanese characters, written without spaces, are a token each, and a word ends where the script changes
     * ("明瞭なlymphoid cuff" holds the words "lymphoid cuff"); their full stop, and a comma beside them, end a clause.
     */
    public static Tokenised tokenise(String text) {
        String spelled = spellOut(text);
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= spelled.length(); i++) {
            char c = i < spelled.length() ? spelled.charAt(i) : ' ';
            boolean ideograph = c >= 128 && isIdeographic(c);
            if (Character.isLetterOrDigit(c) && !ideograph) {
                if (start >= 0 && isLatin(c) != isLatin(spelled.charAt(start))) {
                    tokens.add(new Token(singular(spelled.substring(start, i)), start, i));
                    start = i;
                } else if (start < 0) {
                    start = i;
                }
            } else if (ideograph) {
                if (start >= 0) tokens.add(new Token(singular(spelled.substring(start, i)), start, i));
                tokens.add(new Token(String.valueOf(c), i, i + 1));
                start = -1;
            } else {
                if (start >= 0) tokens.add(new Token(singular(spelled.substring(start, i)), start, i));
                start = -1;
                if (c == '。' || c == '；' || c == '：') tokens.add(new Token(SENTENCE_BREAK, i, i + 1));
                // a comma beside Chinese or Japanese joins clauses, where lists take "、": "无异型性，也无核分裂象" (the
                // full-width comma is an ASCII one once spelled out)
                if (c == ',' && (i > 0 && isIdeographic(spelled.charAt(i - 1))
                        || i + 1 < spelled.length() && isIdeographic(spelled.charAt(i + 1)))) {
                    tokens.add(new Token(SENTENCE_BREAK, i, i + 1));
                }
                if (c == '.' || c == ';' || c == ':') {
                    boolean decimal = c == '.' && i > 0 && i + 1 < spelled.length()
                            && Character.isDigit(spelled.charAt(i - 1)) && Character.isDigit(spelled.charAt(i + 1));
                    if (!decimal) tokens.add(new Token(SENTENCE_BREAK, i, i + 1));
                }
            }
        }
        return new Tokenised(spelled, tokens);
    }

    private static boolean isLatin(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

    /** Chinese characters and Japanese kana, which are written without spaces between words. */
    private static boolean isIdeographic(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** The words of a phrase as {@link #tokenise} would produce them, without clause breaks. */
    public static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (Token t : tokenise(phrase).tokens()) if (!t.isBreak()) words.add(t.word());
        return words;
    }

    static String singular(String w) {
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
