package dev.headroom.read.cdk;

import dev.headroom.discover.FormatDetector;
import dev.headroom.discover.ScanRoot;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.read.CdkHelpers;
import dev.headroom.read.ReadOptions;
import dev.headroom.read.cfn.CloudFormationReader;
import dev.headroom.read.sam.SamReader;
import dev.headroom.tree.Document;
import dev.headroom.tree.JsonParser;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;
import dev.headroom.tree.Syntax;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CDK cloud assembly ({@code cdk.out}) as a whole: the manifest's stack artifacts, the nested
 * assemblies of stages, and the nested stacks of each template. Every template goes through the
 * CloudFormation reader (the SAM reader when CDK emitted the SAM transform), with the construct types of
 * {@code tree.json}, the user's source lines and the paths of CDK's helpers, and is named by the artifact's
 * display name.
 */
public final class CloudAssemblyReader {

    /** Stages inside stages and stacks inside nested stacks: bounded against a manifest that refers to itself. */
    private static final int MAX_NESTING = 16;

    private final ReadOptions options;
    private final Path projectDir;
    private final Path root;
    private final List<Stack> stacks = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<ParseException> parseErrors = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();
    private int templates;
    private int resources;
    private int traced;

    private CloudAssemblyReader(Path dir, ReadOptions options, Path root) {
        this.options = options;
        Path abs = dir.toAbsolutePath().normalize();
        this.projectDir = abs.getParent();
        this.root = root;
    }

    /** Reads the assembly in {@code dir}, with the scan root of the directory that holds it. */
    public static Assembly read(Path dir, ReadOptions options) {
        Path root;
        try {
            root = ScanRoot.of(dir.toAbsolutePath().getParent() == null ? dir : dir.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            root = dir.toAbsolutePath().normalize();
        }
        return read(dir, options, root);
    }

    /**
     * Reads the assembly in {@code dir}; no file whose real path is outside {@code root} (the scan root) is read,
     * and each real directory is read once, however many links lead to it.
     */
    public static Assembly read(Path dir, ReadOptions options, Path root) {
        if (root == null) return read(dir, options);
        CloudAssemblyReader r = new CloudAssemblyReader(dir, options, root);
        r.readAssembly(dir, Map.of(), 0);
        List<String> notes = new ArrayList<>();
        if (r.templates > 0 && r.traced == 0) {
            String name = dir.toString().isEmpty() ? "." : dir.toString();
            notes.add("CDK assembly " + name + " has no source-location metadata, so findings name the construct "
                    + "path but not the line of your app; synthesize with CDK_DEBUG=true to get "
                    + "source lines");
        }
        return new Assembly(r.stacks, r.problems, r.parseErrors, notes, r.templates, r.resources);
    }

    /** @param inherited construct types of the enclosing assembly: CDK writes tree.json only at the top */
    private void readAssembly(Path dir, Map<String, String> inherited, int depth) {
        if (depth > MAX_NESTING || !firstVisit(dir)) return;
        MapNode manifest = parseObject(dir.resolve(FormatDetector.CDK_MANIFEST), null);
        if (manifest == null) return;
        Map<String, String> types = new HashMap<>(inherited);
        types.putAll(readTree(dir, manifest));
        MapNode artifacts = Nodes.map(manifest, "artifacts");
        if (artifacts == null) {
            MapNode.Entry entry = manifest.entry("artifacts");
            problems.add(Problem.of("HR900", (entry != null ? entry.value() : manifest).source(),
                    "cloud assembly manifest has no 'artifacts' object, so no stack can be read; run cdk synth again"));
            return;
        }
        for (MapNode.Entry e : artifacts.entries()) {
            MapNode artifact = Nodes.map(e.value());
            if (artifact == null) continue;
            String type = Nodes.text(artifact, "type");
            MapNode props = Nodes.map(artifact, "properties");
            if ("aws:cloudformation:stack".equals(type)) {
                readStackArtifact(dir, e, artifact, props, types);
            } else if ("cdk:cloud-assembly".equals(type)) {
                MapNode.Entry dirEntry = props == null ? null : props.entry("directoryName");
                Path nested = dirEntry == null ? null : within(dir, Nodes.text(dirEntry.value()));
                if (nested != null && !inRoot(nested, dirEntry.value().source())) continue;
                if (nested == null || !Files.isRegularFile(nested.resolve(FormatDetector.CDK_MANIFEST))) {
                    problems.add(Problem.of("HR900", (dirEntry != null ? dirEntry.value() : e.key()).source(),
                            "nested cloud assembly " + e.name() + ": no manifest.json in "
                                    + (dirEntry == null ? "(no directoryName)" : Nodes.text(dirEntry.value()))));
                } else {
                    readAssembly(nested, types, depth + 1);
                }
            }
        }
    }

    /** The region of the stack being read, from its artifact's environment; nested stacks share it. */
    private String stackRegion;

    /** {@code aws://123456789012/eu-west-1} to its region; an environment-agnostic stack ({@code unknown-region}) has none. */
    static String region(String environment) {
        if (environment == null || !environment.startsWith("aws://")) return null;
        String r = environment.substring(environment.lastIndexOf('/') + 1);
        return r.isEmpty() || r.equals("unknown-region") ? null : r;
    }

    /** One {@code aws:cloudformation:stack} artifact: its metadata (source lines) and its template. */
    private void readStackArtifact(Path dir, MapNode.Entry e, MapNode artifact, MapNode props, Map<String, String> types) {
        String name = firstNonNull(Nodes.text(artifact, "displayName"), Nodes.text(props, "stackName"), e.name());
        Map<String, Source> sources = new HashMap<>();
        CreationStacks traces = new CreationStacks(projectDir, root);
        traces.addMetadata(Nodes.map(artifact, "metadata"), sources);
        MapNode.Entry extra = artifact.entry("additionalMetadataFile");
        if (extra != null) {
            Path file = within(dir, Nodes.text(extra.value()));
            MapNode md = file != null && Files.isRegularFile(file) ? parseObject(file, extra.value().source()) : null;
            traces.addMetadata(md, sources);
        }
        stackRegion = region(Nodes.text(artifact, "environment"));
        MapNode.Entry templateEntry = props == null ? null : props.entry("templateFile");
        Path template = templateEntry == null ? null : within(dir, Nodes.text(templateEntry.value()));
        if (template == null || !Files.isRegularFile(template)) {
            Source at = (templateEntry != null ? templateEntry.value() : e.key()).source();
            problems.add(Problem.of("HR900", at, "stack " + name + ": template file "
                    + (templateEntry == null ? "is not named (no properties.templateFile)"
                    : Nodes.text(templateEntry.value()) + " is not in the assembly")
                    + "; run cdk synth again"));
            return;
        }
        readTemplate(dir, template, templateEntry.value().source(), name, types, sources, 0);
    }

    /** Reads one stack template, then the nested stacks it declares. */
    private void readTemplate(Path dir, Path file, Source namedAt, String name, Map<String, String> types,
                              Map<String, Source> sources, int depth) {
        if (depth > MAX_NESTING || !inRoot(file, namedAt) || !firstVisit(file)) return;
        MapNode root = parseObject(file, namedAt);
        if (root == null) return;
        templates++;
        MapNode res = root.getMap("Resources");
        Map<String, Source> all = new HashMap<>(sources);
        Map<String, String> resourceTypes = new HashMap<>();
        Set<String> helpers = new HashSet<>();
        if (res != null) {
            resources += res.size();
            CreationStacks traces = new CreationStacks(projectDir, this.root);
            for (MapNode.Entry r : res.entries()) {
                MapNode md = Nodes.map(Nodes.map(r.value()), "Metadata");
                String path = Nodes.text(md, "aws:cdk:path");
                if (path == null) continue;
                Source s = traces.userFrame(Nodes.strings(md.get("aws:cdk:creationStack")));
                if (s != null) all.put(path, s);
                if (CdkHelpers.isHelper(path, types)) helpers.add(path);
                String type = ConstructTree.userType(path, types);
                if (type != null) resourceTypes.put(path, type);
            }
        }
        if (!all.isEmpty()) traced++;
        Document doc = new Document(file.toString(), Syntax.JSON, root);
        ReadOptions opts = options.withConstructs(resourceTypes, all, helpers);
        if (options.region() == null && stackRegion != null) opts = opts.withRegion(stackRegion);
        Stack stack = FormatDetector.detect(root) == InputFormat.SAM ? SamReader.read(doc, opts)
                : CloudFormationReader.read(doc, InputFormat.CDK, opts);
        stacks.add(stack.withIdentity(InputFormat.CDK, name));
        if (res != null) readNestedStacks(dir, res, name, types, sources, depth);
    }

    /** {@code AWS::CloudFormation::Stack} resources whose template CDK wrote beside this one. */
    private void readNestedStacks(Path dir, MapNode res, String parentName, Map<String, String> types,
                                  Map<String, Source> sources, int depth) {
        for (MapNode.Entry r : res.entries()) {
            MapNode body = Nodes.map(r.value());
            if (!"AWS::CloudFormation::Stack".equals(Nodes.text(body, "Type"))) continue;
            MapNode md = Nodes.map(body, "Metadata");
            MapNode.Entry asset = md == null ? null : md.entry("aws:asset:path");
            if (asset == null) continue; // a stack deployed from a URL, not one CDK synthesized here
            String assetPath = Nodes.text(asset.value());
            Path nested = within(dir, assetPath);
            if (nested == null || !Files.isRegularFile(nested)) {
                problems.add(Problem.of("HR900", asset.value().source(), "nested stack " + r.name() + ": template "
                        + assetPath + " is not in the assembly; run cdk synth again"));
                continue;
            }
            readTemplate(dir, nested, asset.value().source(), nestedName(parentName, r.name(), Nodes.text(md, "aws:cdk:path")),
                    types, sources, depth + 1);
        }
    }

    /** {@code Parent/Orders.NestedStack/Orders.NestedStackResource} is the nested stack {@code Parent/Orders}. */
    static String nestedName(String parentName, String logicalId, String cdkPath) {
        if (cdkPath != null) {
            int i = cdkPath.indexOf(".NestedStack/");
            return i > 0 ? cdkPath.substring(0, i) : cdkPath;
        }
        return parentName + "/" + logicalId;
    }

    private Map<String, String> readTree(Path dir, MapNode manifest) {
        Path tree = null;
        Source namedAt = null;
        MapNode artifacts = Nodes.map(manifest, "artifacts");
        if (artifacts != null) {
            for (MapNode.Entry e : artifacts.entries()) {
                MapNode a = Nodes.map(e.value());
                if ("cdk:tree".equals(Nodes.text(a, "type"))) {
                    tree = within(dir, Nodes.text(Nodes.map(a, "properties"), "file"));
                    namedAt = e.key().source();
                }
            }
        }
        if (tree == null) tree = dir.resolve("tree.json"); // manifests without a cdk:tree artifact
        if (!Files.isRegularFile(tree)) return Map.of();
        MapNode root = parseObject(tree, namedAt);
        return root == null ? Map.of() : ConstructTree.types(root);
    }

    /** True the first time the real directory or file {@code p} is met (links to it included). */
    private boolean firstVisit(Path p) {
        try {
            return visited.add(p.toRealPath());
        } catch (java.io.IOException e) {
            return visited.add(p.toAbsolutePath().normalize());
        }
    }

    /**
     * True when {@code file} (or a directory) is inside the scan root once links are resolved; else an HR900 problem
     * at {@code namedAt} (the entry that names it; the file itself when null) that names the link, never its content.
     */
    private boolean inRoot(Path file, Source namedAt) {
        if (!Files.exists(file) || ScanRoot.contains(root, file)) return true;
        problems.add(Problem.of("HR900", namedAt != null ? namedAt : Source.fileStart(file.toString()),
                file + " is a link to a file outside the scanned tree (" + root + "); headroom does not read it"));
        return false;
    }

    /**
     * Parses a JSON file of the assembly; a file that does not parse is recorded as an HR900 finding, one outside
     * the scan root is not read.
     */
    private MapNode parseObject(Path file, Source namedAt) {
        if (!inRoot(file, namedAt)) return null;
        try {
            Document doc = JsonParser.parse(file.toString(), Parsers.readText(file));
            if (doc.root() instanceof MapNode m) return m;
            // an empty file has no root: the problem is at its start
            parseErrors.add(new ParseException("expected a JSON object",
                    doc.root() == null ? Source.fileStart(file.toString()) : doc.root().source()));
        } catch (ParseException e) {
            parseErrors.add(e);
        }
        return null;
    }

    /** {@code name} resolved in {@code dir}, or null when it is missing or would leave the assembly. */
    private static Path within(Path dir, String name) {
        if (name == null || name.isEmpty()) return null;
        try {
            Path base = dir.toAbsolutePath().normalize();
            Path p = base.resolve(name).normalize();
            return p.startsWith(base) ? dir.resolve(name).normalize() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        return null;
    }
}
