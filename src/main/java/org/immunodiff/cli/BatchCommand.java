package org.immunodiff.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.immunodiff.contract.AnswerBuffer;
import org.immunodiff.contract.EvaluationJson;
import org.immunodiff.contract.InvalidPanelException;
import org.immunodiff.contract.Json;
import org.immunodiff.model.Detail;
import org.immunodiff.service.EvaluationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Evaluates NDJSON panels, one a line, streaming: results come out one a line in input order, a bad line
 * answered by {"line": N, "error": ..., "field": ...} in its place. Memory stays bounded by the block size.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Evaluate NDJSON panels (one a line) into NDJSON results in the same order.")
final class BatchCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(BatchCommand.class);
    private static final int BLOCK = 256;
    /**
     * Lines a worker evaluates in one task. One task a line made the writing thread wait on (and be woken for) every
     * answer, and the workers take every line off a shared queue: on two cores those wake-ups interrupted the workers
     * (a tenth of their time went to rescheduling interrupts under async-profiler). Sixteen tasks a block still share
     * the work evenly between the cores.
     */
    private static final int CHUNK = 16;

    @ParentCommand ImmunodiffCli parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "NDJSON input file, or - for standard input.")
    String in;

    @Option(names = "--out", paramLabel = "FILE", description = "Write results here instead of standard output.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--detail", paramLabel = "LEVEL", converter = DetailConverter.class, defaultValue = "full",
            description = "full (default: ten diagnoses, every reason) or brief (five diagnoses, three reasons each way; "
                    + "the ranking, probabilities, grade, caveats and recommendations are the same).")
    Detail detail;

    private record Line(long number, String text) { }

    /** Answer buffers written out and free for the next answers (at most two blocks' worth exist at a time). */
    private final java.util.concurrent.ConcurrentLinkedQueue<AnswerBuffer> freeBuffers = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @Override
    public Integer call() throws Exception {
        EvaluationService service = parent.service();
        long started = System.nanoTime();
        AtomicLong evaluated = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        boolean fromStdin = "-".equals(in);
        if (!fromStdin && !Files.isReadable(Path.of(in))) {
            spec.commandLine().getErr().println("error: cannot read " + in);
            return ImmunodiffCli.EXIT_BAD_INPUT;
        }
        try (BufferedReader reader = fromStdin
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
             OutputStream sink = sink();
             ProgressBar progress = progressBar(fromStdin)) {
            // Two blocks in flight: the workers evaluate block n + 1 while this thread writes block n out, so writing
            // (a full answer is some 55 KB) never leaves the cores idle; memory stays bounded by two blocks.
            long lineNumber = 0;
            List<Line> block = new ArrayList<>(BLOCK);
            List<Future<AnswerBuffer[]>> previous = List.of();
            String text;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                if (text.isBlank()) continue;
                block.add(new Line(lineNumber, text));
                if (block.size() == BLOCK) {
                    List<Future<AnswerBuffer[]>> submitted = submit(block, service, pool, evaluated, rejected);
                    drain(previous, sink, progress);
                    previous = submitted;
                    block = new ArrayList<>(BLOCK);
                }
            }
            List<Future<AnswerBuffer[]>> last = submit(block, service, pool, evaluated, rejected);
            drain(previous, sink, progress);
            drain(last, sink, progress);
            sink.flush();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long total = evaluated.get() + rejected.get();
        spec.commandLine().getErr().printf("batch: %d panels, %d evaluated, %d rejected, in %.1f s (%.0f panels/s)%n",
                total, evaluated.get(), rejected.get(), seconds, total / Math.max(seconds, 1e-9));
        LOG.info("batch done: {} evaluated, {} rejected", evaluated.get(), rejected.get());
        return 0;
    }

    /**
     * Where results go, as UTF-8 bytes: the --out file, the process's standard output, or (when run embedded, as in
     * the tests) the command line's writer. Workers encode each result; this thread only copies bytes, in input order.
     */
    private OutputStream sink() throws IOException {
        if (out != null) return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        OutputStream stdout = parent.rawStdout();
        if (stdout != null) return new BufferedOutputStream(stdout, 1 << 16) {
            @Override
            public void close() throws IOException { flush(); } // never close the process's stdout
        };
        PrintWriter writer = spec.commandLine().getOut();
        return new OutputStream() {
            @Override
            public void write(int b) { throw new UnsupportedOperationException("whole results only"); }

            @Override
            public void write(byte[] b, int off, int len) { writer.write(new String(b, off, len, StandardCharsets.UTF_8)); }

            @Override
            public void flush() { writer.flush(); }
        };
    }

    /** Hands a block to the workers in runs of {@link #CHUNK} lines, each run's answers in input order. */
    private List<Future<AnswerBuffer[]>> submit(List<Line> block, EvaluationService service, ExecutorService pool,
                                                AtomicLong evaluated, AtomicLong rejected) {
        List<Future<AnswerBuffer[]>> results = new ArrayList<>((block.size() + CHUNK - 1) / CHUNK);
        for (int from = 0; from < block.size(); from += CHUNK) {
            List<Line> run = block.subList(from, Math.min(from + CHUNK, block.size()));
            results.add(pool.submit(() -> {
                AnswerBuffer[] answers = new AnswerBuffer[run.size()];
                for (int i = 0; i < answers.length; i++) answers[i] = evaluateLine(run.get(i), service, detail, evaluated, rejected);
                return answers;
            }));
        }
        return results;
    }

    /** Writes a block's results in input order, waiting for each run in turn, and frees their buffers. */
    private void drain(List<Future<AnswerBuffer[]>> results, OutputStream sink, ProgressBar progress) throws Exception {
        long written = 0;
        for (Future<AnswerBuffer[]> f : results) {
            for (AnswerBuffer result : f.get()) {
                result.write('\n');
                result.writeTo(sink);
                if (result.worthKeeping()) freeBuffers.offer(result);
                written++;
            }
        }
        if (progress != null && written > 0) progress.stepBy(written);
    }

    private AnswerBuffer evaluateLine(Line line, EvaluationService service, Detail detail, AtomicLong evaluated, AtomicLong rejected)
            throws IOException {
        AnswerBuffer out = freeBuffers.poll();
        if (out == null) out = new AnswerBuffer(32 * 1024);
        out.reset();
        try {
            EvaluationJson.writeTo(service.evaluate(line.text(), detail), out);
            evaluated.incrementAndGet();
        } catch (InvalidPanelException e) {
            rejected.incrementAndGet();
            out.reset();
            ObjectNode error = Json.MAPPER.createObjectNode();
            error.put("line", line.number());
            error.put("error", e.getMessage());
            error.put("field", e.field());
            Json.MAPPER.writeValue(out, error);
        }
        return out;
    }

    /** A progress bar on stderr, only when stderr is a terminal (never in pipes, logs or CI). */
    private ProgressBar progressBar(boolean fromStdin) throws IOException {
        if (System.console() == null) return null;
        long total = fromStdin ? -1 : countLines(Path.of(in));
        return new ProgressBarBuilder().setTaskName("panels").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    private static long countLines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        }
    }
}
