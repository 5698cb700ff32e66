package dev.headroom.fix;

import dev.headroom.model.Source;

/**
 * One text edit of a file: the characters in [{@code start}, {@code end}) of its text (without a BOM) are
 * replaced by {@code text}; an insertion has {@code start == end}. {@code range} is the same span as lines and
 * columns, for reports (SARIF {@code deletedRegion}).
 */
public record Edit(String file, int start, int end, Source range, String text) implements Comparable<Edit> {

    public boolean overlaps(Edit o) {
        if (!file.equals(o.file)) return false;
        if (start == end || o.start == o.end) return start < o.end && o.start < end || start == o.start;
        return start < o.end && o.start < end;
    }

    @Override
    public int compareTo(Edit o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
