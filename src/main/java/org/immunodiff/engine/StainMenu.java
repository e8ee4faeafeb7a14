package org.immunodiff.engine;

import org.immunodiff.knowledge.CsvTable;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.KnowledgeBaseException;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stains a laboratory offers: a CSV given with {@code --stain-menu}, one stain a row under a {@code marker}
 * header, in any spelling the synonym table reads (other columns, such as the lab's own code, are ignored). The next-
 * stain advice then names only stains on the menu, and those that would separate the contenders better but are not
 * on it apart, as stains to send out. {@link #EVERY_STAIN}, the default, offers every stain the tables can advise.
 */
public final class StainMenu {
    /** No menu: every stain may be recommended. */
    public static final StainMenu EVERY_STAIN = new StainMenu(null);

    /** Canonical marker names; null for every stain. */
    private final Set<String> markers;

    private StainMenu(Set<String> markers) { this.markers = markers == null ? null : Set.copyOf(markers); }

    /** A menu of these canonical marker names (as the knowledge base names them). */
    public static StainMenu of(java.util.Collection<String> canonicalMarkers) { return new StainMenu(Set.copyOf(canonicalMarkers)); }

    /**
     * Reads a laboratory's menu; a stain the synonym table cannot read fails, naming the line, and so does a menu
     * without a stain: a half-read menu would silently narrow the advice.
     */
    public static StainMenu load(Path csv, KnowledgeBase kb) {
        Set<String> offered = new TreeSet<>();
        for (CsvTable.Row r : CsvTable.read(csv, "stain menu", Set.of("marker"))) offered.add(kb.markerIn(r, "marker").name());
        if (offered.isEmpty()) throw new KnowledgeBaseException("stain menu " + csv + " lists no stain");
        return new StainMenu(offered);
    }

    /** Whether the laboratory offers this stain (canonical name); always, without a menu. */
    public boolean offers(String marker) { return markers == null || markers.contains(marker); }

    /** Whether a menu narrows the advice. */
    public boolean restricts() { return markers != null; }

    /** How many stains the menu lists (0 without a menu). */
    public int size() { return markers == null ? 0 : markers.size(); }
}
