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
        id = "HR301",
        name = "lambda-rds-without-proxy",
        severity = Severity.WARNING,
        summary = "A function connects to an RDS instance or Aurora cluster that no RDS Proxy fronts.",
        whatItDoes = """
                Follows the function's environment variables to the resources they reference (`Ref`, \
                `Fn::GetAtt`, `${Res.Attr}` in `Fn::Sub`, Serverless variables that resolve to them). When an \
                entry holds the endpoint of an `AWS::RDS::DBInstance` or `AWS::RDS::DBCluster` \
                (`Endpoint.Address`, `Endpoint.Port`, `ReadEndpoint.Address`) and no `AWS::RDS::DBProxy` of the \
                stack registers that database (or its cluster) in a `DBProxyTargetGroup`, the function is reported \
                once per database, at the first entry that reaches it, with the database and the other entries \
                (a port beside a host) as related locations. A function that reaches the database through the proxy's \
                `Endpoint` is fine.""",
        whyIsThisBad = """
                Every concurrent Lambda environment opens its own database connection. A burst of a few hundred \
                invocations exhausts `max_connections`, and the database spends its memory on connections rather \
                than on queries. RDS Proxy pools and shares connections across environments.""",
        example = """
                ```yaml
                  Api:
                    Type: AWS::Serverless::Function
                    Properties:
                      Environment:
                        Variables:
                          DB_HOST: !GetAtt Database.Endpoint.Address
                  Database:
                    Type: AWS::RDS::DBInstance
                ```""",
        useInstead = """
                Put an RDS Proxy in front of the database and connect to it:
                ```yaml
                          DB_HOST: !GetAtt Proxy.Endpoint
                  Proxy:
                    Type: AWS::RDS::DBProxy
                  ProxyTargets:
                    Type: AWS::RDS::DBProxyTargetGroup
                    Properties:
                      DBProxyName: !Ref Proxy
                      TargetGroupName: default
                      DBInstanceIdentifiers: [!Ref Database]
                ```""",
        tags = {"lambda", "rds", "connections"},
        references = {"https://docs.aws.amazon.com/lambda/latest/dg/configuration-database.html",
                "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html"})
public final class LambdaRdsWithoutProxy implements Rule {

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (LambdaFunction fn : stack.functions()) {
            for (List<DatabaseReach> group : DatabaseReach.byTarget(stack, fn)) {
                DatabaseReach r = group.get(0);
                if (r.database() == null || DatabaseReach.proxied(stack, r.database())) continue;
                Origin db = r.database().origin();
                ctx.report(fn.origin(), "Database:" + r.database().id(), r.entry().source(), String.format(
                        "Function %s connects to %s %s (%s = %s.%s) and no RDS Proxy fronts it: every concurrent "
                                + "environment opens its own connection. Put an RDS Proxy in front and use its endpoint",
                        fn.origin().label(), r.database().kind() == Database.Kind.CLUSTER ? "DB cluster" : "DB instance",
                        db.label(), r.entry().name(), r.reference().logicalId(), r.reference().attribute()),
                        DatabaseReach.related(fn, db, "database " + db.label(), group));
            }
        }
    }
}
