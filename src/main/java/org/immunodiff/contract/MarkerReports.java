package org.immunodiff.contract;

import org.immunodiff.knowledge.MarkerDictionary;
import org.immunodiff.knowledge.MarkerFamilyNames;
import org.immunodiff.model.MarkerObservation;
import org.immunodiff.model.StainResult;
import org.immunodiff.model.Warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every report of each marker a panel gives, decided once all are read, so the answer does not depend on their order.
 * One report stands as it is. Reports that agree are a duplicate: of those not given by a family name (else of all),
 * the one with the highest percentage is used (an index's hot spot), else the first. Reports that disagree are read as equivocal and not weighed, unless the only dissent comes from
 * family names ("actin", "cytokeratin") beside reports by the member's own name that agree: a family name may have
 * meant another member, so the specific reports are read.
 */
final class MarkerReports {
    private final MarkerFamilyNames familyNames;
    private final MarkerDictionary dictionary;
    /** The first report of each marker, in panel order; most panels name each marker once. */
    private final Map<String, MarkerObservation> first = new LinkedHashMap<>();
    /** All reports of a marker reported more than once. */
    private Map<String, List<MarkerObservation>> repeated;

    MarkerReports(MarkerFamilyNames familyNames, MarkerDictionary dictionary) {
        this.familyNames = familyNames;
        this.dictionary = dictionary;
    }

    void add(MarkerObservation o) {
        MarkerObservation earlier = first.putIfAbsent(o.marker(), o);
        if (earlier == null) return;
        if (repeated == null) repeated = new HashMap<>();
        repeated.computeIfAbsent(o.marker(), k -> new ArrayList<>(List.of(earlier))).add(o);
    }

    /** One observation per marker, in the order the markers were first given; what was set aside is warned. */
    List<MarkerObservation> decide(List<Warning> warnings) {
        List<MarkerObservation> out = new ArrayList<>(first.size());
        for (MarkerObservation o : first.values()) {
            List<MarkerObservation> all = repeated == null ? null : repeated.get(o.marker());
            out.add(all == null ? o : decide(o.marker(), all, warnings));
        }
        return out;
    }

    private MarkerObservation decide(String marker, List<MarkerObservation> all, List<Warning> warnings) {
        List<MarkerObservation> withResult = all.stream().filter(o -> o.result() != null).toList();
        List<MarkerObservation> specific = withResult.stream().filter(o -> !isFamilyName(o)).toList();
        if (withResult.stream().map(MarkerObservation::result).distinct().count() <= 1) {
            MarkerObservation used = highestPercent(!specific.isEmpty() ? specific : !withResult.isEmpty() ? withResult : all);
            warnings.add(new Warning(Warning.DUPLICATE_MARKER, marker + " given more than once (as " + names(all)
                    + "); '" + used.reportedAs() + "' is used"));
            return used;
        }
        boolean specificAgree = !specific.isEmpty() && specific.stream().map(MarkerObservation::result).distinct().count() == 1;
        if (specificAgree && specific.size() < withResult.size()) {
            MarkerObservation used = specific.get(0);
            String setAside = names(withResult.stream().filter(this::isFamilyName).toList());
            warnings.add(new Warning(Warning.CONFLICTING_RESULTS, marker + " reported " + described(withResult) + "; "
                    + setAside + (setAside.contains("', '") ? " name" : " names") + " a family of stains and may mean"
                    + " another member, so '" + used.reportedAs() + "' is read"));
            return used;
        }
        warnings.add(new Warning(Warning.CONFLICTING_RESULTS, marker + " reported " + described(withResult)
                + "; read as equivocal and not weighed"));
        MarkerObservation firstReport = all.get(0);
        return new MarkerObservation(marker, firstReport.reportedAs(), StainResult.EQUIVOCAL, null, null, null,
                highestPercent(all).percent());
    }

    /** The report giving the highest percentage (an index's hot spot: "Ki-67 5 %" and "MIB-1 40 %" read 40), else the first. */
    private static MarkerObservation highestPercent(List<MarkerObservation> reports) {
        MarkerObservation best = reports.get(0);
        for (MarkerObservation o : reports) {
            if (o.percent() != null && (best.percent() == null || o.percent() > best.percent())) best = o;
        }
        return best;
    }

    private boolean isFamilyName(MarkerObservation o) {
        return familyNames.names(ReportedMarkerName.read(o.reportedAs()).marker(), o.marker(), dictionary);
    }

    private static String names(List<MarkerObservation> reports) {
        return reports.stream().map(o -> "'" + o.reportedAs() + "'").distinct().collect(Collectors.joining(", "));
    }

    /** "positive as 'SMA' and negative as 'actin'". */
    private static String described(List<MarkerObservation> reports) {
        return reports.stream().map(o -> o.result().name().toLowerCase(Locale.ROOT) + " as '" + o.reportedAs() + "'")
                .collect(Collectors.joining(" and "));
    }
}
