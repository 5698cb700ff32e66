package dev.headroom.read;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CdkHelpersTest {

    @Test
    void pathsOfCdkSingletonsAndProvidersAreHelpers() {
        Map<String, String> none = Map.of();
        assertTrue(CdkHelpers.isHelper("App/Custom::VpcRestrictDefaultSGCustomResourceProvider/Handler", none));
        assertTrue(CdkHelpers.isHelper("App/LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/Resource", none));
        assertTrue(CdkHelpers.isHelper("App/SingletonLambda7677dc81117d41c0b75bdfa2d4d2c6d1/Resource", none));
        assertTrue(CdkHelpers.isHelper("App/AWS679f53fac002430cb0da5b7982bd2287/Resource", none));
        assertTrue(CdkHelpers.isHelper("Stage/App/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C/Resource", none));
        assertTrue(CdkHelpers.isHelper("Bonjour/Ec2Cluster/DefaultAutoScalingGroup/DrainECSHook/Function/Resource", none));
    }

    @Test
    void typesFromTheTreeMarkWhatIsInsideAHelperConstruct() {
        Map<String, String> types = Map.of("App/Setup", "aws-cdk-lib.custom_resources.Provider",
                "App/Site/Deploy", "aws-cdk-lib.aws_s3_deployment.BucketDeployment");
        assertTrue(CdkHelpers.isHelper("App/Setup/framework-onEvent/Resource", types));
        assertTrue(CdkHelpers.isHelper("App/Site/Deploy/AwsCliLayer/Resource", types));
        assertFalse(CdkHelpers.isHelper("App/SetupHandler/Resource", types));
    }

    @Test
    void userConstructsAreNot() {
        Map<String, String> none = Map.of();
        assertFalse(CdkHelpers.isHelper("OrdersStack/Api/Handler/Resource", none));
        assertFalse(CdkHelpers.isHelper("OrdersStack/CustomHandler/Resource", none), "Custom:: with the colons only");
        assertFalse(CdkHelpers.isHelper("Custom::Stack/Fn/Resource", none), "the stack's own name is the user's");
        assertFalse(CdkHelpers.isHelper("OrdersStack/Worker1234/Resource", none));
        assertFalse(CdkHelpers.isHelper(null, none));
    }
}
