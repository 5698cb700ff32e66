package dev.headroom.model;

import java.util.Comparator;

/**
 * A range in a scanned file. Lines and columns are 1-based and count characters (not bytes);
 * {@code file} is the path as discovered (reports relativise it).
 */
public record Source(String file, int line, int column, int endLine, int endColumn) implements Comparable<Source> {

    private static final Comparator<Source> ORDER = Comparator.comparing(Source::file)
            .thenComparingInt(Source::line).thenComparingInt(Source::column)
            .thenComparingInt(Source::endLine).thenComparingInt(Source::endColumn);

    public Source {
        if (line < 1) line = 1;
        if (column < 1) column = 1;
        if (endLine < line) { endLine = line; }
        if (endLine == line && endColumn < column) endColumn = column;
    }

    /** A point (or the first line) of a file, for findings that concern the whole file. */
    public static Source fileStart(String file) {
        return new Source(file, 1, 1, 1, 1);
    }

    public static Source at(String file, int line, int column) {
        return new Source(file, line, column, line, column);
    }

    @Override
    public int compareTo(Source o) {
        return ORDER.compare(this, o);
    }

    // equals and hashCode written out: every finding compares and hashes sources, and the generated ones bootstrap
    // method handles on first use, which cost a one-template scan tens of milliseconds. Same components, same meaning.
    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && line == s.line && column == s.column && endLine == s.endLine
                && endColumn == s.endColumn && java.util.Objects.equals(file, s.file);
    }

    @Override
    public int hashCode() {
        return (((java.util.Objects.hashCode(file) * 31 + line) * 31 + column) * 31 + endLine) * 31 + endColumn;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
