package dev.headroom.tree;

import dev.headroom.model.Source;

/** A file that could not be parsed; becomes an HR900 finding at {@link #source()}. */
public final class ParseException extends Exception {

    private final transient Source source;

    public ParseException(String message, Source source) {
        super(message);
        this.source = source;
    }

    public Source source() {
        return source;
    }
}
