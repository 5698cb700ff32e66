package dev.headroom.read.cdk;

import dev.headroom.model.Source;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of the user's app that created each construct, from the stack traces CDK records in an
 * assembly: {@code aws:cdk:creationStack} entries and the {@code trace} of other metadata entries (in the
 * manifest's {@code metadata}, in an {@code additionalMetadataFile}, or in a resource's template
 * {@code Metadata}). The user's frame is the innermost one outside CDK and Node.js itself.
 */
final class CreationStacks {

    /**
     * {@code file:line:column}, the last one on a frame line ({@code "new X (/app/lib/x.ts:12:5)"}). A drive
     * letter ({@code C:}) only stands alone, so that {@code node:internal/...} is not read as drive {@code e:}.
     */
    private static final Pattern FRAME = Pattern.compile("((?:(?<![A-Za-z])[A-Za-z]:)?[^\\s():]+):(\\d+):(\\d+)");

    private final Path projectDir;

    /** @param projectDir the directory that holds the assembly: relative and moved paths are resolved in it */
    CreationStacks(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** Adds each construct path of a metadata map ({@code "/Stack/Fn/Resource": [entries]}) with its source. */
    void addMetadata(MapNode metadata, Map<String, Source> out) {
        if (metadata == null) return;
        for (MapNode.Entry e : metadata.entries()) {
            String path = e.name().startsWith("/") ? e.name().substring(1) : e.name();
            Source s = fromEntries(e.value());
            if (s != null) out.putIfAbsent(path, s);
        }
    }

    /** The user's frame of a list of metadata entries, or null. */
    private Source fromEntries(Node entries) {
        if (!(entries instanceof ListNode list)) return null;
        for (Node n : list.items()) {
            MapNode entry = Nodes.map(n);
            if (entry != null && "aws:cdk:creationStack".equals(Nodes.text(entry, "type"))) {
                Source s = userFrame(Nodes.strings(entry.get("data")));
                if (s != null) return s;
            }
        }
        for (Node n : list.items()) {
            MapNode entry = Nodes.map(n);
            Source s = entry == null ? null : userFrame(Nodes.strings(entry.get("trace")));
            if (s != null) return s;
        }
        return null;
    }

    /** The innermost frame in the user's code, or null when every frame is CDK's or Node's. */
    Source userFrame(List<String> frames) {
        for (String frame : frames) {
            Matcher m = FRAME.matcher(frame);
            String file = null;
            int line = 0;
            int column = 0;
            while (m.find()) {
                file = m.group(1);
                line = Integer.parseInt(m.group(2));
                column = Integer.parseInt(m.group(3));
            }
            if (file == null || !isUserFile(file)) continue;
            return Source.at(resolve(file), line, column);
        }
        return null;
    }

    static boolean isUserFile(String file) {
        String f = file.replace('\\', '/');
        return !f.startsWith("node:") && !f.startsWith("internal/") && !f.contains("/node_modules/")
                && !f.contains("jsii-kernel-") && !f.contains("/jsii-runtime") && !f.contains("/aws-cdk-lib/");
    }

    /**
     * The trace names the file where the app was synthesized, often another machine or checkout: keep the
     * path when it exists, else find the same file under the project directory (dropping leading folders),
     * else keep the path as recorded.
     */
    private String resolve(String file) {
        String f = file.startsWith("file://") ? file.substring("file://".length()) : file;
        try {
            Path p = Path.of(f);
            if (p.isAbsolute() && Files.isRegularFile(p)) return p.toString();
            if (projectDir != null) {
                for (int i = 0; i < p.getNameCount(); i++) {
                    Path candidate = projectDir.resolve(p.subpath(i, p.getNameCount()));
                    if (Files.isRegularFile(candidate)) return candidate.toString();
                }
            }
        } catch (InvalidPathException e) {
            // not a path on this system: keep it as CDK recorded it
        }
        return f;
    }
}
