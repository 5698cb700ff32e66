package dev.headroom.suppress;

import dev.headroom.model.Origin;
import dev.headroom.rules.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * What a finding is about, without line numbers or message text, so that it survives edits above it and a
 * reworded message: rule, file, logical location (the CDK construct path, the Serverless function key or the
 * resource's logical id; for a value several functions share, the path of that value, such as
 * {@code Globals.Function.Timeout}) and the property that is wrong. A finding about a file rather than an element
 * (HR900 parse errors and reader problems, HR903 malformed or expired annotations) has neither: it is known by rule
 * and file alone, and the baseline's count orders such findings within a file, as SARIF's {@code :2} suffix does.
 */
public record Identity(String rule, String file, String location, String property) implements Comparable<Identity> {

    private static final Comparator<Identity> ORDER = Comparator.comparing(Identity::file)
            .thenComparing(Identity::location).thenComparing(Identity::rule).thenComparing(Identity::property);

    /** {@code file} is the finding's file as the baseline or report names it (relative, forward slashes). */
    public static Identity of(Finding f, String file) {
        Origin o = f.origin();
        // A shared value: subject is its path; HR902: the kind and ids of the suppression; file-level: empty.
        if (o == null) return new Identity(f.ruleId(), file, f.subject(), "");
        String location = o.constructPath() != null ? o.constructPath()
                : o.displayName() != null ? o.displayName() : o.logicalId() == null ? "" : o.logicalId();
        return new Identity(f.ruleId(), file, location, f.subject());
    }

    /**
     * The SARIF {@code partialFingerprints} value of a finding: a hash of rule, file, element and subject. Code
     * scanning keeps an alert the same alert while unrelated lines move it; a SARIF baseline is matched by it.
     */
    public static String fingerprint(Finding f, String file) {
        String logicalId = f.origin() == null || f.origin().logicalId() == null ? "" : f.origin().logicalId();
        String key = f.ruleId() + "|" + file + "|" + logicalId + "|" + f.subject();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public int compareTo(Identity o) {
        return ORDER.compare(this, o);
    }
}
