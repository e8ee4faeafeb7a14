package org.immunodiff.cli;

import org.immunodiff.engine.Consequences;
import org.immunodiff.knowledge.KnowledgeFiles;

import org.immunodiff.knowledge.KnowledgeBaseException;
import org.immunodiff.service.EvaluationService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code java -jar immunodiff.jar evaluate|batch ...} */
@Command(name = "immunodiff", mixinStandardHelpOptions = true, version = "Immunodiff 0.1.0",
        description = "Decision support for the immunohistochemical differential of spindle-cell tumours. Not a diagnosis.",
        subcommands = {EvaluateCommand.class, BatchCommand.class, ServeCommand.class})
public final class ImmunodiffCli {
    /** Exit codes: 0 done, 1 knowledge base or I/O failure, 2 bad input. */
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_FAILURE = 1;

    @Option(names = "--rules", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            description = "Load the knowledge base from this folder instead of the one in the jar.")
    Path rules;

    @Option(names = "--code-map", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
            description = "CSV (code,marker) mapping the laboratory's own test codes to markers, for HL7 v2 and FHIR input.")
    Path codeMap;

    @Option(names = "--stain-menu", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
            description = "CSV with a 'marker' column: the stains the laboratory offers. Next stains are then chosen among "
                    + "them; better ones it does not offer are listed apart (stainMenu.notOffered).")
    Path stainMenu;

    org.immunodiff.lis.CodeMap codeMap(EvaluationService service) {
        return codeMap == null ? org.immunodiff.lis.CodeMap.loincOnly(service.knowledgeBase())
                : org.immunodiff.lis.CodeMap.load(codeMap, service.knowledgeBase());
    }

    EvaluationService service() { return service(Consequences.PRECOMPILED); }

    /** The knowledge base of --rules, or the one in the jar, with rule consequences compiled as asked. */
    EvaluationService service(Consequences consequences) {
        EvaluationService service = EvaluationService.create(rules == null ? KnowledgeFiles.fromClasspath()
                : KnowledgeFiles.fromDirectory(rules), consequences);
        return stainMenu == null ? service
                : service.withStainMenu(org.immunodiff.engine.StainMenu.load(stainMenu, service.knowledgeBase()));
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), System.out, args);
    }

    static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) { return run(out, err, null, args); }

    /** The process's standard output as bytes, when it is the real one (batch writes UTF-8 straight to it); else null. */
    private java.io.OutputStream rawStdout;

    java.io.OutputStream rawStdout() { return rawStdout; }

    private static int run(java.io.PrintWriter out, java.io.PrintWriter err, java.io.OutputStream rawStdout, String... args) {
        ImmunodiffCli top = new ImmunodiffCli();
        top.rawStdout = rawStdout;
        CommandLine cli = new CommandLine(top);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof KnowledgeBaseException) {
                cmd.getErr().println("knowledge base error: " + ex.getMessage());
            } else {
                cmd.getErr().println("error: " + ex);
                if (System.getenv("IMMUNODIFF_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            }
            return EXIT_FAILURE;
        });
        return cli.execute(args);
    }
}
