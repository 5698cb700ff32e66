package dev.headroom.fix;

import dev.headroom.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where no fix can be made safely, {@code fix} says why, and the JSON report carries the reason. */
class FixRefusalTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void saysWhyAValueIsNotFixed() {
        String[] r = run("fix", "--unsafe", "--diff", "src/test/resources/fix/cloudformation-yaml/template.yaml");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains(":57:33: HR303 not fixed: the value is chosen by Fn::If"), r[2]);
        assertTrue(r[2].contains(":9:14: HR304 not fixed: the value at line 9 is also used by another setting "
                + "(value of parameter SharedVisibility used here at line 28)"), r[2]);
        r = run("fix", "--diff", "src/test/resources/fix/serverless");
        assertTrue(r[2].contains("HR303 not fixed: the value comes from ${self:custom.stageTimeouts.${sls:stage}}, "
                + "which fix does not follow"), r[2]);
        assertTrue(r[2].contains("more fixes with --unsafe"), r[2]);
    }

    @Test
    void aCdkTemplateGetsTheFixAsAdviceOnly() {
        String[] r = run("scan", "src/test/resources/fixtures/cdk/catalogue.case", "--format", "json", "--fail-on", "none");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("\"unavailable\": \"CDK template: the app code is its source"), r[1]);
        assertTrue(!r[1].contains("\"edits\""), "no edits on a CDK template");
    }

    @Test
    void jsonAndSarifCarryTheEdits() {
        String[] json = run("scan", "src/test/resources/fix/sam-globals/template.yaml", "--format", "json", "--fail-on", "none");
        assertTrue(json[1].contains("\"applicability\": \"unsafe\""), json[1]);
        assertTrue(json[1].contains("\"description\": \"set Globals.Function.Timeout to 29\""), json[1]);
        assertTrue(json[1].contains("\"text\": \"29\""), json[1]);
        String[] sarif = run("scan", "src/test/resources/fix/sam-globals/template.yaml", "--format", "sarif", "--fail-on", "none");
        assertTrue(sarif[1].contains("\"fixes\""), sarif[1]);
        assertTrue(sarif[1].contains("\"deletedRegion\""), sarif[1]);
        assertTrue(sarif[1].contains("\"text\": \"Unsafe fix: set Globals.Function.Timeout to 29\""), sarif[1]);
    }
}
