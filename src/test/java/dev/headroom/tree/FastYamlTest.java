package dev.headroom.tree;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The constructs the fast YAML path takes (it must build what snakeyaml's path builds) and those it leaves to
 * snakeyaml (it must decline). {@link FastYamlDifferentialTest} holds the same over real files.
 */
class FastYamlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "# only a comment\n",
        "a: 1\nb: true\nc: ~\nd: 1.5\ne: text with spaces  # a comment\nf: 0x1F\ng: -12\nh: .inf\n",
        "---\nAWSTemplateFormatVersion: '2010-09-09'\n",
        "--- # a comment\na: b\n",
        "a:\n  b:\n    c: d\n  e: f\n",
        "a:\n- x\n- y\nb: z\n",
        "a:\n  - x\n  -   y\n  - k: v\n    l: w\n  - - nested\n    - list\n",
        "a: 'single ''quoted'''\nb: \"double \\\"quoted\\\" \\n \\t \\u00e9 \\x41 \\\\\"\n'c': 1\n\"d\": 2\n",
        "a: !Ref Name\nb: !Sub '${AWS::StackName}-x'\nc: !GetAtt Fn.Arn\n",
        "a: !Join ['', [a, !Ref b, 'c']]\nb: !Select [0, !GetAZs '']\nc: {}\nd: []\ne: {k: v, 'q': !Ref x}\n",
        "a: !If\n  - Cond\n  - x\n  - !Ref AWS::NoValue\nb: !Equals\n  - a\n  - b\n",
        "a: !Sub\n  - '${X}'\n  - X: !Ref Y\n",
        "Code: |\n  line one\n    indented\n\n  last\nNext: 1\n",
        "Code: |-\n  strip\n\n\nNext: 1\n",
        "Code: |+\n  keep\n\n\nNext: 1\n",
        "Desc: >\n  folded\n  lines\n\n  para\n    more\n  end\nNext: 1\n",
        "Desc: >-\n  folded\n",
        "Code: !Sub |\n  echo ${X}\n",
        "Code: |\n  no final newline",
        "- a\n- b: c\n  d: e\n-   f\n",
        "a:\n  b\nc: d\n",
        "a: http://x.y/z?q=1#frag\nb: a:b\nc: x#y\n",
        "a:\n\n\n  b: 1   \n\n# c\n  c: 2\n",
        "root scalar\n",
        "a: été ü 日本\n",
        "a: 1\na2: [1, 2.5, true, null, ~, 'x']\n",
        "List:\n  - !Ref A\n  - !GetAtt\n    - B\n    - Arn\n",
        "a: plain\n  continued\n",
        "a: 'quoted\n  continued'\n",
        "a: [1,\n  2]\n",
        "a: !Bogus x\n",
        "a:\n  - x\n   - y\n",
        "a: [b: c]\n",
        "a: !Ref\nb: c\n",
        "a: plain\n  over\n\n  three # lines\nb: \"double\n   folded\\\n   joined\n\n  kept\"\n",
        "a: !Rain::Embed file.py\nb: !Ref: x\n",
        "a: !Join\n  - ''\n  - - x\n    - !Ref y\nb: !Sub\n  text\n",
        "a: {\n  k: v,  # comment\n  'q': [x, y]\n}\nb: [ !If [c, Ref: x, y], Fn::GetAZs: '' ]\n",
        "key : value\n\"q\" : 1\nc: ::1/128\nd: ?x\n",
        "Tags:\n  - !GetAZs\nNext: 1\n",
        "%YAML 1.1\n---\na: [x, y, ]\nb: {k: v,}\nc: {\"s\":\n  1}\n",
        "a:\n  -\n  - # empty\n  - x\nb:\n- !GetAZs\n- y\nc: !If\n- k\n- !Ref v\n",
    })
    void takesTheCommonSubsetAsSnakeyamlReadsIt(String yaml) {
        assertEquals(FastYamlDifferential.Outcome.EQUAL, FastYamlDifferential.compare("t.yaml", yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n",
        "base: &b {x: 1}\nc:\n  <<: *b\n",
        "%YAML 1.2\na: 1\n",
        "%TAG ! tag:x,2000:\n---\na: 1\n",
        "---\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "? complex\n: key\n",
        "[a]: b\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "a: 😀\n",
        "a: !!str 1\n",
        "a: |2\n   x\n",
        "a: 1\na: 2\n",
        "a: b: c\n",
        "a: [a, ,]\n",
        "a: {b}\n",
        "a: \"x\"#c\n",
        "a: \"unterminated\n",
        "a: |\nb: c\n",
        "  a: 1\n b: 2\n",
    })
    void leavesEverythingElseToSnakeyaml(String yaml) {
        assertNull(FastYaml.parseOrThrow("t.yaml", yaml), yaml);
    }

    /** snakeyaml drops a possible key longer than 1024 characters: such a key, in any context, is left to it. */
    @Test
    void leavesLongKeysToSnakeyaml() {
        String key = "k".repeat(1100);
        for (String yaml : new String[] {key + ": v\n", "'" + key + "': v\n", "a: {" + key + ": v}\n",
            "a: [" + key + ": v]\n"}) {
            assertNull(FastYaml.parseOrThrow("t.yaml", yaml), yaml);
        }
    }
}
