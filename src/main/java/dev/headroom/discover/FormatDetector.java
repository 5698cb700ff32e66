package dev.headroom.discover;

import dev.headroom.model.InputFormat;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.regex.Pattern;

/**
 * Tells the input format from content, not from the file name: SAM (a {@code Transform} naming
 * {@code AWS::Serverless-2016-10-31}, or {@code AWS::Serverless::*} resources without one), CloudFormation
 * (a {@code Resources} map of {@code AWS::} types). Anything else is not ours and is skipped silently.
 */
public final class FormatDetector {

    public static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    /** Cheap text test before parsing a file found in a directory: could it be a template at all? */
    private static final Pattern MAYBE_TEMPLATE = Pattern.compile("\"?(Resources|AWSTemplateFormatVersion)\"?\\s*:");

    private FormatDetector() {
    }

    public static boolean mayBeTemplate(CharSequence text) {
        return MAYBE_TEMPLATE.matcher(text).find();
    }

    /** The format of a parsed document, or null when it is none of ours. */
    public static InputFormat detect(Node root) {
        if (!(root instanceof MapNode m)) return null;
        boolean sam = hasSamTransform(m.get("Transform"));
        boolean aws = false;
        if (m.get("Resources") instanceof MapNode resources) {
            for (MapNode.Entry e : resources.entries()) {
                if (e.value() instanceof MapNode r && r.get("Type") instanceof ScalarNode t && t.isString()) {
                    if (t.text().startsWith("AWS::Serverless::")) sam = true;
                    if (t.text().startsWith("AWS::") || t.text().startsWith("Custom::")) aws = true;
                }
            }
        }
        if (sam) return InputFormat.SAM;
        return aws ? InputFormat.CLOUDFORMATION : null;
    }

    private static boolean hasSamTransform(Node transform) {
        if (transform instanceof ScalarNode s) return SAM_TRANSFORM.equals(s.text());
        if (transform instanceof ListNode l) {
            for (Node n : l.items()) if (n instanceof ScalarNode s && SAM_TRANSFORM.equals(s.text())) return true;
        }
        return false;
    }
}
