package dev.headroom.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A unified diff of a file's text before and after fixing, as {@code git apply} and {@code patch -p1} read it. */
public final class UnifiedDiff {

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after} under the path {@code name}; empty when they are equal. */
    public static String of(String name, String before, String after) {
        if (before.equals(after)) return "";
        List<String> a = lines(before);
        List<String> b = lines(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        String path = name.startsWith("/") ? name : "/" + name;
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff("a" + path, "b" + path, a, patch, 3);
        StringBuilder s = new StringBuilder();
        for (String line : out) s.append(line).append('\n');
        return s.toString();
    }

    /**
     * Lines split at LF; a CR of a CRLF stays on its line, so the diff shows the line endings as they are. A last line
     * without a line break carries the marker line, so it differs from the same line with a break, as in diff(1).
     */
    private static List<String> lines(String text) {
        List<String> l = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) l.remove(l.size() - 1);
        else if (!l.isEmpty()) l.set(l.size() - 1, l.get(l.size() - 1) + "\n\\ No newline at end of file");
        return l;
    }
}
