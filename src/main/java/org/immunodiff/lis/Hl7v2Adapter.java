package org.immunodiff.lis;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v25.datatype.CWE;
import ca.uhn.hl7v2.model.v25.datatype.NM;
import ca.uhn.hl7v2.model.v25.datatype.ST;
import ca.uhn.hl7v2.model.v25.message.ACK;
import ca.uhn.hl7v2.model.v25.message.ORU_R01;
import ca.uhn.hl7v2.model.v25.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v25.segment.ERR;
import ca.uhn.hl7v2.model.v25.segment.MSH;
import ca.uhn.hl7v2.model.v25.segment.OBR;
import ca.uhn.hl7v2.model.v25.segment.OBX;
import ca.uhn.hl7v2.model.v25.segment.PID;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.immunodiff.contract.InvalidPanelException;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.model.Caveat;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Grade;
import org.immunodiff.model.Numbers;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.model.Recommendation;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * HL7 v2 in and out (HAPI HL7v2): an ORU^R01 of versions 2.3 to 2.8 with one OBX per stain becomes a panel; the
 * evaluation goes back as an ORU^R01 whose OBX segments carry the differential, the grade, caveats and
 * recommendations, with the inbound MSH-10 echoed in an MSA segment. A bad message gets an ACK with AE or AR and an
 * ERR segment that locates the segment and field.
 */
public final class Hl7v2Adapter {
    private static final Set<String> VERSIONS = Set.of("2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8", "2.8.1", "2.8.2");
    private static final int REPORTED = 5;

    private final KnowledgeBase kb;
    private final CodeMap codes;
    private final HapiContext hapi;

    public Hl7v2Adapter(KnowledgeBase kb, CodeMap codes) {
        this.kb = kb;
        this.codes = codes;
        this.hapi = new DefaultHapiContext();
        hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
        hapi.setValidationContext(ValidationContextFactory.noValidation());
        // Control ids from memory: HAPI's default generator writes an id_file into the working directory.
        hapi.getParserConfiguration().setIdGenerator(new ca.uhn.hl7v2.util.idgenerator.InMemoryIDGenerator());
    }

    /** The inbound message, parsed, and the panel it carries. */
    public record Inbound(ORU_R01 message, ObjectNode panel, LisPanel source) {
        public String controlId() { return message.getMSH().getMessageControlID().getValue(); }
    }

    public Inbound read(String er7) {
        String text = normalise(er7);
        if (!text.startsWith("MSH")) throw LisInputException.reject("MSH", "the message does not start with an MSH segment");
        String version = mshField(text, 12);
        if (version == null || !VERSIONS.contains(version.split("\\^")[0])) {
            throw LisInputException.reject("MSH-12", "HL7 version '" + version + "' is not supported (2.3 to 2.8)");
        }
        String type = mshField(text, 9);
        if (type == null || !type.startsWith("ORU^R01")) throw LisInputException.reject("MSH-9", "expected ORU^R01, got '" + type + "'");
        Message parsed;
        try {
            parsed = hapi.getPipeParser().parse(text);
        } catch (HL7Exception e) {
            String where = e.getLocation() != null && e.getLocation().getSegmentName() != null
                    ? e.getLocation().getSegmentName() + (e.getLocation().getField() > 0 ? "-" + e.getLocation().getField() : "") : "message";
            throw LisInputException.error(where, "cannot parse: " + e.getMessage());
        }
        if (!(parsed instanceof ORU_R01 oru)) throw LisInputException.reject("MSH-9", "expected ORU^R01");
        LisPanel panel = new LisPanel(kb, codes);
        try {
            PID pid = oru.getPATIENT_RESULT().getPATIENT().getPID();
            panel.sex(pid.getAdministrativeSex().getValue());
            String dob = pid.getDateTimeOfBirth().getTime().getValue();
            String observed = null;
            int orders = oru.getPATIENT_RESULT().getORDER_OBSERVATIONReps();
            if (orders == 0) throw LisInputException.error("OBR", "the message has no OBR/OBX order observation");
            for (int o = 0; o < orders; o++) {
                ORU_R01_ORDER_OBSERVATION oo = oru.getPATIENT_RESULT().getORDER_OBSERVATION(o);
                OBR obr = oo.getOBR();
                if (o == 0) {
                    String filler = obr.getFillerOrderNumber().getEntityIdentifier().getValue();
                    panel.caseId(filler != null ? filler : obr.getPlacerOrderNumber().getEntityIdentifier().getValue());
                    observed = obr.getObservationDateTime().getTime().getValue();
                    CWE source = obr.getSpecimenSource().getSpecimenSourceNameOrCode();
                    panel.site(source.getText().getValue() != null ? source.getText().getValue() : source.getIdentifier().getValue());
                    if (oo.getSPECIMENReps() > 0) {
                        CWE site = oo.getSPECIMEN(0).getSPM().getSpecimenSourceSite();
                        if (site.getText().getValue() != null || site.getIdentifier().getValue() != null) {
                            panel.site(site.getText().getValue() != null ? site.getText().getValue() : site.getIdentifier().getValue());
                        }
                    }
                }
                for (int j = 0; j < oo.getOBSERVATIONReps(); j++) {
                    OBX obx = oo.getOBSERVATION(j).getOBX();
                    String set = obx.getSetIDOBX().getValue() != null ? obx.getSetIDOBX().getValue() : String.valueOf(j + 1);
                    String value = obx.getObservationValueReps() > 0 ? obx.getObservationValue(0).encode() : null;
                    if (value != null) value = value.replace('^', ' ').trim();
                    panel.observation(obx.getObservationIdentifier().getIdentifier().getValue(),
                            obx.getObservationIdentifier().getText().getValue(), value, obx.getUnits().getIdentifier().getValue(),
                            "OBX-5 (OBX set " + set + ")");
                }
            }
            if (dob != null && !panel.panel.path("patient").has("age")) {
                LocalDate born = date(dob, "PID-7");
                LocalDate at = observed != null ? date(observed, "OBR-7") : date(oru.getMSH().getDateTimeOfMessage().getTime().getValue(), "MSH-7");
                panel.age(Period.between(born, at).getYears());
            }
        } catch (HL7Exception e) {
            throw LisInputException.error("message", e.getMessage());
        }
        return new Inbound(oru, panel.panel, panel);
    }

    /** Where a panel field came from in the message, for an ERR segment. */
    public String locate(Inbound in, InvalidPanelException e) {
        return switch (e.field()) {
            case "patient.age" -> "PID-7";
            case "patient.sex" -> "PID-8";
            case "markers" -> "OBX";
            default -> in.source().locate(e.field(), "OBX-5");
        };
    }

    /** The evaluation as an ORU^R01 (v2.5), with the inbound control id echoed in MSA. */
    public String answer(Evaluation e, String inboundControlId) {
        try {
            ORU_R01 out = new ORU_R01();
            out.setParser(hapi.getPipeParser());
            out.initQuickstart("ORU", "R01", "P");
            MSH msh = out.getMSH();
            msh.getSendingApplication().getNamespaceID().setValue("IMMUNODIFF");
            msh.getMessageControlID().setValue(controlId());
            ORU_R01_ORDER_OBSERVATION oo = out.getPATIENT_RESULT().getORDER_OBSERVATION();
            OBR obr = oo.getOBR();
            obr.getSetIDOBR().setValue("1");
            obr.getFillerOrderNumber().getEntityIdentifier().setValue(e.caseId());
            obr.getUniversalServiceIdentifier().getIdentifier().setValue("IMMDX");
            obr.getUniversalServiceIdentifier().getText().setValue("Immunodiff decision support (not a diagnosis)");
            obr.getResultStatus().setValue("F");
            int n = 0;
            for (RankedDiagnosis d : e.diagnoses().subList(0, Math.min(REPORTED, e.diagnoses().size()))) {
                OBX obx = obx(out, oo, n++, "CWE", "IMMDX-DX" + d.rank(), "Differential rank " + d.rank());
                CWE value = new CWE(out);
                value.getIdentifier().setValue(d.id());
                value.getText().setValue(d.name());
                value.getNameOfCodingSystem().setValue("IMMDX");
                value.getAlternateIdentifier().setValue(d.icdO());
                value.getAlternateText().setValue(d.name());
                value.getNameOfAlternateCodingSystem().setValue("ICDO3");
                obx.getObservationValue(0).setData(value);
                OBX p = obx(out, oo, n++, "NM", "IMMDX-P" + d.rank(), "Probability of rank " + d.rank());
                NM prob = new NM(out);
                prob.setValue(Numbers.twoDecimals(d.probability() * 100));
                p.getObservationValue(0).setData(prob);
                p.getUnits().getIdentifier().setValue("%");
            }
            Grade g = e.grade();
            if (g != null) {
                n = number(out, oo, n, "IMMDX-GRADE", "FNCLCC grade", g.grade());
                n = number(out, oo, n, "IMMDX-GRADE-DIFF", "FNCLCC differentiation score", g.differentiation());
                n = number(out, oo, n, "IMMDX-GRADE-MIT", "FNCLCC mitotic score" + (g.surrogate() ? " (Ki-67 surrogate)" : ""), g.mitoses());
                n = number(out, oo, n, "IMMDX-GRADE-NEC", "FNCLCC necrosis score", g.necrosis());
                n = number(out, oo, n, "IMMDX-GRADE-TOTAL", "FNCLCC total", g.total());
            }
            for (Caveat c : e.caveats()) n = text(out, oo, n, "IMMDX-CAVEAT", "Caveat", c.text());
            for (Recommendation r : e.recommendations()) {
                n = text(out, oo, n, "IMMDX-NEXT", "Recommended stain", r.marker() + ": " + r.reason());
            }
            if (e.stainMenu() != null) { // a laboratory's stain menu: the better stains it does not offer, to send out
                for (Recommendation r : e.stainMenu().notOffered()) {
                    n = text(out, oo, n, "IMMDX-SENDOUT", "Stain not on the laboratory's menu", r.marker() + ": " + r.reason());
                }
            }
            n = text(out, oo, n, "IMMDX-KB", "Knowledge base", e.knowledgeBase().version() + " sha256 " + e.knowledgeBase().sha256());
            text(out, oo, n, "IMMDX-NOTICE", "Notice", "Decision support only, not a diagnosis.");
            return withMsa(out.encode(), "AA", inboundControlId);
        } catch (HL7Exception | IOException x) {
            throw new IllegalStateException("cannot build the ORU^R01 answer", x);
        }
    }

    /** An ACK with AE (error in content) or AR (rejected), an ERR segment per problem. */
    public String ack(String inboundControlId, LisInputException problem) {
        try {
            ACK ack = new ACK();
            ack.setParser(hapi.getPipeParser());
            ack.initQuickstart("ACK", "R01", "P");
            ack.getMSH().getSendingApplication().getNamespaceID().setValue("IMMUNODIFF");
            ack.getMSH().getMessageControlID().setValue(controlId());
            ack.getMSA().getAcknowledgmentCode().setValue(problem.isReject() ? "AR" : "AE");
            ack.getMSA().getMessageControlID().setValue(inboundControlId == null ? "" : inboundControlId);
            int i = 0;
            for (LisInputException.Problem p : problem.problems()) {
                ERR err = ack.getERR(i++);
                String[] loc = p.location().split("[- ]", 3);
                err.getErrorLocation(0).getSegmentID().setValue(loc[0]);
                if (loc.length > 1 && loc[1].matches("\\d+")) err.getErrorLocation(0).getFieldPosition().setValue(loc[1]);
                err.getHL7ErrorCode().getIdentifier().setValue(problem.isReject() ? "200" : "207");
                err.getHL7ErrorCode().getText().setValue(problem.isReject() ? "Unsupported message" : "Application error");
                err.getHL7ErrorCode().getNameOfCodingSystem().setValue("HL70357");
                err.getSeverity().setValue("E");
                err.getUserMessage().setValue(p.location() + ": " + p.message());
            }
            return ack.encode();
        } catch (HL7Exception | IOException x) {
            throw new IllegalStateException("cannot build the ACK", x);
        }
    }

    /** A control id unique across restarts and replicas (MSH-10 of our answers). */
    private static String controlId() {
        return "IMMDX-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(java.util.Locale.ROOT);
    }

    /** MSH-10 of a raw message, read without parsing it (for the ACK of a message that does not parse). */
    public static String controlIdOf(String er7) {
        String text = normalise(er7);
        return text.startsWith("MSH") ? mshField(text, 10) : null;
    }

    private static OBX obx(ORU_R01 out, ORU_R01_ORDER_OBSERVATION oo, int i, String type, String code, String text) throws HL7Exception {
        OBX obx = oo.getOBSERVATION(i).getOBX();
        obx.getSetIDOBX().setValue(String.valueOf(i + 1));
        obx.getValueType().setValue(type);
        obx.getObservationIdentifier().getIdentifier().setValue(code);
        obx.getObservationIdentifier().getText().setValue(text);
        obx.getObservationIdentifier().getNameOfCodingSystem().setValue("L");
        obx.getObservationResultStatus().setValue("F");
        return obx;
    }

    private static int number(ORU_R01 out, ORU_R01_ORDER_OBSERVATION oo, int i, String code, String text, int value) throws HL7Exception {
        OBX obx = obx(out, oo, i, "NM", code, text);
        NM nm = new NM(out);
        nm.setValue(String.valueOf(value));
        obx.getObservationValue(0).setData(nm);
        return i + 1;
    }

    private static int text(ORU_R01 out, ORU_R01_ORDER_OBSERVATION oo, int i, String code, String label, String value) throws HL7Exception {
        OBX obx = obx(out, oo, i, "ST", code, label);
        ST st = new ST(out);
        st.setValue(value.replace('|', '/').replace('^', ' ').replace('~', '-').replace('\\', '/').replace('&', '+'));
        obx.getObservationValue(0).setData(st);
        return i + 1;
    }

    private static String withMsa(String er7, String code, String controlId) {
        int end = er7.indexOf('\r');
        return er7.substring(0, end + 1) + "MSA|" + code + "|" + (controlId == null ? "" : controlId) + "\r" + er7.substring(end + 1);
    }

    private static LocalDate date(String hl7, String field) {
        try {
            return LocalDate.parse(hl7.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (RuntimeException e) {
            throw LisInputException.error(field, "not an HL7 date (YYYYMMDD...): '" + hl7 + "'");
        }
    }

    private static String normalise(String er7) {
        return er7.replace("\r\n", "\r").replace('\n', '\r').strip();
    }

    private static String mshField(String text, int field) {
        int end = text.indexOf('\r');
        String msh = end < 0 ? text : text.substring(0, end);
        if (msh.length() < 4) return null;
        String[] parts = msh.split(java.util.regex.Pattern.quote(String.valueOf(msh.charAt(3))), -1);
        // MSH-1 is the field separator itself, so MSH-n is parts[n - 1].
        return parts.length >= field ? parts[field - 1] : null;
    }

}
