package dev.headroom.rules;

import dev.headroom.config.RuleSet;
import dev.headroom.model.InputFormat;
import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.scan.Scanner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reader reports a malformed declaration (a traffic declaration) as a stack problem under HR903. */
class InvalidAnnotationTest {

    @Test
    void reportsStackProblemsUnderItsOwnIdOnly() throws Exception {
        Stack.Builder b = new Stack.Builder("t.yaml", InputFormat.CLOUDFORMATION, "t");
        b.problems.add(Problem.of("HR903", Source.at("t.yaml", 7, 9), "traffic: requestsPerMonth must be a number"));
        b.problems.add(Problem.of("HR900", Source.at("t.yaml", 3, 1), "resource without a Type"));
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        new Scanner(RuleSet.load("default"), ReadOptions.defaults()).check(b.build(), findings, errors);
        assertEquals(List.of(), errors);
        List<String> got = findings.stream().map(f -> f.ruleId() + " " + f.severity().id() + " " + f.source().line()
                + " " + f.message()).sorted().toList();
        assertEquals(List.of("HR900 error 3 resource without a Type",
                "HR903 warning 7 traffic: requestsPerMonth must be a number"), got);
    }
}
