package dev.headroom.scan;

import dev.headroom.config.RuleSet;
import dev.headroom.discover.Discovery;
import dev.headroom.discover.FormatDetector;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.Readers;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.tool.ParseError;
import dev.headroom.tree.Document;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flow of one scan: discover files, parse each into a positioned tree, detect its format, read it into
 * stacks of the common model, run the active rules on every stack, and collect sorted findings. A file that
 * cannot be parsed becomes an HR900 finding and the scan goes on; a failure of headroom itself on one file is
 * recorded as an internal error and the scan goes on too.
 */
public final class Scanner {

    private final RuleSet ruleSet;
    private final ReadOptions readOptions;

    public Scanner(RuleSet ruleSet, ReadOptions readOptions) {
        this.ruleSet = ruleSet;
        this.readOptions = readOptions;
    }

    public ScanResult scan(List<Path> paths) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Map<InputFormat, Integer> byFormat = new EnumMap<>(InputFormat.class);
        Set<String> notifications = new LinkedHashSet<>();
        List<String> internalErrors = new ArrayList<>();
        int scanned = 0;
        for (Discovery.Candidate c : Discovery.find(paths)) {
            FileOutcome o = scanFile(c, findings, internalErrors);
            if (o.format() != null) byFormat.merge(o.format(), 1, Integer::sum);
            if (o.counted()) scanned++;
        }
        findings.sort(Finding.ORDER);
        return new ScanResult(List.copyOf(findings), byFormat, scanned, List.copyOf(notifications),
                List.copyOf(internalErrors));
    }

    private record FileOutcome(InputFormat format, boolean counted) {
    }

    private FileOutcome scanFile(Discovery.Candidate c, List<Finding> findings, List<String> internalErrors) {
        String file = c.path().toString();
        try {
            String text = Parsers.readText(c.path());
            // Named files too: pre-commit passes every staged YAML, and a Helm chart is not ours to report.
            if (!FormatDetector.mayBeTemplate(text)) return new FileOutcome(null, false);
            Document doc = Parsers.parse(file, text);
            InputFormat format = FormatDetector.detect(doc.root());
            if (format == null) return new FileOutcome(null, false);
            for (Stack stack : Readers.read(doc, format, readOptions)) check(stack, findings, internalErrors);
            return new FileOutcome(format, true);
        } catch (ParseException e) {
            addParseError(e, findings);
            return new FileOutcome(null, true);
        } catch (RuntimeException | StackOverflowError e) {
            internalErrors.add(file + ": internal error: " + describe(e));
            return new FileOutcome(null, true);
        }
    }

    /** Runs every active rule on one stack; a rule that fails is an internal error, the others still run. */
    public void check(Stack stack, List<Finding> findings, List<String> internalErrors) {
        for (RuleSet.Active a : ruleSet.active()) {
            try {
                a.rule().check(stack, new RuleContext(a.meta(), a.level(), a.params(), findings::add));
            } catch (RuntimeException | StackOverflowError e) {
                internalErrors.add(stack.file() + ": internal error in " + a.meta().id() + ": " + describe(e));
            }
        }
    }

    private void addParseError(ParseException e, List<Finding> findings) {
        RuleSet.Active a = ruleSet.get(ParseError.ID);
        if (a != null) findings.add(ParseError.finding(e).withSeverity(a.level()));
    }

    static String describe(Throwable e) {
        StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (top == null ? "" : " (at " + top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber() + ")");
    }
}
