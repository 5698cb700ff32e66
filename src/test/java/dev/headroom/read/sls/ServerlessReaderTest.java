package dev.headroom.read.sls;

import dev.headroom.discover.FormatDetector;
import dev.headroom.model.InputFormat;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Stack;
import dev.headroom.model.Trigger;
import dev.headroom.model.TriggerKind;
import dev.headroom.tree.YamlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.headroom.read.sls.Sls.fn;
import static dev.headroom.read.sls.Sls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerlessReaderTest {

    @TempDir
    Path tmp;

    @Test
    void logicalIdsAreTheOnesTheFrameworkGenerates() {
        assertEquals("ApiLambdaFunction", ServerlessReader.logicalId("api"));
        assertEquals("GetDashuserUnderscorev2LambdaFunction", ServerlessReader.logicalId("get-user_v2"));
        assertEquals("CreateOrderLambdaFunction", ServerlessReader.logicalId("createOrder"));
    }

    @Test
    void functionsInheritTheProviderAndDefaultToSixSecondsAnd1024Mb() throws Exception {
        Stack s = read(tmp, """
                service: shop
                provider:
                  name: aws
                  runtime: java21
                  memorySize: 2048
                  architecture: arm64
                  vpc:
                    subnetIds: [subnet-1]
                  environment:
                    SHARED: a
                    OVERRIDDEN: provider
                functions:
                  api:
                    handler: h
                    environment:
                      OVERRIDDEN: function
                      DB: !GetAtt Db.Endpoint.Address
                  outside:
                    handler: h
                    runtime: python3.12
                    vpc: ~
                resources:
                  Resources:
                    Db:
                      Type: AWS::RDS::DBInstance
                      Properties:
                        Engine: postgres
                """);
        assertEquals("shop", s.name());
        LambdaFunction api = fn(s, "api");
        assertEquals("ApiLambdaFunction", api.id());
        assertEquals(6, api.timeout().value());
        assertTrue(api.timeout().defaulted());
        assertEquals(13, api.timeout().source().line(), "a default points at the function key");
        assertEquals(2048, api.memorySize().value());
        assertEquals(5, api.memorySize().source().line(), "an inherited value points at the provider line");
        assertEquals("inherited by function api", api.memorySize().related().get(0).message());
        assertEquals("arm64", api.architecture().value());
        assertEquals("java21", api.runtime().value());
        assertEquals(true, api.vpc().value());
        assertEquals(List.of("OVERRIDDEN", "DB", "SHARED"), api.environment().stream().map(e -> e.name()).toList());
        assertEquals(16, api.environment().get(0).source().line());
        assertEquals("Db", api.environment().get(1).references().get(0).logicalId());
        LambdaFunction outside = fn(s, "outside");
        assertNull(outside.vpc(), "vpc: ~ opts out of the provider's VPC");
        assertEquals("python3.12", outside.runtime().value());
        assertEquals(1, s.databases().size());
    }

    @Test
    void eventsBecomeTriggers() throws Exception {
        Stack s = read(tmp, """
                service: events
                provider:
                  name: aws
                functions:
                  web:
                    handler: h
                    url: true
                    events:
                      - http:
                          path: '{proxy+}'
                          method: any
                      - http: GET users/{id}
                      - httpApi: '*'
                      - httpApi:
                          method: post
                          path: /orders
                      - websocket: $connect
                      - alb:
                          listenerArn: arn
                          priority: 1
                          conditions: {path: /x}
                  worker:
                    handler: h
                    events:
                      - sqs: arn:aws:sqs:eu-west-1:1:q
                      - sqs:
                          arn: !GetAtt Jobs.Arn
                          batchSize: 7
                      - sns: topic
                      - s3: bucket
                      - schedule: rate(1 minute)
                      - eventBridge: {pattern: {source: [x]}}
                      - stream: {type: dynamodb, arn: x}
                      - cognitoUserPool: {pool: p, trigger: PreSignUp}
                resources:
                  Resources:
                    Jobs:
                      Type: AWS::SQS::Queue
                """);
        List<Trigger> web = s.triggersOf("WebLambdaFunction");
        assertEquals(List.of(TriggerKind.FUNCTION_URL, TriggerKind.REST_API, TriggerKind.REST_API, TriggerKind.HTTP_API,
                TriggerKind.HTTP_API, TriggerKind.WEBSOCKET, TriggerKind.ALB), web.stream().map(Trigger::kind).toList());
        assertEquals("/{proxy+}", web.get(1).path());
        assertEquals("ANY", web.get(1).method());
        assertEquals("/users/{id}", web.get(2).path());
        assertEquals("GET", web.get(2).method());
        assertEquals("*", web.get(3).path());
        assertEquals("ANY", web.get(3).method());
        assertEquals("POST", web.get(4).method());
        List<Trigger> worker = s.triggersOf("WorkerLambdaFunction");
        assertEquals(List.of(TriggerKind.SQS, TriggerKind.SQS, TriggerKind.SNS, TriggerKind.S3, TriggerKind.SCHEDULE,
                TriggerKind.EVENTBRIDGE, TriggerKind.STREAM, TriggerKind.OTHER), worker.stream().map(Trigger::kind).toList());
        assertNull(worker.get(0).queueId());
        assertEquals("Jobs", worker.get(1).queueId());
        assertEquals(7, worker.get(1).batchSize().value());
    }

    @Test
    void concurrencySettingsAndPublishedVersions() throws Exception {
        Stack s = read(tmp, """
                service: c
                provider:
                  name: aws
                functions:
                  hot:
                    handler: h
                    provisionedConcurrency: 5
                    reservedConcurrency: 10
                    snapStart: true
                  cold:
                    handler: h
                """);
        LambdaFunction hot = fn(s, "hot");
        assertEquals(5, hot.provisionedConcurrency().value());
        assertEquals(10, hot.reservedConcurrency().value());
        assertEquals("provisioned", hot.autoPublishAlias().value(), "the Framework publishes an alias for it");
        assertEquals("PublishedVersions", hot.snapStart().value());
        assertNull(fn(s, "cold").autoPublishAlias());
        assertNull(fn(s, "cold").provisionedConcurrency());
    }

    @Test
    void resourcesReferToGeneratedFunctionIds() throws Exception {
        Stack s = read(tmp, """
                service: r
                provider:
                  name: aws
                functions:
                  api:
                    handler: h
                resources:
                  - Resources:
                      Q:
                        Type: AWS::SQS::Queue
                  - Resources:
                      Mapping:
                        Type: AWS::Lambda::EventSourceMapping
                        Properties:
                          FunctionName: !Ref ApiLambdaFunction
                          EventSourceArn: !GetAtt Q.Arn
                      ApiLambdaFunction:
                        Properties:
                          Description: an override of the generated function, not a resource
                """);
        assertEquals(1, s.triggers().size());
        assertEquals("ApiLambdaFunction", s.triggers().get(0).functionId());
        assertEquals("Q", s.triggers().get(0).queueId());
        assertEquals(List.of(), s.problems());
    }

    @Test
    void detection() throws Exception {
        var content = YamlParser.parse("x.yml", "service: a\nprovider:\n  name: aws\n").root();
        assertEquals(InputFormat.SERVERLESS, FormatDetector.detect(content, "dir/any.yml"));
        var byName = YamlParser.parse("serverless.yml", "service: a\nprovider:\n  name: ${self:custom.p}\n").root();
        assertEquals(InputFormat.SERVERLESS, FormatDetector.detect(byName, "dir/serverless.yml"));
        assertNull(FormatDetector.detect(byName, "dir/other.yml"));
        var google = YamlParser.parse("serverless.yml", "service: a\nprovider:\n  name: google\n").root();
        assertNull(FormatDetector.detect(google, "serverless.yml"));
        assertTrue(FormatDetector.mayBeTemplate("service: a\nprovider:\n  name: aws\n"));
    }

    @Test
    void variablesInUnexpectedPlacesNeverCrash() throws Exception {
        List<String> odd = List.of(
                "functions: ${ssm:/functions}\n",
                "functions: ${self:custom.fns}\ncustom:\n  fns:\n    a: ${self:custom.fns}\n",
                "functions:\n  a: ${file(./missing.yml)}\n  b:\n    events: ${self:custom.e}\n  c:\n    events: [http, {}, ~, {sqs: ~}]\n",
                "functions:\n  a:\n    handler: h\n    events:\n      - http: ${self:custom.h}\n      - sqs: {arn: '${ssm:/q}'}\n      - httpApi: [1]\n",
                "functions:\n  a:\n    vpc: ${ssm:/vpc}\n    environment: ${self:custom.env}\n    url: ${self:custom.url}\n",
                "functions:\n  a:\n    timeout: ${self:}\n    memorySize: ${}\n    runtime: ${self:custom.x, }\n    handler: ${file()}\n",
                "functions:\n  a:\n    timeout: ${self:custom.${self:custom.${self:custom.a}}}\n    memorySize: ${strToBool(maybe)}\n",
                "functions:\n  a:\n    timeout: '${self:custom.a'\n    memorySize: '${{}}}${'\n    handler: ${self:custom.list.99999999999}\n",
                "resources: ${file(./r.yml)}\n",
                "resources:\n  Resources: ${self:custom.r}\n  Conditions: [1]\n",
                "resources:\n  - ~\n  - Resources:\n      Q: {Type: '${self:custom.t}'}\n",
                "provider: ${self:custom.p}\nfunctions:\n  a: {handler: h}\n",
                "params: ${self:params}\nfunctions:\n  a: {handler: h, timeout: '${param:x}'}\n",
                "functions:\n  a:\n    timeout: ${opt:t, 123456789012345678901234567890}\n    memorySize: ${opt:m, -99999999999999999999.5}\n",
                "functions:\n  a:\n    handler: \"${file(./a\\0b.yml)}\"\n");
        int i = 0;
        for (String body : odd) {
            String yaml = "service: odd\n" + (body.startsWith("provider") ? "" : "provider:\n  name: aws\n") + body;
            Stack s = read(tmp.resolve("odd" + i++), yaml);
            assertTrue(s.functions().size() <= 3, yaml);
        }
    }
}
