package dev.headroom.read.cdk;

import dev.headroom.discover.ScanRoot;
import dev.headroom.model.Source;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds the line of the user's app that created each construct, from the stack traces CDK records in an
 * assembly: {@code aws:cdk:creationStack} entries and the {@code trace} of other metadata entries (in the
 * manifest's {@code metadata}, in an {@code additionalMetadataFile}, or in a resource's template
 * {@code Metadata}). The user's frame is the innermost one outside CDK and Node.js itself.
 */
final class CreationStacks {

    private final Path projectDir;
    private final Path root;

    /**
     * @param projectDir the directory that holds the assembly: relative and moved paths are resolved in it
     * @param root       the scan root: a source line outside it is never pointed at (a report could show it)
     */
    CreationStacks(Path projectDir, Path root) {
        this.projectDir = projectDir;
        this.root = root;
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
            Frame f = Frame.last(frame);
            if (f == null || !isUserFile(f.file())) continue;
            if (f.line() < 1 || f.column() < 1) return null; // out of range: the user's line is unknown
            String file = resolve(f.file());
            return file == null ? null : Source.at(file, f.line(), f.column());
        }
        return null;
    }

    /**
     * {@code file:line:column}, the last one on a frame line ({@code "new X (/app/lib/x.ts:12:5)"}). A drive letter
     * ({@code C:}) only stands alone, so that {@code node:internal/...} is not read as drive {@code e:}. Found in
     * one pass: a pattern over an 80 KB frame without a colon backtracked for half a minute. A line or column too
     * large for an int is 0 (unknown).
     */
    record Frame(String file, int line, int column) {

        static Frame last(String s) {
            Frame found = null;
            int i = s.indexOf(':');
            while (i >= 0) {
                int lineEnd = digits(s, i + 1);
                if (lineEnd > i + 1 && lineEnd < s.length() && s.charAt(lineEnd) == ':') {
                    int columnEnd = digits(s, lineEnd + 1);
                    if (columnEnd > lineEnd + 1) {
                        int fileStart = fileStart(s, i);
                        if (fileStart < i) {
                            found = new Frame(s.substring(fileStart, i), number(s, i + 1, lineEnd),
                                    number(s, lineEnd + 1, columnEnd));
                            i = s.indexOf(':', columnEnd);
                            continue;
                        }
                    }
                }
                i = s.indexOf(':', i + 1);
            }
            return found;
        }

        private static int digits(String s, int from) {
            int i = from;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
            return i;
        }

        /** Where the file name ending at {@code colon} starts: no spaces, parentheses or colons, bar a drive letter. */
        private static int fileStart(String s, int colon) {
            int i = colon;
            while (i > 0 && !isStop(s.charAt(i - 1))) i--;
            if (i >= 2 && s.charAt(i - 1) == ':' && isLetter(s.charAt(i - 2)) && (i < 3 || !isLetter(s.charAt(i - 3)))) {
                return i - 2;
            }
            return i;
        }

        private static boolean isStop(char c) {
            return Character.isWhitespace(c) || c == '(' || c == ')' || c == ':';
        }

        private static boolean isLetter(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        }

        private static int number(String s, int from, int to) {
            long v = 0;
            for (int i = from; i < to; i++) {
                v = v * 10 + (s.charAt(i) - '0');
                if (v > Integer.MAX_VALUE) return 0;
            }
            return (int) v;
        }
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
            if (p.isAbsolute() && Files.isRegularFile(p)) return ScanRoot.contains(root, p) ? p.toString() : null;
            if (projectDir != null) {
                for (int i = 0; i < p.getNameCount(); i++) {
                    Path candidate = projectDir.resolve(p.subpath(i, p.getNameCount()));
                    if (Files.isRegularFile(candidate) && ScanRoot.contains(root, candidate)) return candidate.toString();
                }
            }
        } catch (InvalidPathException e) {
            // not a path on this system: keep it as CDK recorded it
        }
        return f;
    }
}
