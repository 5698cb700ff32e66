package dev.headroom.read.cdk;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ConstructTreeTest {

    @Test
    void aResourceIsTypedByTheConstructTheAppDeclared() {
        Map<String, String> types = Map.of(
                "S", "aws-cdk-lib.Stack",
                "S/Fn", "aws-cdk-lib.aws_lambda.Function",
                "S/Fn/Resource", "aws-cdk-lib.aws_lambda.CfnFunction",
                "S/Raw", "aws-cdk-lib.aws_lambda.CfnFunction",
                "S/Scope", "constructs.Construct",
                "S/Scope/Queue", "aws-cdk-lib.aws_sqs.CfnQueue");
        assertEquals("aws-cdk-lib.aws_lambda.Function", ConstructTree.userType("S/Fn/Resource", types));
        assertEquals("aws-cdk-lib.aws_lambda.CfnFunction", ConstructTree.userType("S/Raw", types), "an L1 the user wrote");
        assertEquals("aws-cdk-lib.aws_sqs.CfnQueue", ConstructTree.userType("S/Scope/Queue", types), "a plain scope says less");
        assertNull(ConstructTree.userType("S/Missing/Resource", types));
    }
}
