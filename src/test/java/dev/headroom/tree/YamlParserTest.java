package dev.headroom.tree;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.headroom.tree.TreeAssertions.assertRange;
import static dev.headroom.tree.TreeAssertions.list;
import static dev.headroom.tree.TreeAssertions.map;
import static dev.headroom.tree.TreeAssertions.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlParserTest {

    private static Node parse(String text) throws ParseException {
        Document doc = YamlParser.parse("t.yaml", text);
        assertEquals(Syntax.YAML, doc.syntax());
        assertEquals("t.yaml", doc.file());
        return doc.root();
    }

    private static ParseException failure(String text) {
        return assertThrows(ParseException.class, () -> YamlParser.parse("t.yaml", text));
    }

    private static final String TEMPLATE = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Code: |
                    exports.h = 1;
                    done

                  Timeout: 30
            Outputs: {A: [1, 2]}
            """;

    @Test
    void blockMapsEndOnTheirLastValueNotOnTheNextKey() throws ParseException {
        MapNode root = map(parse(TEMPLATE));
        assertRange("1:1-10:21", root);
        MapNode resources = root.getMap("Resources");
        assertRange("2:3-9:18", resources);
        MapNode fn = resources.getMap("Fn");
        assertRange("3:5-9:18", fn);
        assertRange("4:5-4:15", fn.entry("Properties").key());
        assertRange("5:7-9:18", fn.getMap("Properties"));
    }

    @Test
    void scalarPositionsAndBlockScalarsEndOnTheirLastContentLine() throws ParseException {
        MapNode props = map(parse(TEMPLATE)).getMap("Resources").getMap("Fn").getMap("Properties");
        ScalarNode code = scalar(props.get("Code"));
        assertEquals("exports.h = 1;\ndone\n", code.value());
        assertRange("5:13-7:13", code);
        MapNode.Entry timeout = props.entry("Timeout");
        assertRange("9:7-9:14", timeout.key());
        assertRange("9:16-9:18", timeout.value());
        assertEquals(30L, scalar(timeout.value()).value());
        assertEquals("30", scalar(timeout.value()).text());
    }

    @Test
    void flowCollectionsEndAtTheirClosingBracket() throws ParseException {
        MapNode outputs = map(parse(TEMPLATE)).getMap("Outputs");
        assertRange("10:10-10:21", outputs);
        ListNode a = list(outputs.get("A"));
        assertRange("10:14-10:20", a);
        assertRange("10:18-10:19", a.get(1));
    }

    @Test
    void blockSequencesEndOnTheirLastItem() throws ParseException {
        MapNode root = map(parse("list:\n  - a\n  - b: 1\n    c: two\nnext: 1\n"));
        ListNode items = list(root.get("list"));
        assertRange("2:3-4:11", items);
        assertRange("3:5-4:11", items.get(1));
    }

    @Test
    void plainScalarsResolveWithTheCoreSchema() throws ParseException {
        MapNode root = map(parse("""
                t: true
                f: False
                n1: ~
                n2: null
                n3:
                i: -42
                hex: 0x1F
                oct: 0o17
                big: 123456789012345678901234567890
                fl: 1.5
                exp: 1e3
                inf: -.inf
                ver: 1.10
                s: hello
                yes: yes
                quoted: "true"
                single: '12'
                block: >
                  folded
                env: ${STAGE}
                """));
        assertEquals(Boolean.TRUE, scalar(root.get("t")).value());
        assertEquals(Boolean.FALSE, scalar(root.get("f")).value());
        for (String key : List.of("n1", "n2", "n3")) {
            assertTrue(scalar(root.get(key)).isNull(), key);
            assertEquals("", scalar(root.get(key)).text(), key);
        }
        assertEquals(-42L, scalar(root.get("i")).value());
        assertEquals(31L, scalar(root.get("hex")).value());
        assertEquals(15L, scalar(root.get("oct")).value());
        assertEquals(new BigInteger("123456789012345678901234567890"), scalar(root.get("big")).value());
        assertEquals(1.5, scalar(root.get("fl")).value());
        assertEquals(1000.0, scalar(root.get("exp")).value());
        assertEquals(Double.NEGATIVE_INFINITY, scalar(root.get("inf")).value());
        assertEquals("1.10", scalar(root.get("ver")).text());
        assertEquals("hello", scalar(root.get("s")).value());
        assertEquals("yes", scalar(root.get("yes")).value());
        assertEquals("true", scalar(root.get("quoted")).value());
        assertEquals("12", scalar(root.get("single")).value());
        assertEquals("folded\n", scalar(root.get("block")).value());
        assertEquals("${STAGE}", scalar(root.get("env")).value());
    }

    @Test
    void standardTagsWork() throws ParseException {
        MapNode root = map(parse("a: !!str 12\nb: !!int \"7\"\nc: !!float 1\nd: !!bool true\ne: !!map {x: 1}\nf: !!null ''\n"));
        assertEquals("12", scalar(root.get("a")).value());
        assertEquals(7L, scalar(root.get("b")).value());
        assertEquals(1.0, scalar(root.get("c")).value());
        assertEquals(Boolean.TRUE, scalar(root.get("d")).value());
        assertEquals(1L, scalar(map(root.get("e")).get("x")).value());
        assertTrue(scalar(root.get("f")).isNull());
        assertTrue(failure("a: !!int abc\n").getMessage().contains("invalid !!int value"));
    }

    @Test
    void anUnexpectedTokenIsNamedByItsKindNeverByTheFilesText() {
        // a list item at its parent key's indentation, under a mapping that already has a value (cfn-lint's
        // config_invalid_yaml.yaml): snakeyaml says "but found '-'", a token kind, not text of the file
        ParseException item = failure("a:\n  b:\n    c:\n  - x\n");
        assertEquals("while parsing a block mapping: expected <block end>, but found a list item (-)", item.getMessage());
        assertEquals(4, item.source().line());
        // a plain scalar after a quoted one on the same line: the kind of token, and none of the text after it
        ParseException scalar = failure("Description: 'one' (two)\nResources: {}\n");
        assertEquals("while parsing a block mapping: expected <block end>, but found a plain value", scalar.getMessage());
        assertEquals(1, scalar.source().line());
    }

    @Test
    void everyShortFormTagBecomesItsLongForm() throws ParseException {
        List<String> functions = List.of("GetAtt", "Sub", "If", "Join", "Select", "Split", "FindInMap",
                "Base64", "Cidr", "ImportValue", "GetAZs", "Equals", "And", "Or", "Not", "Transform",
                "Length", "ToJsonString", "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf",
                "ValueOfAll");
        StringBuilder yaml = new StringBuilder("Ref: !Ref Bucket\nCondition: !Condition IsProd\n");
        functions.forEach(f -> yaml.append(f).append(": !").append(f).append(" value\n"));
        MapNode root = map(parse(yaml.toString()));
        assertEquals("Bucket", scalar(longForm(root.get("Ref"), "Ref")).value());
        assertEquals("IsProd", scalar(longForm(root.get("Condition"), "Condition")).value());
        for (String f : functions) {
            assertEquals("value", scalar(longForm(root.get(f), "Fn::" + f)).value(), f);
        }
    }

    private static Node longForm(Node node, String key) {
        MapNode.Entry single = map(node).single();
        assertEquals(key, single.name());
        return single.value();
    }

    @Test
    void taggedNodesKeepTheirKindAndPositions() throws ParseException {
        MapNode root = map(parse("""
                A: !GetAtt Fn.Arn
                B: !GetAtt [Fn, Arn]
                C: !Sub
                  - '${X}-${Y}'
                  - Y: !Ref Y
                D: !If [IsProd, 1, !Ref AWS::NoValue]
                """));
        MapNode a = map(root.get("A"));
        assertRange("1:4-1:18", a);
        assertRange("1:4-1:4", a.single().key());
        assertEquals("Fn.Arn", scalar(a.get("Fn::GetAtt")).value());

        ListNode b = list(map(root.get("B")).get("Fn::GetAtt"));
        assertEquals(List.of("Fn", "Arn"), b.items().stream().map(n -> scalar(n).value()).toList());
        assertRange("2:4-2:21", b);

        ListNode sub = list(map(root.get("C")).get("Fn::Sub"));
        assertRange("3:4-5:14", map(root.get("C")));
        assertEquals("${X}-${Y}", scalar(sub.get(0)).value());
        assertEquals("Y", scalar(map(map(sub.get(1)).get("Y")).get("Ref")).value());

        ListNode fnIf = list(map(root.get("D")).get("Fn::If"));
        assertEquals(1L, scalar(fnIf.get(1)).value());
        assertEquals("AWS::NoValue", scalar(map(fnIf.get(2)).get("Ref")).value());
    }

    @Test
    void unknownLocalTagIsAProblemAndTheFileIsStillRead() throws ParseException {
        Document doc = YamlParser.parse("t.yaml", "a: 1\nb: !Foo x\nc: !Rain::Embed f.py\n");
        assertEquals(2, doc.problems().size());
        assertEquals("unsupported tag !Foo", doc.problems().get(0).message());
        assertEquals(2, doc.problems().get(0).source().line());
        assertEquals(4, doc.problems().get(0).source().column());
        assertTrue(doc.problems().get(1).message().contains("Rain directive"), doc.problems().get(1).message());
        // `!Ref: X` (copilot-cli's test stacks): the tag is "!Ref:", which reads like a typo for !Ref
        Document glued = YamlParser.parse("t.yaml", "a:\n  - !Ref: AWS::NoValue\n");
        assertEquals("unsupported tag !Ref: (a YAML tag ends at the first space: write `!Ref VALUE`)",
                glued.problems().get(0).message());
        // The value is kept as the one-key map JSON would spell, so the resolver sees an unknown intrinsic.
        MapNode b = (MapNode) ((MapNode) doc.root()).get("b");
        assertEquals("Foo", b.single().name());
        assertEquals("x", ((ScalarNode) b.single().value()).text());
        assertEquals(1L, ((ScalarNode) ((MapNode) doc.root()).get("a")).value());
    }

    @Test
    void mergeKeysExpandWithExplicitKeysAndEarlierMapsWinning() throws ParseException {
        MapNode root = map(parse("""
                base: &base
                  a: 1
                  b: 2
                other: &other
                  b: 20
                  c: 30
                fn:
                  <<: [*base, *other]
                  a: 100
                single:
                  <<: *other
                  d: 4
                """));
        MapNode fn = root.getMap("fn");
        assertFalse(fn.has("<<"));
        assertEquals(100L, scalar(fn.get("a")).value());
        assertEquals(9, fn.entry("a").key().source().line());
        assertEquals(2L, scalar(fn.get("b")).value());
        assertEquals(3, fn.entry("b").key().source().line());
        assertEquals(30L, scalar(fn.get("c")).value());
        assertRange("6:6-6:8", fn.get("c"));
        assertRange("8:3-9:9", fn);

        MapNode single = root.getMap("single");
        assertEquals(List.of("d", "b", "c"), single.entries().stream().map(MapNode.Entry::name).toList());
        assertRange("11:3-12:7", single);
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondKey() {
        ParseException e = failure("a: 1\nb: 2\na: 3\n");
        assertEquals("duplicate key 'a' (first at line 1)", e.getMessage());
        assertEquals(3, e.source().line());

        ParseException merged = failure("base: &b {x: 1}\nm:\n  <<: *b\n  y: 1\n  y: 2\n");
        assertEquals("duplicate key 'y' (first at line 4)", merged.getMessage());
        assertEquals(5, merged.source().line());
    }

    /** Merge keys as snakeyaml-engine 3.0.1's composer expands them, pinned where its rules are surprising. */
    @Test
    void mergeKeysKeepSnakeyamlsRules() throws ParseException {
        // the keys of one merged map are checked against earlier keys only, so its own repeat is a duplicate...
        ParseException repeated = failure("c:\n  <<: {x: 1, x: 2}\n");
        assertEquals("duplicate key 'x' (first at line 2)", repeated.getMessage());
        assertEquals("2:14-2:15", TreeAssertions.range(repeated.source()));
        // ...unless an explicit key drops both
        assertEquals(List.of("x"), map(parse("c:\n  x: 0\n  <<: {x: 1, x: 2}\n")).getMap("c").entries().stream()
                .map(MapNode.Entry::name).toList());
        // an anchored scalar in a merge list stands for the map its anchor names by the end of the mapping
        assertEquals(2L, scalar(map(parse("c:\n  <<: [&a 1, &a {y: 2}]\n")).getMap("c").get("y")).value());
        // a merge of a non-map is reported where the parser stands after the mapping: the next key
        ParseException scalar = failure("a: &a 1\nc:\n  <<: *a\nd: 2\n");
        assertEquals("Expected mapping node or an anchor referencing mapping", scalar.getMessage());
        assertEquals(4, scalar.source().line());
    }

    @Test
    void aMapThatMergesItselfIsAnErrorNotAHang() {
        // snakeyaml's composer looped forever on this
        ParseException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure("a: &a\n  x: 1\n  <<: *a\n"));
        assertEquals("recursive merge key: a map merges a map that merges it back", e.getMessage());
        assertEquals("1:4", e.source().line() + ":" + e.source().column(), "at the map (its anchor)");
    }

    @Test
    void billionLaughsIsRejectedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            String alias = "*" + previous;
            yaml.append(c).append(": &").append(c).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, alias))).append("]\n");
            previous = String.valueOf(c);
        }
        ParseException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> failure(yaml.toString()));
        assertTrue(e.getMessage().startsWith("too many aliases / document too large"), e.getMessage());
        assertTrue(e.source().line() > 1);
    }

    @Test
    void tooManyCollectionAliasesAreRejected() {
        String aliases = IntStream.range(0, 501).mapToObj(i -> "*a").collect(Collectors.joining(", "));
        ParseException e = failure("a: &a {x: 1}\nl: [" + aliases + "]\n");
        assertTrue(e.getMessage().startsWith("too many aliases"), e.getMessage());
    }

    @Test
    void sharedAnchorsAreConvertedOnce() throws ParseException {
        MapNode root = map(parse("a: &a {x: 1}\nb: *a\nc: [*a, *a]\n"));
        assertTrue(root.get("a") == root.get("b"));
        assertTrue(root.get("b") == list(root.get("c")).get(1));
    }

    @Test
    void recursiveAliasIsAnError() {
        assertTrue(failure("a: &x [*x]\n").getMessage().startsWith("recursive alias"));
    }

    @Test
    void nestingDepthIsLimited() throws ParseException {
        assertTrue(failure("[".repeat(250) + "]".repeat(250)).getMessage().startsWith("too deep"));
        assertTrue(failure("[".repeat(100_000) + "]".repeat(100_000)).getMessage().startsWith("too deep"));
        assertInstanceOf(ListNode.class, parse("[".repeat(150) + "]".repeat(150)));
    }

    @Test
    void syntaxErrorsReportTheProblemLine() {
        ParseException e = failure("a: 1\n  b: 2\n");
        assertEquals("mapping values are not allowed here", e.getMessage());
        assertEquals(2, e.source().line());
        assertEquals(4, e.source().column());

        ParseException flow = failure("a: [1, 2\nb: 3\n");
        assertFalse(flow.getMessage().contains("Exception"), flow.getMessage());
        assertFalse(flow.getMessage().contains("\n"), flow.getMessage());
        assertTrue(flow.source().line() >= 2);

        ParseException undefined = failure("a: *nope\n");
        assertEquals("found undefined alias", undefined.getMessage());
        assertEquals(1, undefined.source().line());
    }

    @Test
    void complexKeysAreRejected() {
        ParseException e = failure("a: 1\n? [x, y]\n: v\n");
        assertTrue(e.getMessage().contains("map key"), e.getMessage());
        assertEquals(2, e.source().line());
    }

    @Test
    void crlfBomAndTabsWork() throws ParseException {
        // a tab after a closing quote trips snakeyaml-engine 3.0.1's scanner, so none here
        MapNode root = map(parse("\uFEFFa: 1\t# tab\r\nb:\r\n  c: |\r\n    x\r\n  d: \"x\ty\" # c\r\n"));
        assertRange("1:1-1:2", root.entry("a").key());
        assertEquals("x\n", scalar(root.getMap("b").get("c")).value());
        assertRange("3:6-4:6", root.getMap("b").get("c"));
        assertEquals("x\ty", scalar(root.getMap("b").get("d")).value());
        assertRange("5:6-5:11", root.getMap("b").get("d"));
    }

    @Test
    void onlyTheFirstDocumentIsRead() throws ParseException {
        MapNode root = map(parse("a: 1\n---\nb: 2\n"));
        assertEquals(List.of("a"), root.entries().stream().map(MapNode.Entry::name).toList());
        assertNull(parse(""));
        assertNull(parse("# only a comment\n"));
    }

    @Test
    void oversizeTextIsRejected() {
        String big = "a".repeat(Limits.MAX_BYTES + 1);
        assertTrue(failure(big).getMessage().startsWith("file too large"));
    }
}
