package org.immunodiff.lis;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.immunodiff.contract.InvalidPanelException;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.model.Caveat;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Grade;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.model.Recommendation;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * FHIR R4 in and out (HAPI FHIR structures, not a server): a Bundle with Patient, Specimen, DiagnosticReport and one
 * Observation per stain (LOINC where a code exists, or the lab's codes through the code map) becomes a panel; the
 * answer is a Bundle with a DiagnosticReport (conclusion as text and code) and Observations for the leading
 * diagnoses and the grade. A bad resource gets an OperationOutcome with the path of each problem.
 */
public final class FhirAdapter {
    /** The FHIR context is expensive to build: one per process, built on first use (holder idiom). */
    private static final class FhirR4 {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }
    private static final String IMMDX = "https://immunodiff.org/fhir/CodeSystem/immunodiff";
    private static final String ICDO3 = "http://terminology.hl7.org/CodeSystem/icd-o-3";
    private static final int REPORTED = 5;

    private final KnowledgeBase kb;
    private final CodeMap codes;

    public FhirAdapter(KnowledgeBase kb, CodeMap codes) {
        this.kb = kb;
        this.codes = codes;
    }

    static FhirContext context() { return FhirR4.CONTEXT; }

    /** The inbound Bundle's panel, and where each of its markers came from. */
    public record Inbound(ObjectNode panel, LisPanel source) { }

    public Inbound read(String json) {
        Bundle bundle;
        try {
            IParser parser = context().newJsonParser();
            var resource = parser.parseResource(json);
            if (!(resource instanceof Bundle b)) {
                throw LisInputException.reject(resource.fhirType(), "expected a Bundle, got a " + resource.fhirType());
            }
            bundle = b;
        } catch (DataFormatException e) {
            throw LisInputException.reject("Bundle", "not a valid FHIR R4 JSON resource: " + e.getMessage());
        }
        LisPanel panel = new LisPanel(kb, codes);
        List<LisInputException.Problem> problems = new ArrayList<>();
        LocalDate birth = null;
        LocalDate observed = null;
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource r = bundle.getEntry().get(i).getResource();
            String path = "Bundle.entry[" + i + "].resource";
            if (r == null) {
                problems.add(new LisInputException.Problem("Bundle.entry[" + i + "]", "the entry has no resource"));
                continue;
            }
            try {
                if (r instanceof Patient p) {
                    if (p.hasGender()) panel.sex(p.getGender().toCode());
                    if (p.hasBirthDate()) birth = p.getBirthDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                } else if (r instanceof Specimen s) {
                    if (s.hasCollection() && s.getCollection().hasBodySite()) {
                        CodeableConcept site = s.getCollection().getBodySite();
                        panel.site(site.hasText() ? site.getText() : site.getCodingFirstRep().getDisplay());
                    }
                } else if (r instanceof DiagnosticReport d) {
                    if (d.hasIdentifier()) panel.caseId(d.getIdentifierFirstRep().getValue());
                    if (d.hasEffectiveDateTimeType()) observed = d.getEffectiveDateTimeType().getValue().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                } else if (r instanceof Observation o) {
                    observation(panel, o, path);
                }
            } catch (LisInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new LisInputException(problems, false);
        if (birth != null && !panel.panel.path("patient").has("age")) {
            panel.age(Period.between(birth, observed != null ? observed : LocalDate.now(ZoneOffset.UTC)).getYears());
        }
        return new Inbound(panel.panel, panel);
    }

    private void observation(LisPanel panel, Observation o, String path) {
        if (!o.hasCode() || (!o.getCode().hasCoding() && !o.getCode().hasText())) {
            throw LisInputException.error(path + ".code", "the Observation has no code");
        }
        Coding coding = o.getCode().getCodingFirstRep();
        String text = o.getCode().hasText() ? o.getCode().getText() : coding.getDisplay();
        String value = null;
        String units = null;
        if (o.hasValueQuantity()) {
            Quantity q = o.getValueQuantity();
            value = q.getValue() == null ? null : q.getValue().stripTrailingZeros().toPlainString();
            units = q.hasUnit() ? q.getUnit() : q.getCode();
            if ("%".equals(units) && value != null) value = value + " %";
        } else if (o.hasValueCodeableConcept()) {
            CodeableConcept v = o.getValueCodeableConcept();
            value = v.hasText() ? v.getText() : (v.getCodingFirstRep().hasDisplay() ? v.getCodingFirstRep().getDisplay() : v.getCodingFirstRep().getCode());
        } else if (o.hasValueStringType()) {
            value = o.getValueStringType().getValue();
        } else if (o.hasValueIntegerType()) {
            value = String.valueOf(o.getValueIntegerType().getValue());
        }
        if (value == null && o.hasInterpretation()) value = o.getInterpretationFirstRep().getCodingFirstRep().getCode();
        if (value == null) throw LisInputException.error(path + ".value[x]", "the Observation has no value or interpretation");
        panel.observation(coding.getCode(), text, value, units, path + ".value[x]");
    }

    /** Where a panel field came from in the Bundle. */
    public String locate(Inbound in, InvalidPanelException e) {
        return switch (e.field()) {
            case "patient.age" -> "Patient.birthDate";
            case "patient.sex" -> "Patient.gender";
            case "markers" -> "Bundle.entry";
            default -> in.source().locate(e.field(), "Bundle");
        };
    }

    /** The evaluation as a collection Bundle: a DiagnosticReport and its Observations. */
    public String answer(Evaluation e) {
        Bundle out = new Bundle();
        out.setType(Bundle.BundleType.COLLECTION);
        DiagnosticReport report = new DiagnosticReport();
        report.setId("immunodiff-report");
        report.setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL);
        report.getCode().setText("Immunodiff decision support: ranked IHC differential (not a diagnosis)")
                .addCoding(new Coding(IMMDX, "differential", "Immunodiff ranked differential"));
        if (e.caseId() != null) report.addIdentifier().setValue(e.caseId());
        report.setIssued(new Date());
        List<RankedDiagnosis> top = e.diagnoses().subList(0, Math.min(REPORTED, e.diagnoses().size()));
        StringBuilder conclusion = new StringBuilder("Decision support only, not a diagnosis. Ranked differential: ");
        for (RankedDiagnosis d : top) {
            conclusion.append(d.rank()).append(". ").append(d.name()).append(" (").append(Math.round(d.probability() * 1000) / 10.0).append(" %)");
            conclusion.append(d.rank() < top.size() ? "; " : ".");
            CodeableConcept code = new CodeableConcept().setText(d.name());
            code.addCoding(new Coding(ICDO3, d.icdO(), d.name()));
            code.addCoding(new Coding(IMMDX, d.id(), d.name()));
            if (d.rank() == 1) report.addConclusionCode(code.copy());
            Observation o = new Observation();
            o.setId("dx-" + d.rank());
            o.setStatus(Observation.ObservationStatus.FINAL);
            o.getCode().setText("Differential diagnosis, rank " + d.rank()).addCoding(new Coding(IMMDX, "differential-rank-" + d.rank(), null));
            o.setValue(code);
            o.addComponent().setCode(new CodeableConcept().setText("probability"))
                    .setValue(new Quantity().setValue(Math.round(d.probability() * 10000) / 100.0).setUnit("%"));
            add(out, report, o);
        }
        Grade g = e.grade();
        if (g != null) {
            conclusion.append(" FNCLCC grade ").append(g.grade()).append(" (").append(g.differentiation()).append("+").append(g.mitoses())
                    .append(g.surrogate() ? " [Ki-67 surrogate]" : "").append("+").append(g.necrosis()).append("=").append(g.total()).append(").");
            Observation o = new Observation();
            o.setId("grade");
            o.setStatus(Observation.ObservationStatus.FINAL);
            o.getCode().setText("FNCLCC grade").addCoding(new Coding(IMMDX, "fnclcc-grade", "FNCLCC grade"));
            o.setValue(new IntegerType(g.grade()));
            o.addComponent().setCode(new CodeableConcept().setText("differentiation")).setValue(new IntegerType(g.differentiation()));
            o.addComponent().setCode(new CodeableConcept().setText("mitoses" + (g.surrogate() ? " (Ki-67 surrogate)" : ""))).setValue(new IntegerType(g.mitoses()));
            o.addComponent().setCode(new CodeableConcept().setText("necrosis")).setValue(new IntegerType(g.necrosis()));
            o.addComponent().setCode(new CodeableConcept().setText("total")).setValue(new IntegerType(g.total()));
            add(out, report, o);
        }
        // the next stains, as the HL7 v2 answer's IMMDX-NEXT segments, and those a laboratory's menu lacks (to send out)
        int k = 0;
        for (Recommendation r : e.recommendations()) add(out, report, stain("next-stain-" + ++k, "Recommended stain", "next-stain", r));
        if (!e.recommendations().isEmpty()) {
            conclusion.append(" Next stains: ").append(String.join(", ", e.recommendations().stream().map(Recommendation::marker).toList())).append('.');
        }
        if (e.stainMenu() != null) {
            k = 0;
            for (Recommendation r : e.stainMenu().notOffered()) {
                add(out, report, stain("send-out-stain-" + ++k, "Stain not on the laboratory's menu", "send-out-stain", r));
            }
        }
        for (Caveat c : e.caveats()) conclusion.append(" Caveat: ").append(c.text());
        conclusion.append(" Knowledge base ").append(e.knowledgeBase().version()).append(" sha256 ").append(e.knowledgeBase().sha256()).append('.');
        report.setConclusion(conclusion.toString());
        out.getEntry().add(0, new Bundle.BundleEntryComponent().setFullUrl("urn:uuid:immunodiff-report").setResource(report));
        return context().newJsonParser().encodeResourceToString(out);
    }

    /** A stain to do next (or to send out), its reason as the Observation's note. */
    private static Observation stain(String id, String what, String code, Recommendation r) {
        Observation o = new Observation();
        o.setId(id);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.getCode().setText(what).addCoding(new Coding(IMMDX, code, what));
        o.setValue(new CodeableConcept().setText(r.marker()));
        o.addNote().setText(r.reason() + (r.separates().isEmpty() ? "" : " (separates " + String.join(", ", r.separates()) + ")"));
        return o;
    }

    private static void add(Bundle out, DiagnosticReport report, Observation o) {
        String url = "urn:uuid:immunodiff-" + o.getIdElement().getIdPart();
        report.addResult(new Reference(url));
        out.addEntry().setFullUrl(url).setResource(o);
    }

    /** An OperationOutcome with one issue per problem, each with its FHIRPath expression. */
    public String outcome(LisInputException problem) {
        OperationOutcome oo = new OperationOutcome();
        for (LisInputException.Problem p : problem.problems()) {
            oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(problem.isReject() ? OperationOutcome.IssueType.STRUCTURE : OperationOutcome.IssueType.INVALID)
                    .setDiagnostics(p.message()).addExpression(p.location());
        }
        return context().newJsonParser().encodeResourceToString(oo);
    }

}
