package dev.headroom.rules.integration;

import dev.headroom.model.Database;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Origin;
import dev.headroom.model.Stack;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.List;

@RuleInfo(
        id = "HR302",
        name = "lambda-database-outside-vpc",
        severity = Severity.WARNING,
        summary = "A function reaches a private RDS database or an RDS Proxy but has no VPC configuration.",
        whatItDoes = """
                For each function without `VpcConfig` (or with one that names no subnets), reports each private \
                RDS database it reaches, once, at the first environment entry that holds its endpoint — an instance or cluster \
                with `PubliclyAccessible` false, the default; for an Aurora cluster, when none of its instances is \
                public — and each RDS Proxy, which is only ever reachable from inside its VPC. The references are \
                followed as for HR301.""",
        whyIsThisBad = """
                A function outside a VPC cannot open a connection to a private endpoint: every invocation waits \
                for the connect timeout and fails. The mistake passes every deployment and shows only at run time.""",
        example = """
                ```yaml
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      Environment:
                        Variables:
                          DB_HOST: !GetAtt Database.Endpoint.Address
                  Database:
                    Type: AWS::RDS::DBInstance      # PubliclyAccessible defaults to false
                ```""",
        useInstead = """
                Attach the function to the database's VPC, in subnets whose security group the database admits:
                ```yaml
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      VpcConfig:
                        SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
                        SecurityGroupIds: [!Ref FunctionSecurityGroup]
                ```""",
        tags = {"lambda", "rds", "vpc", "networking"},
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html",
                "https://docs.aws.amazon.com/lambda/latest/dg/configuration-database.html",
                "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-network-prereqs.html"})
public final class LambdaDatabaseOutsideVpc implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (LambdaFunction fn : stack.functions()) {
            if (fn.vpc() != null && (fn.vpc().isUnknown() || fn.vpc().value())) continue;
            for (List<DatabaseReach> group : DatabaseReach.byTarget(stack, fn)) {
                DatabaseReach r = group.get(0);
                Origin target;
                String what;
                if (r.proxy() != null) {
                    target = r.proxy().origin();
                    what = "RDS Proxy " + target.label();
                } else {
                    Boolean priv = isPrivate(stack, r.database());
                    if (priv == null || !priv) continue;
                    target = r.database().origin();
                    what = "private database " + target.label();
                }
                ctx.report(fn.origin(), "VpcConfig:" + target.logicalId(), r.entry().source(), String.format(
                        "Function %s reaches %s (%s) but has no VPC configuration: it cannot connect to a private "
                                + "endpoint. Add VpcConfig with subnets of the database's VPC",
                        fn.origin().label(), what, r.entry().name()), DatabaseReach.related(fn, target, what, group));
            }
        }
    }

    /** True when private, false when public, null when it cannot be told. */
    private static Boolean isPrivate(Stack stack, Database db) {
        if (db.publiclyAccessible() == null || db.publiclyAccessible().isUnknown()) return null;
        if (db.publiclyAccessible().value()) return false;
        if (db.kind() == Database.Kind.CLUSTER) {
            // Aurora: accessibility is a property of the cluster's instances.
            for (Database member : stack.databases()) {
                if (!db.id().equals(member.clusterId())) continue;
                if (member.publiclyAccessible() == null || member.publiclyAccessible().isUnknown()) return null;
                if (member.publiclyAccessible().value()) return false;
            }
        }
        return true;
    }
}
