package dev.headroom.rules.lambda;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.ProvisionedConcurrency;
import dev.headroom.model.Stack;

import java.util.ArrayList;
import java.util.List;

/** Provisioned concurrency of a function, wherever the format writes it (the function, an alias, a version). */
final class Concurrency {

    private Concurrency() {
    }

    /** Every provisioned-concurrency setting that applies to {@code fn}, known or not. */
    static List<Located<Integer>> provisioned(Stack stack, LambdaFunction fn) {
        List<Located<Integer>> all = new ArrayList<>();
        if (fn.provisionedConcurrency() != null) all.add(fn.provisionedConcurrency());
        for (ProvisionedConcurrency pc : stack.provisionedConcurrency()) {
            if (fn.id().equals(pc.functionId()) && pc.executions() != null) all.add(pc.executions());
        }
        return all;
    }

    /** True when SnapStart is applied to published versions. */
    static boolean snapStartOn(LambdaFunction fn) {
        return fn.snapStart() != null && "PublishedVersions".equals(fn.snapStart().value());
    }

    /**
     * Runtimes on which SnapStart can be enabled: Java 11 and later, Python 3.12 and later, .NET 8 and later
     * (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html). On others CloudFormation rejects it.
     */
    static boolean supportsSnapStart(String runtime) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(java|python3\\.|dotnet)(\\d+)").matcher(runtime);
        if (!m.find()) return false;
        int v = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "java" -> v >= 11;
            case "python3." -> v >= 12;
            default -> v >= 8;
        };
    }
}
