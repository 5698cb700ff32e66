package dev.headroom.scan;

import dev.headroom.config.Config;
import dev.headroom.config.ConfigException;
import dev.headroom.config.ConfigResolver;
import dev.headroom.config.RuleSet;
import dev.headroom.discover.Discovery;
import dev.headroom.discover.FormatDetector;
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

    private final ConfigResolver configs;

    /** One rule set and set of read options for every file (no config files are read). */
    public Scanner(RuleSet ruleSet, ReadOptions readOptions) {
        this(ConfigResolver.fixed(ruleSet, readOptions));
    }

    /**
     * Each file with the configuration that applies to it (its nearest {@code .headroom.yaml}). A config file that
     * cannot be used stops the scan with {@link ConfigException.Unchecked}.
     */
    public Scanner(ConfigResolver configs) {
        this.configs = configs;
    }

    public ScanResult scan(List<Path> paths) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Map<InputFormat, Integer> byFormat = new EnumMap<>(InputFormat.class);
        Set<String> notifications = new LinkedHashSet<>();
        List<String> internalErrors = new ArrayList<>();
        List<String> notTemplates = new ArrayList<>();
        CdkTally cdk = new CdkTally();
        int scanned = 0;
        for (Discovery.Candidate c : Discovery.find(paths)) {
            Config config = config(c.path());
            if (config.excluded(c.path())) {
                if (c.explicit()) notTemplates.add(c.path() + ": excluded by " + config.file());
                continue;
            }
            if (c.assembly()) {
                scanned += scanAssembly(c, config, findings, notifications, internalErrors, cdk);
                continue;
            }
            FileOutcome o = scanFile(c, config, findings, internalErrors);
            if (o.format() != null) byFormat.merge(o.format(), 1, Integer::sum);
            if (o.counted()) scanned++;
            else if (c.explicit() && o.whyNot() != null) notTemplates.add(c.path() + ": " + o.whyNot());
        }
        if (cdk.templates > 0) byFormat.merge(InputFormat.CDK, cdk.templates, Integer::sum);
        findings.sort(Finding.ORDER);
        // A template included by a serverless.yml (resources: ${file(./queues.yml)}) is also scanned on its own:
        // the same finding from both readers is reported once.
        List<Finding> unique = findings.stream().distinct().toList();
        return new ScanResult(unique, byFormat, scanned, List.copyOf(notifications),
                List.copyOf(internalErrors), new ScanResult.CdkCounts(cdk.assemblies, cdk.stacks, cdk.resources),
                List.copyOf(notTemplates));
    }

    private Config config(Path path) {
        try {
            return configs.forPath(path);
        } catch (ConfigException e) {
            throw new ConfigException.Unchecked(e);
        }
    }

    /** {@code whyNot}: for a file that is not a template, the reason, for the notice about named files. */
    private record FileOutcome(InputFormat format, boolean counted, String whyNot) {
        FileOutcome(InputFormat format, boolean counted) {
            this(format, counted, null);
        }
    }

    /** What was read from CDK assemblies so far; each template counts as a CDK file. */
    private static final class CdkTally {
        int assemblies;
        int templates;
        int stacks;
        int resources;
    }

    private FileOutcome scanFile(Discovery.Candidate c, Config config, List<Finding> findings, List<String> internalErrors) {
        String file = c.path().toString();
        RuleSet ruleSet = config.ruleSet();
        try {
            String text = Parsers.readText(c.path());
            // Named files too: pre-commit passes every staged YAML, and a Helm chart is not ours to report.
            if (!FormatDetector.mayBeTemplate(text)) return new FileOutcome(null, false, FormatDetector.NO_RESOURCES);
            Document doc = Parsers.parse(file, text);
            InputFormat format = FormatDetector.detect(doc.root(), file);
            if (format == null) return new FileOutcome(null, false, FormatDetector.whyNot(doc.root()));
            for (Problem p : doc.problems()) addProblem(p, ruleSet, findings);
            for (Stack stack : Readers.read(doc, format, config.readOptions())) check(stack, ruleSet, findings, internalErrors);
            return new FileOutcome(format, true);
        } catch (ParseException e) {
            addParseError(e, ruleSet, findings);
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
    private int scanAssembly(Discovery.Candidate c, Config config, List<Finding> findings, Set<String> notifications,
                             List<String> internalErrors, CdkTally cdk) {
        RuleSet ruleSet = config.ruleSet();
        try {
            Assembly a = CloudAssemblyReader.read(c.path(), config.readOptions());
            cdk.assemblies++;
            cdk.templates += a.templates();
            cdk.stacks += a.stacks().size();
            cdk.resources += a.resources();
            for (ParseException e : a.parseErrors()) addParseError(e, ruleSet, findings);
            for (Problem p : a.problems()) addProblem(p, ruleSet, findings);
            notifications.addAll(a.notifications());
            for (Stack stack : a.stacks()) check(stack, ruleSet, findings, internalErrors);
            return Math.max(1, a.templates() + a.parseErrors().size()); // at least its manifest
        } catch (RuntimeException | StackOverflowError e) {
            internalErrors.add(c.path() + ": internal error: " + describe(e));
            return 1;
        }
    }

    /** Runs every rule active for the stack's file; a rule that fails is an internal error, the others still run. */
    public void check(Stack stack, List<Finding> findings, List<String> internalErrors) {
        check(stack, config(Path.of(stack.file())).ruleSet(), findings, internalErrors);
    }

    private void check(Stack stack, RuleSet ruleSet, List<Finding> findings, List<String> internalErrors) {
        for (RuleSet.Active a : ruleSet.active()) {
            try {
                a.rule().check(stack, new RuleContext(a.meta(), a.level(), a.params(), f -> {
                    Finding adjusted = ruleSet.adjust(f);
                    if (adjusted != null) findings.add(adjusted);
                }));
            } catch (RuntimeException | StackOverflowError e) {
                internalErrors.add(stack.file() + ": internal error in " + a.meta().id() + ": " + describe(e));
            }
        }
    }

    private void addProblem(Problem p, RuleSet ruleSet, List<Finding> findings) {
        RuleSet.Active a = ruleSet.get(ParseError.ID);
        if (a != null) findings.add(ParseError.finding(p).withSeverity(a.level()));
    }

    private void addParseError(ParseException e, RuleSet ruleSet, List<Finding> findings) {
        RuleSet.Active a = ruleSet.get(ParseError.ID);
        if (a != null) findings.add(ParseError.finding(e).withSeverity(a.level()));
    }

    static String describe(Throwable e) {
        StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (top == null ? "" : " (at " + top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber() + ")");
    }
}
