package dev.headroom.scan;

import dev.headroom.config.RuleSet;
import dev.headroom.discover.Discovery;
import dev.headroom.discover.FormatDetector;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.Readers;
import dev.headroom.rules.Finding;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.tool.ParseError;
import dev.headroom.tree.Document;
import dev.headroom.tree.JsonParser;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.YamlParser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

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
        // A template included by a serverless.yml (resources: ${file(./queues.yml)}) is also scanned on its own:
        // the same finding from both readers is reported once.
        List<Finding> unique = findings.stream().distinct().toList();
        return new ScanResult(unique, byFormat, scanned, List.copyOf(notifications),
                List.copyOf(internalErrors));
    }

    private record FileOutcome(InputFormat format, boolean counted) {
    }

    private FileOutcome scanFile(Discovery.Candidate c, List<Finding> findings, List<String> internalErrors) {
        String file = c.path().toString();
        try {
            String text = readText(c.path());
            if (!c.explicit() && !FormatDetector.mayBeTemplate(text)) return new FileOutcome(null, false);
            Document doc = parse(file, text);
            InputFormat format = FormatDetector.detect(doc.root(), file);
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

    static Document parse(String file, String text) throws ParseException {
        String lower = file.toLowerCase(Locale.ROOT);
        boolean json = lower.endsWith(".json") || (lower.endsWith(".template") && text.stripLeading().startsWith("{"));
        return json ? JsonParser.parse(file, text) : YamlParser.parse(file, text);
    }

    /** Reads UTF-8 text strictly (a malformed byte is a parse error, not a silent replacement). */
    static String readText(Path path) throws ParseException {
        String file = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new ParseException(String.format("file too large (%d bytes; the limit is %d)", size, MAX_FILE_BYTES),
                        Source.fileStart(file));
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ParseException("file is not valid UTF-8", Source.fileStart(file));
        } catch (IOException e) {
            throw new ParseException("cannot read file: " + e.getMessage(), Source.fileStart(file));
        }
    }

    static String describe(Throwable e) {
        StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (top == null ? "" : " (at " + top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber() + ")");
    }
}
