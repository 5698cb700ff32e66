package dev.headroom.rules;

import dev.headroom.model.Located;
import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.rules.lambda.LambdaTimeoutOverLimit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A rule states kind and detail once; RuleContext words the message from them and keeps them as data. */
class ReportOnTest {

    private final List<Finding> sink = new ArrayList<>();
    private final RuleContext ctx = new RuleContext(RuleMeta.of(LambdaTimeoutOverLimit.class), Severity.ERROR, Map.of(),
            sink::add);

    @Test
    void theMessageIsKindLabelDetailAndTheDataStaysBesideIt() {
        Origin fn = Origin.of("ApiFn", "AWS::Serverless::Function", Source.at("t.yaml", 5, 3)).withDisplayName("Api");
        Source globals = Source.at("t.yaml", 3, 14);
        Related inherited = new Related(fn.source(), "inherited by function Api");
        ctx.reportOn("Function", fn, "Timeout", new Located<>(901, globals, List.of(inherited), false, null),
                "timeout 901 s is above the maximum");
        Finding f = sink.get(0);
        assertEquals("Function Api: timeout 901 s is above the maximum", f.message());
        assertEquals(new About.Element("Function", "timeout 901 s is above the maximum"), f.about());
        assertEquals(globals, f.source());
        assertEquals(List.of(inherited), f.related());
        assertEquals(Severity.ERROR, f.severity());
    }

    /** CDK: the label is the construct path, and the line of the app that made the construct is related. */
    @Test
    void aConstructIsNamedByItsPath() {
        Source app = Source.at("app.ts", 12, 5);
        Origin fn = Origin.of("Fn1A2B", "AWS::Lambda::Function", Source.at("cdk.out/S.template.json", 9, 5))
                .withConstruct("S/Api/Fn", "aws-cdk-lib.aws_lambda.Function").withCdk(app, false);
        ctx.reportOn(Severity.WARNING, "Function", fn, "Runtime", fn.source(), "runtime nodejs16.x is deprecated",
                List.of());
        Finding f = sink.get(0);
        assertEquals("Function S/Api/Fn: runtime nodejs16.x is deprecated", f.message());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of(new Related(app, "construct S/Api/Fn is created here")), f.related());
    }

    @Test
    void aPlainReportCarriesNoElementData() {
        Origin fn = Origin.of("Fn", "AWS::Lambda::Function", Source.at("t.yaml", 2, 3));
        ctx.report(fn, "Timeout", fn.source(), "Function Fn: timeout 901 s", List.of());
        assertNull(sink.get(0).about());
    }
}
