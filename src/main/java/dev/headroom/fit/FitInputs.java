package dev.headroom.fit;

import dev.headroom.discover.Discovery;
import dev.headroom.discover.FormatDetector;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.Readers;
import dev.headroom.read.Traffic;
import dev.headroom.read.cdk.Assembly;
import dev.headroom.read.cdk.CloudAssemblyReader;
import dev.headroom.tree.Document;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stacks {@code headroom fit} prices: the same discovery and readers as a scan, without rules. A file that
 * does not parse, and a traffic declaration that is malformed, are listed as skipped with their place, never a crash.
 */
public final class FitInputs {

    /** Something that could not be used, and where it is. */
    public record Skipped(Source at, String message) {
    }

    /** What was read: the stacks, and what could not be used with where it is. */
    public record Read(List<Stack> stacks, List<Skipped> skipped) {
        public Read {
            stacks = List.copyOf(stacks);
            skipped = List.copyOf(skipped);
        }
    }

    private FitInputs() {
    }

    public static Read read(List<Path> paths, ReadOptions options) throws IOException {
        return read(paths, p -> options);
    }

    /** As {@link #read(List, ReadOptions)}, with the read options that apply to each file (its config's). */
    public static Read read(List<Path> paths, java.util.function.Function<Path, ReadOptions> optionsFor) throws IOException {
        List<Stack> stacks = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Discovery.Candidate c : Discovery.find(paths)) {
            try {
                if (c.assembly()) {
                    Assembly a = CloudAssemblyReader.read(c.path(), optionsFor.apply(c.path()));
                    for (ParseException e : a.parseErrors()) skipped.add(new Skipped(e.source(), e.getMessage()));
                    a.stacks().forEach(s -> add(s, stacks, skipped));
                    continue;
                }
                String text = Parsers.readText(c.path());
                if (!FormatDetector.mayBeTemplate(text)) continue;
                Document doc = Parsers.parse(c.path().toString(), text);
                InputFormat format = FormatDetector.detect(doc.root(), c.path().toString());
                if (format == null) continue;
                Readers.read(doc, format, optionsFor.apply(c.path())).forEach(s -> add(s, stacks, skipped));
            } catch (ParseException e) {
                skipped.add(new Skipped(e.source(), e.getMessage()));
            }
        }
        return new Read(stacks, skipped);
    }

    private static void add(Stack s, List<Stack> stacks, List<Skipped> skipped) {
        stacks.add(s);
        for (Problem p : s.problems()) {
            if (p.ruleId().equals(Traffic.INVALID_ANNOTATION)) skipped.add(new Skipped(p.source(), p.message()));
        }
    }
}
