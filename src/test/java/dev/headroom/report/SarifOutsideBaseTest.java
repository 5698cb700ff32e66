package dev.headroom.report;

import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import dev.headroom.rules.Finding;
import dev.headroom.rules.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A CDK app's source line recorded on another machine is outside %SRCROOT%: it gets an absolute file URI. A
 * helper's finding is marked in SARIF and JSON alike.
 */
class SarifOutsideBaseTest {

    @Test
    void fileOutsideTheBaseIsAnAbsoluteUriWithoutBase() {
        Path base = Path.of("/proj").toAbsolutePath();
        String template = base.resolve("cdk.out/App.template.json").toString();
        String elsewhere = Path.of("/elsewhere/lib/app.ts").toAbsolutePath().toString();
        Origin o = Origin.of("Fn", "AWS::Lambda::Function", Source.at(template, 5, 3))
                .withConstruct("App/Fn/Resource", null).withCdk(Source.at(elsewhere, 12, 5), true);
        Finding f = new Finding("HR102", Severity.NOTE, "Timeout 900 s", Source.at(template, 9, 16),
                List.of(new Related(Source.at(elsewhere, 12, 5), "construct App/Fn/Resource is created here")), o, "Timeout");
        ScanReport report = new ScanReport("0.1.0", base, List.of(), Map.of(), List.of(f), Map.of(), 1, List.of(),
                Duration.ZERO);
        String sarif = ReportFixtures.write(new SarifWriter(), report);
        String uri = Path.of(elsewhere).toUri().toString();
        assertTrue(sarif.contains("\"uri\": \"" + uri + "\"\n"), sarif);
        assertTrue(sarif.contains("\"uri\": \"cdk.out/App.template.json\",\n"), sarif);
        assertTrue(sarif.contains("\"cdkInternal\": true"), sarif);

        String json = ReportFixtures.write(new JsonWriter(), report);
        assertTrue(json.contains("\"constructPath\": \"App/Fn/Resource\",\n"), json);
        assertTrue(json.contains("\"cdkInternal\": true,\n"), json);
    }
}
