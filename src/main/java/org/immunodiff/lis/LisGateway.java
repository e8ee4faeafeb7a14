package org.immunodiff.lis;

import org.immunodiff.contract.InvalidPanelException;
import org.immunodiff.knowledge.Lazy;
import org.immunodiff.model.Evaluation;
import org.immunodiff.service.EvaluationService;

import java.util.List;

/** The LIS front door: an HL7 v2 or FHIR message in, the answer (or the protocol's own error) out. */
public final class LisGateway {
    /** An answer to send back, and whether the message was accepted. */
    public record Answer(boolean accepted, String body, Evaluation evaluation) { }

    private final EvaluationService service;
    private final Lazy<Hl7v2Adapter> hl7;
    private final Lazy<FhirAdapter> fhir;

    /** The HL7 and FHIR machinery is heavy to start; it is built on the first message, not with the server. */
    public LisGateway(EvaluationService service, CodeMap codes) {
        this.service = service;
        this.hl7 = new Lazy<>(() -> new Hl7v2Adapter(service.knowledgeBase(), codes));
        this.fhir = new Lazy<>(() -> new FhirAdapter(service.knowledgeBase(), codes));
    }

    private Hl7v2Adapter hl7() { return hl7.get(); }

    private FhirAdapter fhirAdapter() { return fhir.get(); }

    /** An ORU^R01 in; an ORU^R01 with the evaluation, or an ACK AE/AR locating the problem, out. */
    public Answer hl7v2(String er7) {
        Hl7v2Adapter.Inbound in;
        try {
            in = hl7().read(er7);
        } catch (LisInputException e) {
            return new Answer(false, hl7().ack(Hl7v2Adapter.controlIdOf(er7), e), null);
        }
        try {
            Evaluation e = service.evaluate(in.panel());
            return new Answer(true, hl7().answer(e, in.controlId()), e);
        } catch (InvalidPanelException e) {
            LisInputException problem = new LisInputException(
                    List.of(new LisInputException.Problem(hl7().locate(in, e), e.getMessage() + " (panel field " + e.field() + ")")), false);
            return new Answer(false, hl7().ack(in.controlId(), problem), null);
        }
    }

    /** A FHIR Bundle in; a Bundle with the DiagnosticReport, or an OperationOutcome, out. */
    public Answer fhir(String json) {
        FhirAdapter.Inbound in;
        try {
            in = fhirAdapter().read(json);
        } catch (LisInputException e) {
            return new Answer(false, fhirAdapter().outcome(e), null);
        }
        try {
            Evaluation e = service.evaluate(in.panel());
            return new Answer(true, fhirAdapter().answer(e), e);
        } catch (InvalidPanelException e) {
            return new Answer(false, fhirAdapter().outcome(LisInputException.error(fhirAdapter().locate(in, e), e.getMessage() + " (panel field " + e.field() + ")")), null);
        }
    }

    /** An ACK rejecting a message too large to read. */
    public String hl7TooLarge(long limit) {
        return hl7().ack(null, LisInputException.reject("message", "the message is larger than the limit of " + limit + " bytes"));
    }

    /** An OperationOutcome rejecting a resource too large to read. */
    public String fhirTooLarge(long limit) {
        return fhirAdapter().outcome(LisInputException.reject("Bundle", "the resource is larger than the limit of " + limit + " bytes"));
    }
}
