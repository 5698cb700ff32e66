package dev.headroom.tree;

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
    })
    void takesTheCommonSubsetAsSnakeyamlReadsIt(String yaml) {
        assertEquals(FastYamlDifferential.Outcome.EQUAL, FastYamlDifferential.compare("t.yaml", yaml));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n",
        "base: &b {x: 1}\nc:\n  <<: *b\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "? complex\n: key\n",
        "[a]: b\n",
        "a: plain\n  continued\n",
        "a: 'quoted\n  continued'\n",
        "a: [1,\n  2]\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "a: 😀\n",
        "a: !Bogus x\n",
        "a: !!str 1\n",
        "a: |2\n   x\n",
        "a: 1\na: 2\n",
        "a: b: c\n",
        "a:\n  - x\n   - y\n",
        "a: [a, ]\n",
        "a: {b}\n",
        "a: [b: c]\n",
        "a: \"x\"#c\n",
        "a:\n-\n- b\n",
        "a: !Ref\nb: c\n",
        "a: \"unterminated\n",
        "a: |\nb: c\n",
        "  a: 1\n b: 2\n",
    })
    void leavesEverythingElseToSnakeyaml(String yaml) {
        assertNull(FastYaml.parseOrThrow("t.yaml", yaml), yaml);
    }
}
