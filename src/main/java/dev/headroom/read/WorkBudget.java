package dev.headroom.read;

/**
 * What resolving one file's values may cost: resolution steps, the size of any one value built (a string from
 * {@code Fn::Sub}, {@code Fn::Join} or a Serverless interpolation) and the characters built in all. Values
 * double at each level of a variable or a {@code Fn::Sub} over a long parameter, so a few kilobytes of template
 * can ask for gigabytes: past a bound the value is unknown with {@link #VALUE_TOO_LARGE} or
 * {@link #EXHAUSTED} as its reason (HR901 shows it), never an exception. One budget per file, shared by the
 * readers that resolve it (Serverless variables, then CloudFormation intrinsics).
 */
public final class WorkBudget {

    /** The largest value built: a CloudFormation template body is at most 1 MB, so a real value is smaller. */
    public static final int MAX_VALUE_CHARS = 1 << 20;

    /** Characters built in all values of one file. */
    public static final long MAX_FILE_CHARS = 16L << 20;

    /** Resolution steps per file (each intrinsic, list item or variable evaluated). */
    public static final long MAX_FILE_STEPS = 2_000_000;

    public static final String VALUE_TOO_LARGE = "the value would exceed " + (MAX_VALUE_CHARS >> 20)
            + " Mi characters, headroom's limit on one resolved value";
    public static final String EXHAUSTED = "resolving this file's values exceeded headroom's work limit ("
            + MAX_FILE_STEPS + " steps or " + (MAX_FILE_CHARS >> 20) + " Mi characters built)";

    private long steps;
    private long chars;

    /** Counts one step; false once the file's steps are spent. */
    public boolean step() {
        return ++steps <= MAX_FILE_STEPS;
    }

    /**
     * Asks to grow a value of {@code length} characters by {@code added}; null when it may, else the reason the
     * value is unknown. What is added counts against the file's total.
     */
    public String grow(long length, long added) {
        if (length + added > MAX_VALUE_CHARS) return VALUE_TOO_LARGE;
        chars += added;
        return chars > MAX_FILE_CHARS ? EXHAUSTED : null;
    }

    /** Appends {@code text} to a value being built; null when it did, else why the value is unknown. */
    public String append(StringBuilder value, String text) {
        String refused = grow(value.length(), text.length());
        if (refused == null) value.append(text);
        return refused;
    }

    /** True once the file's characters or steps are spent. */
    public boolean exhausted() {
        return steps > MAX_FILE_STEPS || chars > MAX_FILE_CHARS;
    }

    /** Work done so far (steps, characters built); tests hold it under the bounds. */
    public long steps() {
        return steps;
    }

    public long chars() {
        return chars;
    }
}
