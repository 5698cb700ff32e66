package dev.headroom.tree;

import java.util.Map;

/** CloudFormation's YAML short-form tags and the long-form keys they stand for. */
final class CfnTags {

    private static final Map<String, String> LONG_FORM = Map.ofEntries(
            Map.entry("!Ref", "Ref"),
            Map.entry("!Condition", "Condition"),
            fn("GetAtt"), fn("Sub"), fn("If"), fn("Join"), fn("Select"), fn("Split"),
            fn("FindInMap"), fn("Base64"), fn("Cidr"), fn("ImportValue"), fn("GetAZs"),
            fn("Equals"), fn("And"), fn("Or"), fn("Not"), fn("Transform"), fn("Length"),
            fn("ToJsonString"),
            // the functions of template Rules sections
            fn("Contains"), fn("EachMemberEquals"), fn("EachMemberIn"), fn("RefAll"), fn("ValueOf"),
            fn("ValueOfAll"));

    private CfnTags() {
    }

    private static Map.Entry<String, String> fn(String name) {
        return Map.entry("!" + name, "Fn::" + name);
    }

    /** The long-form key for a short-form tag ({@code !Sub} → {@code Fn::Sub}), or null. */
    static String longForm(String tag) {
        return LONG_FORM.get(tag);
    }
}
