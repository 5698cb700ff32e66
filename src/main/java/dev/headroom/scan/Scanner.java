package dev.headroom.scan;

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
import dev.headroom.tree.JsonParser;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.SourceText;
import dev.headroom.tree.YamlParser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The flow of one scan: discover files, parse each into a positioned tree, detect its format, read it into
 * stacks of the common model, run the active rules on every stack, and collect sorted findings. A file that
 * cannot be parsed becomes an HR900 finding and the scan goes on; a failure of headroom itself on one file is
 * recorded as an internal error and the scan goes on too.
 */
public final class Scanner {

    /** Larger files are refused before they are read into memory. */
    public static final long MAX_FILE_BYTES = SourceText.MAX_FILE_BYTES;

    private final RuleSet ruleSet;
    private final ReadOptions readOptions;

    public Scanner(RuleSet ruleSet, ReadOptions readOptions) {
        this.ruleSet = ruleSet;
        this.readOptions = readOptions;
    }

    public ScanResult scan(List<Path> paths) throws IOException {
        Run run = new Run();
        for (Discovery.Candidate c : Discovery.find(paths)) {
            if (c.assembly()) scanAssembly(c, run);
            else scanFile(c, run);
        }
        run.findings.sort(Finding.ORDER);
        return new ScanResult(List.copyOf(run.findings), run.byFormat, run.scanned, List.copyOf(run.notifications),
                List.copyOf(run.internalErrors), new ScanResult.CdkCounts(run.assemblies, run.cdkStacks, run.cdkResources));
    }

    /** What one scan collects as it goes. */
    private static final class Run {
        final List<Finding> findings = new ArrayList<>();
        final Map<InputFormat, Integer> byFormat = new EnumMap<>(InputFormat.class);
        final Set<String> notifications = new LinkedHashSet<>();
        final List<String> internalErrors = new ArrayList<>();
        int scanned;
        int assemblies;
        int cdkStacks;
        int cdkResources;
    }

    private void scanFile(Discovery.Candidate c, Run run) {
        String file = c.path().toString();
        try {
            String text = readText(c.path());
            if (!c.explicit() && !FormatDetector.mayBeTemplate(text)) return;
            Document doc = parse(file, text);
            InputFormat format = FormatDetector.detect(doc.root());
            if (format == null) return;
            run.scanned++;
            run.byFormat.merge(format, 1, Integer::sum);
            for (Stack stack : Readers.read(doc, format, readOptions)) check(stack, run.findings, run.internalErrors);
        } catch (ParseException e) {
            run.scanned++;
            addParseError(e, run.findings);
        } catch (RuntimeException | StackOverflowError e) {
            run.scanned++;
            run.internalErrors.add(file + ": internal error: " + describe(e));
        }
    }

    /** A CDK cloud assembly: each of its templates counts as a CDK file read. */
    private void scanAssembly(Discovery.Candidate c, Run run) {
        try {
            Assembly a = CloudAssemblyReader.read(c.path(), readOptions);
            run.assemblies++;
            run.cdkStacks += a.stacks().size();
            run.cdkResources += a.resources();
            run.scanned += Math.max(1, a.templates() + a.parseErrors().size()); // at least its manifest
            if (a.templates() > 0) run.byFormat.merge(InputFormat.CDK, a.templates(), Integer::sum);
            for (ParseException e : a.parseErrors()) addParseError(e, run.findings);
            RuleSet.Active parseError = ruleSet.get(ParseError.ID);
            if (parseError != null) {
                for (Problem p : a.problems()) run.findings.add(ParseError.finding(p).withSeverity(parseError.level()));
            }
            run.notifications.addAll(a.notifications());
            for (Stack stack : a.stacks()) check(stack, run.findings, run.internalErrors);
        } catch (RuntimeException | StackOverflowError e) {
            run.scanned++;
            run.internalErrors.add(c.path() + ": internal error: " + describe(e));
        }
    }

    /** Runs every active rule on one stack; a rule that fails is an internal error, the others still run. */
    public void check(Stack stack, List<Finding> findings, List<String> internalErrors) {
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

    private void addParseError(ParseException e, List<Finding> findings) {
        RuleSet.Active a = ruleSet.get(ParseError.ID);
        if (a != null) findings.add(ParseError.finding(e).withSeverity(a.level()));
    }

    static Document parse(String file, String text) throws ParseException {
        String lower = file.toLowerCase(Locale.ROOT);
        boolean json = lower.endsWith(".json") || (lower.endsWith(".template") && text.stripLeading().startsWith("{"));
        return json ? JsonParser.parse(file, text) : YamlParser.parse(file, text);
    }

    /** Reads UTF-8 text strictly (a malformed byte is a parse error, not a silent replacement). */
    static String readText(Path path) throws ParseException {
        return SourceText.read(path);
    }

    static String describe(Throwable e) {
        StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (top == null ? "" : " (at " + top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber() + ")");
    }
}
