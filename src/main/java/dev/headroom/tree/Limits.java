package dev.headroom.tree;

/** Bounds that keep a hostile or broken file from exhausting memory, stack or time. */
final class Limits {

    /**
     * Largest file we read: CloudFormation takes templates of at most 1 MB, so 16 MiB leaves room for any real
     * template (pretty-printed CDK output included) while a file at the limit still parses in bounded memory.
     */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /**
     * Longest line of a YAML file. The YAML reader copies the pending part of a line each time it reads ahead,
     * so one very long line (a single scalar) costs its length squared; a bound keeps every file linear.
     */
    static final int MAX_YAML_LINE = 1024 * 1024;

    /** Deepest nesting of maps and lists; real templates nest a few dozen levels at most. */
    static final int MAX_DEPTH = 200;

    /**
     * Most values (scalars, maps and lists) a document may have, counted while it is parsed and again once YAML
     * aliases are expanded (stops "billion laughs"). A 1 MB template has about 50,000.
     */
    static final long MAX_NODES = 1_000_000;

    /** Most aliases to maps and lists in one YAML document. */
    static final int MAX_COLLECTION_ALIASES = 500;

    private Limits() {
    }

    static void checkLength(String file, String text) throws ParseException {
        // a char is at least one UTF-8 byte, so this never rejects a file within the byte limit
        if (text.length() > MAX_BYTES) {
            throw new ParseException("file too large (" + text.length() + " characters; headroom reads files of at "
                    + "most " + describeBytes() + ")", dev.headroom.model.Source.fileStart(file));
        }
    }

    /** The file size limit as a message states it. */
    static String describeBytes() {
        return (MAX_BYTES >> 20) + " MiB (" + MAX_BYTES + " bytes)";
    }

    static ParseException tooManyValues(dev.headroom.model.Source at) {
        return new ParseException("document too large: more than " + MAX_NODES + " values (maps, lists and scalars); "
                + "headroom reads at most that many", at);
    }

    static ParseException tooDeep(dev.headroom.model.Source at) {
        return new ParseException("too deep: more than " + MAX_DEPTH + " levels of nesting", at);
    }
}
