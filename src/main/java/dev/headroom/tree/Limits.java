package dev.headroom.tree;

/** Bounds that keep a hostile or broken file from exhausting memory, stack or time. */
final class Limits {

    /** Largest file we read; real CDK templates stay well below this. */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    /** Deepest nesting of maps and lists; real templates nest a few dozen levels at most. */
    static final int MAX_DEPTH = 200;

    /** Most nodes a document may have once YAML aliases are expanded (stops "billion laughs"). */
    static final long MAX_NODES = 1_000_000;

    /** Most aliases to maps and lists in one YAML document. */
    static final int MAX_COLLECTION_ALIASES = 500;

    private Limits() {
    }

    static void checkLength(String file, String text) throws ParseException {
        // a char is at least one UTF-8 byte, so this never rejects a file within the byte limit
        if (text.length() > MAX_BYTES) {
            throw new ParseException("file too large (" + text.length() + " characters, limit "
                    + MAX_BYTES + " bytes)", dev.headroom.model.Source.fileStart(file));
        }
    }
}
