package org.immunodiff.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves a marker or molecular test as a laboratory writes it ("α-SMA (1A4)", "MIB-1", "S-100 protein",
 * "SS18 rearrangement by FISH") to its canonical name, through the published synonym table.
 */
public final class MarkerDictionary {
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern LABEL_SEPARATORS = Pattern.compile("[:;]");
    /** "exon 9, 11, 13, 17", "exons 12 and 18": which exons a test covered, not what it tested for. */
    private static final Pattern EXON_LIST = Pattern.compile("(?i)\\bexons?\\s*\\d+(?:\\s*(?:,|and|&|/|-)\\s*\\d+)*");
    /** "cluster of differentiation 34", "cluster of differentiation (CD) 117": the spelled-out name of a CD antigen. */
    private static final Pattern CLUSTER_OF_DIFFERENTIATION =
            Pattern.compile("(?i)\\bcluster\\s+of\\s+differentiation\\s*(?:\\(\\s*cd\\s*\\)\\s*)?(?=\\d)");
    private static final Set<String> FILLER = Set.of("protein", "antibody", "immunostain", "immunostaining", "stain",
            "staining", "expression", "ihc", "immunohistochemistry", "immunoreactivity", "by", "fish", "pcr", "rt",
            "ngs", "sequencing", "test", "testing", "analysis", "status", "clone", "assay", "ish", "on", "gene", "genes",
            "detected", "targeted", "pathogenic", "immunohistochemical", "immunoexpression", "positivity", "reactivity",
            "antibodies", "antigen", "index", "proliferative", "proliferation", "labeling", "labelling");
    /** "anti-CD34", "anti CD31 antibodies": the antibody named by what it binds. */
    private static final Pattern ANTI = Pattern.compile("(?i)^\\s*anti[-\\s]+(?=\\S)");
    /** A result written onto the name: "CD34-positive", "EMA+ve", "S100 -", "CD117+". The result field still decides. */
    private static final Pattern ATTACHED_RESULT = Pattern.compile(
            "(?i)(?:[\\s-]+(?:positive|negative|positivity|negativity|pos|neg)|\\s*[+-]\\s*ve|\\s*[+]{1,3}|\\s+-)\\s*$");
    /** Separators of a list of markers written as one name: "ER/PR", "muscle markers (SMA, desmin, MyoD1)". */
    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*(?:,\\s*(?:and|or)\\b|[,;/]|\\band\\b|\\bor\\b)\\s*");
    /** Hyphens and dashes other than the ASCII one (non-breaking hyphen, en dash, minus sign...), as word processors write them. */
    private static final Pattern UNICODE_DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE63\\uFF0D]");
    /** "In situ hybridization for EBV", "PCR for human herpesvirus 8": the method, then what it detects. */
    private static final Pattern METHOD_FOR = Pattern.compile("(?i)^\\s*(?:in\\s+situ\\s+hybridi[sz]ation|ish|polymerase\\s+chain"
            + "\\s+reaction|rt-pcr|pcr|fish|immunostain(?:ing)?|immunohistochemistry|staining|stain|testing|test)\\s+for\\s+(?:the\\s+)?(?=\\S)");
    /** "amplification of the MDM2 gene": the event named before the gene, read as "MDM2 amplification". */
    private static final Pattern EVENT_OF_GENE = Pattern.compile(
            "(?i)\\b(amplification|rearrangement|fusion|mutation|deletion|translocation|loss)\\s+of\\s+(?:the\\s+)?(\\S+)(?:\\s+gene\\b)?");

    /**
     * A gene's sequence variant written as its kind ("c-KIT exon 11 in-frame deletion", "PDGFRA D842V substitution",
     * "CTNNB1 p.T41A variant"): read as the gene's mutation test when nothing else names the test.
     */
    private static final Pattern VARIANT_KIND = Pattern.compile(
            "(?i)\\b(?:deletions?|insertions?|duplications?|substitutions?|indels?|delins|variants?)\\b");
    /**
     * A variant the report does not call pathogenic is no mutation result ("KIT exon 11 VUS", "of uncertain significance",
     * "benign variant"): it is warned as unknown rather than read as the gene's mutation.
     */
    private static final Pattern VARIANT_NOT_PATHOGENIC = Pattern.compile(
            "(?i)\\b(?:unknown|uncertain|undetermined|unclear)\\s+significance\\b|\\bvus\\b|\\bbenign\\s+(?:variant|polymorphism)|\\bpolymorphisms?\\b");
    /** The words and notations that describe a variant without naming the test: HGVS, protein changes, qualifiers. */
    private static final Pattern VARIANT_DETAIL = Pattern.compile("\\bN[MPCG]_\\d+(?:\\.\\d+)?:?|\\b[cpg]\\.[^\\s,;()]+"
            + "|\\b[A-Z]\\d{2,4}(?:[A-Z]|del\\S*|fs\\S*|_\\S+)?\\b|(?i:\\b(?:in-frame|inframe|frameshift|missense|nonsense|point"
            + "|somatic|activating|hotspot|pathogenic)\\b)");

    /** Keratins are named by family and clone together ("pancytokeratin WSS", "cytokeratin CAM5.2", "keratin MNF116"). */
    private static final Set<String> FAMILY_THEN_CLONE = Set.of("epithelial", "squamous");

    private final Map<String, String> canonicalByKey;
    private final Map<String, String> canonicalBySpelling;
    private final PhraseDictionary<String> molecularPhrases;
    private final Map<String, java.util.Set<String>> molecularByFirstWord;
    private final Map<String, List<String>> synonymsByMarker;
    private final Map<String, String> categoryByMarker;
    private final MarkerSlips slips;

    MarkerDictionary(Map<String, String> canonicalByKey, Map<String, String> canonicalBySpelling, PhraseDictionary<String> molecularPhrases,
                     Map<String, java.util.Set<String>> molecularByFirstWord, Map<String, List<String>> synonymsByMarker,
                     Map<String, String> categoryByMarker, Map<String, String> spellingByKey,
                     java.util.function.Supplier<java.util.Set<String>> knownWords) {
        this.categoryByMarker = Map.copyOf(categoryByMarker);
        this.canonicalBySpelling = Map.copyOf(canonicalBySpelling);
        this.synonymsByMarker = synonymsByMarker;
        this.canonicalByKey = Map.copyOf(canonicalByKey);
        this.molecularPhrases = molecularPhrases;
        this.molecularByFirstWord = molecularByFirstWord;
        this.slips = new MarkerSlips(this.canonicalByKey, Map.copyOf(spellingByKey), knownWords);
    }

    /** Builds the dictionary; a key that would name two markers is an error naming the row. */
    static MarkerDictionary build(Map<String, Marker> markers, List<CsvTable.Row> synonymRows,
                                  java.util.function.Supplier<java.util.Set<String>> knownWords) {
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> spellingByKey = new HashMap<>();
        Map<String, String> bySpelling = new HashMap<>();
        java.util.Set<String> ambiguousKeys = new java.util.HashSet<>();
        PhraseDictionary<String> molecular = new PhraseDictionary<>();
        Map<String, java.util.Set<String>> byFirstWord = new HashMap<>();
        Map<String, List<String>> synonyms = new HashMap<>();
        for (Marker m : markers.values()) {
            byKey.put(Names.key(m.name()), m.name());
            spellingByKey.put(Names.key(m.name()), m.name());
            bySpelling.put(spelling(m.name()), m.name());
            if (m.isMolecular()) addMolecular(molecular, byFirstWord, m.name(), m.name());
        }
        for (CsvTable.Row row : synonymRows) {
            String synonym = row.required("synonym");
            String marker = row.required("marker");
            if (!markers.containsKey(marker)) throw row.error("unknown marker '" + marker + "' (not in markers.csv)");
            String key = Names.key(synonym);
            if (key.isEmpty()) throw row.error("synonym '" + synonym + "' has no letters or digits");
            String sameSpelling = bySpelling.putIfAbsent(spelling(synonym), marker);
            if (sameSpelling != null && !sameSpelling.equals(marker)) {
                throw row.error("synonym '" + synonym + "' would name both '" + sameSpelling + "' and '" + marker + "'");
            }
            String previous = byKey.putIfAbsent(key, marker);
            spellingByKey.putIfAbsent(key, synonym);
            // spellings that differ only in punctuation ("pRb" the retinoblastoma protein, "PR-B" progesterone receptor
            // B) are read by their exact spelling only: a loose reading would have to guess between them
            if (previous != null && !previous.equals(marker)) ambiguousKeys.add(key);
            if (markers.get(marker).isMolecular()) addMolecular(molecular, byFirstWord, synonym, marker);
            synonyms.computeIfAbsent(marker, k -> new java.util.ArrayList<>()).add(synonym);
        }
        ambiguousKeys.forEach(byKey::remove);
        synonyms.replaceAll((k, v) -> List.copyOf(v));
        Map<String, String> categories = new HashMap<>();
        markers.values().forEach(m -> categories.put(m.name(), m.category()));
        spellingByKey.keySet().retainAll(byKey.keySet());
        return new MarkerDictionary(byKey, bySpelling, molecular, byFirstWord, Map.copyOf(synonyms), categories, spellingByKey, knownWords);
    }

    /** A name as written, compared without case and with runs of spaces as one: punctuation still counts. */
    private static String spelling(String name) {
        String s = name.strip().toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space) out.append(c);
            else if (!inSpace) out.append(' ');
            inSpace = space;
        }
        return out.toString();
    }

    private static void addMolecular(PhraseDictionary<String> phrases, Map<String, java.util.Set<String>> byFirstWord,
                                     String synonym, String marker) {
        List<String> words = Names.words(synonym);
        if (words.isEmpty()) return;
        phrases.add(synonym, marker);
        byFirstWord.computeIfAbsent(words.get(0), k -> new java.util.HashSet<>()).add(marker);
    }

    /**
     * A molecular test named inside a longer report line: the longest synonym found in it, else the one test
     * whose synonyms start with the line's first word (a gene symbol such as "CTNNB1" or "MDM2").
     */
    public Optional<String> findMolecularIn(String text) { return findMolecularIn(text, true); }

    /**
     * As {@link #findMolecularIn(String)}, but only where a synonym is found in the text: a stain's name that merely
     * starts with a gene symbol ("SS18/SXX2") is not read as a test.
     */
    public Optional<String> findMolecularNamedIn(String text) { return findMolecularIn(text, false); }

    private Optional<String> findMolecularIn(String text, boolean byFirstWord) {
        if (text == null || text.isBlank()) return Optional.empty();
        Optional<String> found = findMolecularInAnyForm(text, byFirstWord);
        // a sequence variant the report does not call pathogenic is no mutation result; a fusion named beside it still is
        boolean sequenceTest = found.isPresent() && (found.get().endsWith(" mutation") || found.get().endsWith(" alteration"));
        return sequenceTest && VARIANT_NOT_PATHOGENIC.matcher(text).find() ? Optional.empty() : found;
    }

    private Optional<String> findMolecularInAnyForm(String text, boolean byFirstWord) {
        text = UNICODE_DASHES.matcher(text).replaceAll("-");
        Optional<String> found = findMolecularInLabel(text, byFirstWord);
        if (found.isPresent()) return found;
        var exons = EXON_LIST.matcher(text);
        if (exons.find()) {
            found = findMolecularInLabel(exons.replaceAll(" "), byFirstWord);
            if (found.isPresent()) return found;
        }
        var event = EVENT_OF_GENE.matcher(text);
        if (event.find()) {
            found = findMolecularInLabel(event.replaceFirst("$2 $1"), byFirstWord);
            if (found.isPresent()) return found;
        }
        var variant = VARIANT_KIND.matcher(EXON_LIST.matcher(text).replaceAll(" "));
        if (!variant.find()) return Optional.empty();
        return findMolecularInLabel(VARIANT_DETAIL.matcher(variant.replaceAll("mutation")).replaceAll(" "), byFirstWord);
    }

    private Optional<String> findMolecularInLabel(String text, boolean byFirstWord) {
        // a test's name is a label, not prose: the colons and semicolons of "PAX3::MAML3" and "t(X;18)(p11.2;q11.2)"
        // separate genes and chromosomes, not clauses
        text = LABEL_SEPARATORS.matcher(text).replaceAll(" ");
        Optional<String> phrase = molecularPhrases.findIn(text).stream().filter(m -> !m.negated())
                .max((a, b) -> Integer.compare(a.from().length(), b.from().length())).map(PhraseDictionary.Match::value);
        if (phrase.isPresent() || !byFirstWord) return phrase;
        List<String> words = Names.words(text);
        if (words.isEmpty()) return Optional.empty();
        java.util.Set<String> candidates = molecularByFirstWord.getOrDefault(words.get(0), java.util.Set.of());
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    /**
     * The names already resolved, as labs write them (the same few dozen spellings recur panel after panel). Bounded:
     * past the bound a name is resolved afresh each time.
     */
    private final Map<String, Optional<String>> resolved = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_RESOLVED = 10_000;

    /** The marker the synonym table (or the marker table) lists this exact spelling for, read as its words; no guessing. */
    public Optional<String> listedAs(String spelling) {
        return spelling == null ? Optional.empty() : Optional.ofNullable(canonicalByKey.get(Names.key(spelling)));
    }

    public Optional<String> resolve(String reported) {
        if (reported == null) return Optional.empty();
        Optional<String> hit = resolved.get(reported);
        if (hit != null) return hit;
        Optional<String> found = resolveAfresh(reported);
        if (resolved.size() < MAX_RESOLVED) resolved.put(reported, found);
        return found;
    }

    private Optional<String> resolveAfresh(String reported) {
        if (reported.isBlank()) return Optional.empty();
        var dashes = UNICODE_DASHES.matcher(reported);
        if (dashes.find()) return resolve(dashes.replaceAll("-"));
        String hit = canonicalBySpelling.get(spelling(reported));
        if (hit != null) return Optional.of(hit);
        String key = Names.key(reported);
        hit = canonicalByKey.get(key);
        if (hit != null) return Optional.of(hit);
        // a name that mixes scripts ("结蛋白(Desmin)", "S-100蛋白", "角蛋白CK") and is not listed whole is read by its
        // Latin letters and digits alone
        String latinKey = Names.latinKey(reported);
        if (!latinKey.equals(key)) {
            hit = canonicalByKey.get(latinKey);
            if (hit != null) return Optional.of(hit);
        }
        String withoutBrackets = BRACKETED.matcher(reported).replaceAll(" ");
        hit = canonicalByKey.get(Names.key(withoutBrackets));
        if (hit != null) return Optional.of(hit);
        hit = canonicalByKey.get(Names.key(withoutFiller(withoutBrackets)));
        if (hit != null) return Optional.of(hit);
        var inside = BRACKETED.matcher(reported);
        while (inside.find()) {
            String content = inside.group();
            hit = canonicalByKey.get(Names.key(content));
            if (hit != null) return Optional.of(hit);
        }
        var spelledOut = CLUSTER_OF_DIFFERENTIATION.matcher(reported);
        if (spelledOut.find()) return resolve(spelledOut.replaceFirst("CD"));
        var method = METHOD_FOR.matcher(reported);
        if (method.find()) return resolve(reported.substring(method.end()));
        var anti = ANTI.matcher(reported);
        if (anti.find()) return resolve(reported.substring(anti.end()));
        var attached = ATTACHED_RESULT.matcher(reported);
        if (attached.find() && attached.start() > 0) return resolve(reported.substring(0, attached.start()));
        return nameThenClone(reported);
    }

    /**
     * A stain written as its name then its clone without brackets: "desmin D33" (both name desmin), "pancytokeratin
     * CAM5.2" (a keratin family, then a keratin clone: the clone is the more exact). Two stains of different kinds
     * ("desmin CD34") are never read as one.
     */
    private Optional<String> nameThenClone(String reported) {
        String[] words = reported.strip().split("\\s+");
        for (int k = 1; k < words.length; k++) {
            Optional<String> head = resolve(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
            if (head.isEmpty()) continue;
            Optional<String> tail = resolve(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
            if (tail.isEmpty()) continue;
            if (head.equals(tail)) return tail;
            String category = categoryByMarker.get(head.get());
            if (category != null && FAMILY_THEN_CLONE.contains(category) && category.equals(categoryByMarker.get(tail.get()))) return tail;
        }
        return Optional.empty();
    }

    /**
     * The markers of a name that lists several ("ER/PR", "muscle markers (SMA, desmin, MyoD1, myogenin)", "CD31 and
     * CD34"): each item of the bracketed list, else of the whole name, when every item names a stain (not a molecular
     * test); a stain named twice ("CD117 or KIT receptor") counts once. Empty when the name is not such a list; call it
     * only for a name that does not resolve whole.
     */
    public List<String> resolveList(String reported, java.util.function.Predicate<String> isStain) {
        if (reported == null || reported.isBlank()) return List.of();
        var bracket = BRACKETED.matcher(reported);
        String list = reported;
        if (bracket.find()) {
            String inside = bracket.group();
            list = inside.substring(1, inside.length() - 1);
            if (bracket.find()) return List.of(); // two bracketed parts: not a simple list
        }
        String[] items = listItems(list);
        if (items.length < 2) return List.of();
        List<String> out = new java.util.ArrayList<>(items.length);
        for (String item : items) {
            if (item.isBlank()) return List.of();
            Optional<String> m = resolve(item);
            if (m.isEmpty() || !isStain.test(m.get())) return List.of();
            if (!out.contains(m.get())) out.add(m.get()); // "CD117 or KIT": one stain named twice
        }
        return List.copyOf(out);
    }

    /** The items of a name that lists several stains: "actin/desmin", "keratin, EMA", "SMA and desmin". */
    static String[] listItems(String name) { return LIST_SEPARATORS.split(name.trim()); }

    /**
     * A name without the words around it that do not change the stain: "anti-" before it, a result written onto it
     * ("actin positive", "CD34+") and filler words ("actin stain", "desmin antibody").
     */
    static String withoutAffixes(String name) {
        String bare = ANTI.matcher(name).replaceFirst("");
        Matcher attached = ATTACHED_RESULT.matcher(bare);
        if (attached.find() && attached.start() > 0) bare = bare.substring(0, attached.start());
        return withoutFiller(bare);
    }

    private static String withoutFiller(String text) {
        // the words come singularised by trimming an s ("antibodies" is "antibodie"): the filler list holds the plural
        return Names.words(text).stream().filter(w -> !FILLER.contains(w) && !FILLER.contains(w + "s")).collect(Collectors.joining(" "));
    }

    /**
     * A stain name not listed as written, read as the stain it is one slip of the pen from ("Demin", "alpha-smooth musle
     * actin"; see {@link MarkerSlips}), with the listed spelling it was read as; empty if none or if it could be two.
     */
    public Optional<MarkerSlips.Slip> slipOf(String reported) { return reported == null ? Optional.empty() : slips.of(reported); }

    /** The published spellings of a marker (its synonym table rows), for the API's marker list. */
    public List<String> synonymsOf(String canonical) { return synonymsByMarker.getOrDefault(canonical, List.of()); }

}
