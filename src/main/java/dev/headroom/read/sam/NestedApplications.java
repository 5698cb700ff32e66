package dev.headroom.read.sam;

import dev.headroom.discover.FormatDetector;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Located;
import dev.headroom.model.Problem;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.cfn.LocalFiles;
import dev.headroom.read.cfn.Template;
import dev.headroom.tree.Document;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local templates of {@code AWS::Serverless::Application} resources ({@code Location: ./nested/template.yaml},
 * not an {@code ApplicationId} of the Serverless Application Repository nor an S3 URL), each read as a stack of its
 * own with findings at its own lines. The values of the resource's {@code Parameters} flow into the nested
 * template's parameters, located where the parent writes them; the nested template's own defaults apply to the rest
 * ({@code --param} is for the top-level template, as CloudFormation passes a nested stack nothing else). A path
 * outside the template's directory is refused by {@link LocalFiles}; a template that includes itself again (a cycle),
 * more than {@link #MAX_DEPTH} levels of nesting, or more than {@link #MAX_TEMPLATES} nested templates in all are an
 * HR900 at the {@code Location} and are not read.
 */
final class NestedApplications {

    static final int MAX_DEPTH = 5;
    static final int MAX_TEMPLATES = 50;

    private final ReadOptions options;
    private final Deque<Path> chain = new ArrayDeque<>();
    private final List<Stack> stacks = new ArrayList<>();
    private int templates;

    NestedApplications(String topFile, ReadOptions options) {
        // CloudFormation gives a nested stack only what its parent passes: no --param values.
        this.options = new ReadOptions(Map.of(), options.stage(), options.region(), options.allowEnv(),
                options.constructTypes(), options.constructSources(), options.cdkHelpers());
        chain.push(real(Path.of(topFile)));
    }

    /** The nested stacks read so far, deepest first. */
    List<Stack> stacks() {
        return stacks;
    }

    /** Whether the template being read is itself a nested one (its parse problems are not reported elsewhere). */
    boolean inNested() {
        return chain.size() > 1;
    }

    /** Reads the local template of every {@code AWS::Serverless::Application} of {@code t}. */
    void read(Template t) {
        for (Template.Resource r : t.resources()) {
            if (!r.type().equals("AWS::Serverless::Application")) continue;
            Node location = r.props().node("Location");
            if (location == null || location instanceof MapNode m && m.has("ApplicationId")) continue;
            String what = "nested application " + r.id();
            Path target = LocalFiles.resolve(t, location, what + " template");
            if (target == null) continue;
            Path real = real(target);
            if (chain.contains(real)) {
                refuse(t, location, what + ": its template includes this one again (a cycle); it is not read again");
            } else if (chain.size() > MAX_DEPTH) {
                refuse(t, location, what + ": more than " + MAX_DEPTH + " levels of nested applications; its template is not read");
            } else if (templates >= MAX_TEMPLATES) {
                refuse(t, location, what + ": more than " + MAX_TEMPLATES + " nested templates in one file; it is not read");
            } else {
                readNested(t, r, location, target, real, what);
            }
        }
    }

    private void readNested(Template t, Template.Resource r, Node location, Path target, Path real, String what) {
        Document doc = LocalFiles.parse(t, target, location, what + " template");
        if (doc == null || !(doc.root() instanceof MapNode)) return;
        InputFormat format = FormatDetector.detect(doc.root());
        if (format != InputFormat.SAM && format != InputFormat.CLOUDFORMATION) {
            LocalFiles.notice(t, location, what + " template " + doc.file() + " is not a CloudFormation or SAM template; it was not read");
            return;
        }
        templates++;
        chain.push(real);
        try {
            stacks.add(SamReader.read(doc, format, options, passed(t, r), this));
        } finally {
            chain.pop();
        }
    }

    /** The parent's {@code Parameters} values that resolve, or that are one of a few candidates. */
    private static Map<String, Located<Object>> passed(Template t, Template.Resource r) {
        Map<String, Located<Object>> out = new LinkedHashMap<>();
        if (r.props().node("Parameters") instanceof MapNode params) {
            for (MapNode.Entry e : params.entries()) {
                Located<Object> v = t.resolver().resolve(e.value());
                if (v.known() || !v.candidates().isEmpty()) out.put(e.name(), v);
            }
        }
        return out;
    }

    private static void refuse(Template t, Node location, String message) {
        t.out().problems.add(Problem.of("HR900", location.source(), message));
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
