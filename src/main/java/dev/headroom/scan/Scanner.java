package dev.headroom.scan;

import dev.headroom.config.Config;
import dev.headroom.config.ConfigException;
import dev.headroom.config.ConfigResolver;
import dev.headroom.config.RuleSet;
import dev.headroom.discover.Discovery;
import dev.headroom.discover.FormatDetector;
import dev.headroom.fit.PriceOverrides;
import dev.headroom.fix.plan.FixPlanner;
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
import dev.headroom.suppress.Annotations;
import dev.headroom.suppress.Declared;
import dev.headroom.suppress.Suppressor;
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
    private final int threads;
    private final Path reportBase;
    private PriceOverrides prices = PriceOverrides.NONE;
    private FixPlanner fixes;
    private boolean baselines = true;

    /** A scanner that reads files on every available core, with one rule set and read options for every file. */
    public Scanner(RuleSet ruleSet, ReadOptions readOptions) {
        this(ruleSet, readOptions, Runtime.getRuntime().availableProcessors());
    }

    /** A scanner that reads up to {@code threads} files at once (1: one after the other on the calling thread). */
    public Scanner(RuleSet ruleSet, ReadOptions readOptions, int threads) {
        this(ConfigResolver.fixed(ruleSet, readOptions), threads);
    }

    /**
     * Each file with the configuration that applies to it (its nearest {@code .headroom.yaml}), on up to
     * {@code threads} cores. A config file that cannot be used stops the scan with {@link ConfigException.Unchecked}.
     */
    public Scanner(ConfigResolver configs, int threads) {
        this(configs, threads, Path.of("."));
    }

    /**
     * {@code reportBase}: the directory report paths are relative to ({@code --base-dir}); a previous SARIF report
     * used as a baseline is matched by fingerprints made of such paths.
     */
    public Scanner(ConfigResolver configs, int threads, Path reportBase) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.configs = configs;
        this.threads = threads;
        this.reportBase = reportBase;
    }

    /** The team's own prices for the cost rules (HR401-HR403), over the bundled table. */
    public Scanner withPrices(PriceOverrides overrides) {
        this.prices = overrides;
        return this;
    }

    /** Without the configured baselines: {@code headroom baseline} records every finding, held or not. */
    public Scanner withoutBaselines() {
        this.baselines = false;
        return this;
    }

    /** Resolves the fixes rules attach to findings into text edits with {@code planner} (off by default). */
    public Scanner withFixes(FixPlanner planner) {
        this.fixes = planner;
        return this;
    }

    /** A file to read with the configuration that applies to it. */
    private record Input(Discovery.Candidate candidate, Config config) {
    }

    public ScanResult scan(List<Path> paths) throws IOException {
        // Configs are chosen before the parallel part, on this thread: a bad one stops the scan before any read.
        List<Input> inputs = new ArrayList<>();
        List<String> notTemplates = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Discovery.Candidate c : Discovery.find(paths, unreadable)) {
            Config config = config(c.path());
            if (!config.excluded(c.path())) inputs.add(new Input(c, config));
            else if (c.explicit()) notTemplates.add(c.path() + ": excluded by " + config.fileLabel());
        }
        // Each input is read on its own into an outcome; outcomes are combined in discovery order, so the result
        // is the same whichever thread read which file, and when.
        List<Outcome> outcomes = InOrder.map(inputs, this::scanCandidate, threads);
        List<Finding> findings = new ArrayList<>();
        Map<InputFormat, Integer> byFormat = new EnumMap<>(InputFormat.class);
        Set<String> notifications = new LinkedHashSet<>(unreadable);
        Set<String> notices = new LinkedHashSet<>();
        List<String> internalErrors = new ArrayList<>();
        int scanned = 0;
        int assemblies = 0;
        int stacks = 0;
        int resources = 0;
        Declared declared = Declared.NONE;
        Set<String> templates = new java.util.HashSet<>();
        for (Outcome o : outcomes) {
            // A nested template is read by each input that includes it and by its own: its suppressions count once.
            for (Map.Entry<String, Declared> d : o.templates.entrySet()) {
                if (templates.add(d.getKey())) declared = declared.plus(d.getValue());
            }
            if (o.whyNot != null) notTemplates.add(o.whyNot);
            findings.addAll(o.findings);
            notifications.addAll(o.notifications);
            notices.addAll(o.notices);
            internalErrors.addAll(o.internalErrors);
            if (o.format != null) byFormat.merge(o.format, o.formatFiles, Integer::sum);
            scanned += o.scanned;
            assemblies += o.assemblies;
            stacks += o.stacks;
            resources += o.resources;
        }
        findings.sort(Finding.ORDER);
        // A template included by a serverless.yml (resources: ${file(./queues.yml)}) is also scanned on its own:
        // the same finding from both readers is reported once.
        List<Finding> unique = List.copyOf(new java.util.LinkedHashSet<>(findings));
        // Suppressions are judged once every rule has run on every file: a comment may accept a finding another
        // file's reader placed there, and an unused one is only known at the end.
        Suppressor.Outcome filtered = new Suppressor(file -> config(Path.of(file)), reportBase, baselines)
                .apply(unique, declared, templates);
        List<Finding> reported = fixes == null ? filtered.findings() : fixes.unusedSuppressions(filtered.findings());
        return new ScanResult(reported, byFormat, scanned, List.copyOf(notifications),
                List.copyOf(internalErrors), new ScanResult.CdkCounts(assemblies, stacks, resources),
                List.copyOf(notTemplates), filtered.suppressed(), filtered.baseline(), List.copyOf(notices));
    }

    private Config config(Path path) {
        try {
            return configs.forPath(path);
        } catch (ConfigException e) {
            throw new ConfigException.Unchecked(e);
        }
    }

    /**
     * What one discovered input yields: its findings, run-level notes and internal errors, the format it was
     * read as (with how many files of it), how many files it counts as scanned, and CDK tallies.
     */
    private static final class Outcome {
        final List<Finding> findings = new ArrayList<>();
        final List<String> notifications = new ArrayList<>();
        /** Parts of the file its reader did not read, for stderr. */
        final List<String> notices = new ArrayList<>();
        final List<String> internalErrors = new ArrayList<>();
        InputFormat format;
        int formatFiles;
        int scanned;
        int assemblies;
        int stacks;
        int resources;
        /** For a named file that is not a template: {@code file: why}, for the notice. */
        String whyNot;
        /** The files read as templates, each with the suppressions it declares. */
        final Map<String, Declared> templates = new java.util.LinkedHashMap<>();

        void annotate(Document doc, String text) {
            if (!templates.containsKey(doc.file())) templates.put(doc.file(), Annotations.read(doc, text));
        }
    }

    private Outcome scanCandidate(Input in) {
        Outcome out = new Outcome();
        if (in.candidate().assembly()) scanAssembly(in.candidate(), in.config(), out);
        else scanFile(in.candidate(), in.config(), out);
        return out;
    }

    private void scanFile(Discovery.Candidate c, Config config, Outcome out) {
        String file = c.path().toString();
        RuleSet ruleSet = config.ruleSet();
        try {
            String text = Parsers.readText(c.path());
            // Named files too: pre-commit passes every staged YAML, and a Helm chart is not ours to report.
            if (!FormatDetector.mayBeTemplate(text)) {
                if (c.explicit()) out.whyNot = file + ": " + FormatDetector.NO_RESOURCES;
                return;
            }
            Document doc = Parsers.parse(file, text);
            InputFormat format = FormatDetector.detect(doc.root(), file);
            if (format == null) {
                // Not one of ours as written, but what made it so is reported: `Resources: !Bogus` looks like a
                // template whose Resources an unknown tag hid.
                if (!doc.problems().isEmpty()) out.scanned = 1;
                for (Problem p : doc.problems()) addProblem(p, ruleSet, out.findings);
                if (c.explicit() && doc.problems().isEmpty()) out.whyNot = file + ": " + FormatDetector.whyNot(doc.root());
                return;
            }
            out.scanned = 1;
            for (Problem p : doc.problems()) addProblem(p, ruleSet, out.findings);
            List<Stack> stacks = Readers.read(doc, format, config.readOptions());
            out.annotate(doc, text);
            // Once the stacks are read, only the fix planner wants the tree (instead of parsing the text again);
            // without one, only the stacks stay reachable while rules run.
            Document forFixes = fixes == null ? null : doc;
            doc = null;
            for (Stack stack : stacks) {
                out.notices.addAll(stack.notices());
                check(stack, config, out.findings, out.internalErrors, forFixes, text);
                // A nested application's template: its suppression comments count as a scanned file's do.
                if (!stack.file().equals(file)) annotateTemplate(stack.file(), out);
            }
            out.format = format;
            out.formatFiles = 1;
        } catch (ParseException e) {
            addParseError(e, ruleSet, out.findings);
            out.scanned = 1;
        } catch (RuntimeException | StackOverflowError e) {
            out.internalErrors.add(file + ": internal error: " + describe(e));
            out.scanned = 1;
        }
    }

    /**
     * A CDK cloud assembly, read as a whole: its files that did not parse and its problems are HR900 findings,
     * its notes go to the run once, every stack is checked; it counts its templates as scanned files.
     */
    private void scanAssembly(Discovery.Candidate c, Config config, Outcome out) {
        RuleSet ruleSet = config.ruleSet();
        try {
            Assembly a = CloudAssemblyReader.read(c.path(), config.readOptions(), c.root());
            out.assemblies = 1;
            if (a.templates() > 0) {
                out.format = InputFormat.CDK;
                out.formatFiles = a.templates();
            }
            out.stacks = a.stacks().size();
            out.resources = a.resources();
            for (ParseException e : a.parseErrors()) addParseError(e, ruleSet, out.findings);
            for (Problem p : a.problems()) addProblem(p, ruleSet, out.findings);
            out.notifications.addAll(a.notifications());
            for (Stack stack : a.stacks()) {
                check(stack, config, out.findings, out.internalErrors);
                annotateTemplate(stack.file(), out);
            }
            out.scanned = Math.max(1, a.templates() + a.parseErrors().size()); // at least its manifest
        } catch (RuntimeException | StackOverflowError e) {
            out.internalErrors.add(c.path() + ": internal error: " + describe(e));
            out.scanned = 1;
        }
    }

    /**
     * The suppressions of a template read as part of another input (a CDK template's Metadata, a nested
     * application's comments); parsed again only when it mentions headroom.
     */
    private static void annotateTemplate(String file, Outcome out) {
        try {
            String text = Parsers.readText(Path.of(file));
            if (text.contains("headroom")) out.annotate(Parsers.parse(file, text), text);
            else out.templates.putIfAbsent(file, Declared.NONE);
        } catch (ParseException e) {
            // the assembly reader has reported it as HR900
        }
    }

    /** Runs every rule active for the stack's file; a rule that fails is an internal error, the others still run. */
    public void check(Stack stack, List<Finding> findings, List<String> internalErrors) {
        check(stack, config(Path.of(stack.file())), findings, internalErrors);
    }

    private void check(Stack read, Config config, List<Finding> findings, List<String> internalErrors) {
        check(read, config, findings, internalErrors, null, null);
    }

    /** {@code parsed}: the tree of {@code parsedText}, one of the stack's files as the scan read it, or null. */
    private void check(Stack read, Config config, List<Finding> findings, List<String> internalErrors,
                       Document parsed, String parsedText) {
        RuleSet ruleSet = config.ruleSet();
        // The config's traffic profiles and prices reach the cost rules; the file's own declarations win.
        Stack stack = read.withTraffic(config.trafficFor(Path.of(read.file())));
        PriceOverrides prices = config.prices().figures().isEmpty() ? this.prices : config.prices();
        List<Finding> found = new ArrayList<>();
        for (RuleSet.Active a : ruleSet.active()) {
            try {
                a.rule().check(stack, new RuleContext(a.meta(), a.level(), a.params(), f -> {
                    Finding adjusted = ruleSet.adjust(f);
                    if (adjusted != null) found.add(adjusted);
                }, prices));
            } catch (RuntimeException | StackOverflowError e) {
                internalErrors.add(stack.file() + ": internal error in " + a.meta().id() + ": " + describe(e));
            }
        }
        List<Finding> planned = found;
        if (fixes != null) {
            try {
                planned = fixes.attach(stack, found, parsed, parsedText);
            } catch (RuntimeException | StackOverflowError e) {
                internalErrors.add(stack.file() + ": internal error while planning fixes: " + describe(e));
            }
        }
        findings.addAll(planned);
    }

    private static void addProblem(Problem p, RuleSet ruleSet, List<Finding> findings) {
        RuleSet.Active a = ruleSet.get(ParseError.ID);
        if (a != null) findings.add(ParseError.finding(p).withSeverity(a.level()));
    }

    private static void addParseError(ParseException e, RuleSet ruleSet, List<Finding> findings) {
        RuleSet.Active a = ruleSet.get(ParseError.ID);
        if (a != null) findings.add(ParseError.finding(e).withSeverity(a.level()));
    }

    static String describe(Throwable e) {
        StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (top == null ? "" : " (at " + top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber() + ")");
    }
}
