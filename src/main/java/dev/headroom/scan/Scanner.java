package dev.headroom.scan;

import dev.headroom.config.RuleSet;
import dev.headroom.discover.Discovery;
import dev.headroom.discover.FormatDetector;
import dev.headroom.fit.PriceOverrides;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Problem;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.Readers;
import dev.headroom.read.cdk.Assembly;
import dev.headroom.read.cdk.CloudAssemblyReader;
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
 * recorded as an internal error and the scan goes on too. A CDK cloud assembly is read as one input by the
 * assembly reader; findings on what CDK generates itself are levelled by the rule set's {@code cdkInternal}.
 */
public final class Scanner {

    private final RuleSet ruleSet;
    private final ReadOptions readOptions;
    private PriceOverrides prices = PriceOverrides.NONE;

    public Scanner(RuleSet ruleSet, ReadOptions readOptions) {
        this.ruleSet = ruleSet;
        this.readOptions = readOptions;
    }

    /** The team's own prices for the cost rules (HR401-HR403), over the bundled table. */
    public Scanner withPrices(PriceOverrides overrides) {
        this.prices = overrides;
        return this;
    }

    public ScanResult scan(List<Path> paths) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Map<InputFormat, Integer> byFormat = new EnumMap<>(InputFormat.class);
        Set<String> notifications = new LinkedHashSet<>();
        List<String> internalErrors = new ArrayList<>();
        CdkTally cdk = new CdkTally();
        int scanned = 0;
        for (Discovery.Candidate c : Discovery.find(paths)) {
            if (c.assembly()) {
                scanned += scanAssembly(c, findings, notifications, internalErrors, cdk);
                continue;
            }
            FileOutcome o = scanFile(c, findings, internalErrors);
            if (o.format() != null) byFormat.merge(o.format(), 1, Integer::sum);
            if (o.counted()) scanned++;
        }
        if (cdk.templates > 0) byFormat.merge(InputFormat.CDK, cdk.templates, Integer::sum);
        findings.sort(Finding.ORDER);
        // A template included by a serverless.yml (resources: ${file(./queues.yml)}) is also scanned on its own:
        // the same finding from both readers is reported once.
        List<Finding> unique = findings.stream().distinct().toList();
        return new ScanResult(unique, byFormat, scanned, List.copyOf(notifications),
                List.copyOf(internalErrors), new ScanResult.CdkCounts(cdk.assemblies, cdk.stacks, cdk.resources));
    }

    private record FileOutcome(InputFormat format, boolean counted) {
    }

    /** What was read from CDK assemblies so far; each template counts as a CDK file. */
    private static final class CdkTally {
        int assemblies;
        int templates;
        int stacks;
        int resources;
    }

    private FileOutcome scanFile(Discovery.Candidate c, List<Finding> findings, List<String> internalErrors) {
        String file = c.path().toString();
        try {
            String text = Parsers.readText(c.path());
            // Named files too: pre-commit passes every staged YAML, and a Helm chart is not ours to report.
            if (!FormatDetector.mayBeTemplate(text)) return new FileOutcome(null, false);
            Document doc = Parsers.parse(file, text);
            InputFormat format = FormatDetector.detect(doc.root(), file);
            if (format == null) return new FileOutcome(null, false);
            for (Problem p : doc.problems()) addProblem(p, findings);
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

    /**
     * A CDK cloud assembly, read as a whole: its files that did not parse and its problems are HR900 findings,
     * its notes go to the run once, every stack is checked. Returns the files it counts as scanned.
     */
    private int scanAssembly(Discovery.Candidate c, List<Finding> findings, Set<String> notifications,
                             List<String> internalErrors, CdkTally cdk) {
        try {
            Assembly a = CloudAssemblyReader.read(c.path(), readOptions);
            cdk.assemblies++;
            cdk.templates += a.templates();
            cdk.stacks += a.stacks().size();
            cdk.resources += a.resources();
            for (ParseException e : a.parseErrors()) addParseError(e, findings);
            for (Problem p : a.problems()) addProblem(p, findings);
            notifications.addAll(a.notifications());
            for (Stack stack : a.stacks()) check(stack, findings, internalErrors);
            return Math.max(1, a.templates() + a.parseErrors().size()); // at least its manifest
        } catch (RuntimeException | StackOverflowError e) {
            internalErrors.add(c.path() + ": internal error: " + describe(e));
            return 1;
        }
    }

    /** Runs every active rule on one stack; a rule that fails is an internal error, the others still run. */
    public void check(Stack stack, List<Finding> findings, List<String> internalErrors) {
        for (RuleSet.Active a : ruleSet.active()) {
            try {
                a.rule().check(stack, new RuleContext(a.meta(), a.level(), a.params(), f -> {
                    Finding adjusted = ruleSet.adjust(f);
                    if (adjusted != null) findings.add(adjusted);
                }, prices));
            } catch (RuntimeException | StackOverflowError e) {
                internalErrors.add(stack.file() + ": internal error in " + a.meta().id() + ": " + describe(e));
            }
        }
    }

    private void addProblem(Problem p, List<Finding> findings) {
        RuleSet.Active a = ruleSet.get(ParseError.ID);
        if (a != null) findings.add(ParseError.finding(p).withSeverity(a.level()));
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
