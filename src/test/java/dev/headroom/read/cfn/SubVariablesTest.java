package dev.headroom.read.cfn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code ${...}} of a {@code Fn::Sub} string, found as the pattern {@code \$\{([^}]*)}} found them, in one pass. */
class SubVariablesTest {

    private static List<String> contents(String text) {
        List<String> out = new ArrayList<>();
        SubVariables v = new SubVariables(text);
        while (v.find()) out.add(v.start() + ":" + v.content() + ":" + v.end());
        return out;
    }

    @Test
    void findsWhatThePatternFound() {
        for (String text : new String[] {"arn:${AWS::Partition}:s3:::${Bucket}/*", "${!Literal}-${A}", "${${A}}", "${}x${",
                "${a:" + "${a:".repeat(1000), "}${a}", "no variables"}) {
            List<String> expected = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}]*)}").matcher(text);
            while (m.find()) expected.add(m.start() + ":" + m.group(1) + ":" + m.end());
            assertEquals(expected, contents(text), text.length() > 60 ? text.substring(0, 60) : text);
        }
    }

    @Test
    void anUnclosedVariableRepeatedEndsTheSearch() {
        assertEquals(List.of(), contents("${a:".repeat(160_000)));
    }
}
