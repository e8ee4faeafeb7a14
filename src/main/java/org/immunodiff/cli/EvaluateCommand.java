package org.immunodiff.cli;

import org.immunodiff.contract.EvaluationJson;
import org.immunodiff.contract.InvalidPanelException;
import org.immunodiff.model.Evaluation;
import org.immunodiff.service.EvaluationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate one panel (contract v1 JSON) and print a readable report, or the JSON result with --json.")
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand ImmunodiffCli parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The panel file, or - for standard input.")
    String file;

    @Option(names = "--json", description = "Print the contract JSON result instead of the report.")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Input format: json (contract v1, default), hl7v2 (ORU^R01, answered with an ORU^R01) or fhir (R4 Bundle, answered with a Bundle).")
    String format;

    @Option(names = "--detail", paramLabel = "LEVEL", converter = DetailConverter.class, defaultValue = "full",
            description = "full (default: ten diagnoses, every reason) or brief (five diagnoses, three reasons each way).")
    org.immunodiff.model.Detail detail;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String input;
        try {
            input = "-".equals(file) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + file);
            return ImmunodiffCli.EXIT_BAD_INPUT;
        } catch (java.nio.charset.MalformedInputException e) {
            err.println("error: " + file + " is not UTF-8 text");
            return ImmunodiffCli.EXIT_BAD_INPUT;
        }
        // one panel in a fresh JVM: the rules precompiled in the jar, or, for other DRL, interpreted consequences (about 1 s sooner than a Java compile; same answer)
        EvaluationService service = parent.service(org.immunodiff.engine.Consequences.PRECOMPILED_OR_INTERPRETED);
        if (format.equals("hl7v2") || format.equals("fhir")) {
            var gateway = new org.immunodiff.lis.LisGateway(service, parent.codeMap(service));
            var answer = format.equals("hl7v2") ? gateway.hl7v2(input) : gateway.fhir(input);
            if (!answer.accepted()) {
                err.println("error: the message was not accepted; the " + (format.equals("hl7v2") ? "ACK" : "OperationOutcome") + " follows");
                err.println(answer.body().replace('\r', '\n'));
                return ImmunodiffCli.EXIT_BAD_INPUT;
            }
            out.println(answer.body().replace('\r', '\n'));
            out.flush();
            return 0;
        }
        if (!format.equals("json")) {
            err.println("error: --format must be json, hl7v2 or fhir, not '" + format + "'");
            return ImmunodiffCli.EXIT_BAD_INPUT;
        }
        Evaluation evaluation;
        try {
            evaluation = service.evaluate(input, detail);
        } catch (InvalidPanelException e) {
            err.println("error: invalid panel: " + e.field() + ": " + e.getMessage());
            return ImmunodiffCli.EXIT_BAD_INPUT;
        }
        if (json) {
            out.println(EvaluationJson.toPrettyJsonString(evaluation));
        } else {
            out.print(TextReport.render(evaluation));
        }
        out.flush();
        return 0;
    }
}
