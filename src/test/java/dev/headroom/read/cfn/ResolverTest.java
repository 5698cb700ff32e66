package dev.headroom.read.cfn;

import dev.headroom.model.Located;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.YamlParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolverTest {

    private static final String TEMPLATE = """
            Parameters:
              Size: {Type: Number, Default: 512}
              Stage: {Type: String, Default: prod}
              NoDefault: {Type: String}
              Subnets: {Type: CommaDelimitedList, Default: "a,b,c"}
            Mappings:
              ByStage:
                prod: {Timeout: 60}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
              NotProd: !Not [!Condition IsProd]
              Both: !And [!Condition IsProd, !Equals [1, 1]]
              Either: !Or [!Condition NotProd, !Equals [!Ref NoDefault, x]]
              Loop1: !Condition Loop2
              Loop2: !Condition Loop1
            Resources:
              Queue: {Type: AWS::SQS::Queue}
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  A: !Ref Size
                  B: !If [IsProd, 900, 3]
                  C: !FindInMap [ByStage, !Ref Stage, Timeout]
                  D: !Sub "${Stage}-${AWS::Partition}-${!Literal}"
                  E: !Join ["-", [a, !Ref Stage]]
                  F: !Select [1, !Ref Subnets]
                  G: !Select [2, !Split [",", "x,y,z"]]
                  H: !Ref NoDefault
                  I: !GetAtt Queue.Arn
                  J: !If [Loop1, 1, 2]
                  K: !If [Either, 1, 2]
                  L: !Sub ["${X}0", {X: !Ref Size}]
                  M: !Ref AWS::Region
                  N: !If [Both, !Ref AWS::NoValue, 1]
                  O: "30"
            """;

    private final MapNode root;
    private final Resolver r;
    private final MapNode props;

    private Located<Object> v(String key) {
        return r.resolve(props.get(key));
    }

    ResolverTest() throws Exception {
        root = (MapNode) YamlParser.parse("t.yaml", TEMPLATE).root();
        r = new Resolver(root, Map.of());
        props = root.getMap("Resources").getMap("Fn").getMap("Properties");
    }

    @Test
    void resolvesFromDefaults() {
        assertEquals(512L, v("A").value());
        assertEquals(2, v("A").source().line(), "a parameter's value is located at its Default");
        assertEquals(21, v("A").related().get(0).source().line(), "and the reference is a related place");
        assertEquals(900L, v("B").value());
        assertEquals(60L, v("C").value());
        assertEquals("prod-aws-${Literal}", v("D").value());
        assertEquals("a-prod", v("E").value());
        assertEquals("b", v("F").value());
        assertEquals("z", v("G").value());
        assertEquals("5120", v("L").value());
        assertEquals(30, r.resolveInt(props.get("O")).value(), "numeric strings are numbers");
    }

    @Test
    void unknownsCarryAReason() {
        assertTrue(v("H").unknownReason().contains("no Default"), v("H").unknownReason());
        assertTrue(v("I").unknownReason().contains("deploy time"));
        assertTrue(v("M").unknownReason().contains("AWS::Region"));
        assertTrue(v("J").isUnknown(), "a condition cycle is unknown, not a hang");
        assertTrue(v("K").isUnknown(), "Or with an unknown operand and no true one is unknown");
    }

    @Test
    void noValueSelectsAbsence() {
        assertNull(r.select(props.get("N")), "the chosen branch is AWS::NoValue: the property is absent");
        assertEquals(Resolver.NO_VALUE, v("N").value());
    }

    @Test
    void overridesWinOverDefaults() {
        Resolver withParam = new Resolver(root, Map.of("Size", "1024", "NoDefault", "x"));
        assertEquals("1024", withParam.resolve(props.get("A")).value());
        assertEquals(1L, withParam.resolve(props.get("K")).value(), "Either is true once NoDefault is known");
    }

    @Test
    void referencesFindResourcesInEveryForm() throws Exception {
        Node env = YamlParser.parse("e.yaml", """
                - !Ref Queue
                - !GetAtt Queue.Arn
                - !GetAtt [Queue, QueueName]
                - !Sub "${Queue.Arn}/x"
                - !Ref Size
                """).root();
        var refs = r.references(env);
        assertEquals(List.of("Queue", "Queue", "Queue", "Queue"), refs.stream().map(x -> x.logicalId()).toList());
        assertEquals("QueueName", refs.get(2).attribute());
    }

    @Test
    void deepNestingIsBoundedNotRecursive() throws Exception {
        StringBuilder b = new StringBuilder("Resources:\n  X:\n    Type: AWS::SQS::Queue\n    Properties:\n      V: ");
        int depth = 30; // 90 tree levels: within the parser's bound, beyond the resolver's
        b.append("{\"Fn::Join\": [\"\", [".repeat(depth)).append("\"x\"").append("]]}".repeat(depth)).append('\n');
        MapNode t = (MapNode) YamlParser.parse("deep.yaml", b.toString()).root();
        Resolver deep = new Resolver(t, Map.of());
        Located<Object> v = deep.resolve(t.getMap("Resources").getMap("X").getMap("Properties").get("V"));
        assertTrue(v.isUnknown());
        assertTrue(v.unknownReason().contains("nested too deeply"), v.unknownReason());
    }
}
