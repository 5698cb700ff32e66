package dev.headroom.read.sam;

import dev.headroom.model.Problem;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.tree.YamlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Local templates of {@code AWS::Serverless::Application}: read as stacks of their own, bounded in depth and number. */
class NestedApplicationsTest {

    @TempDir
    Path dir;

    private static String application(String location, String fnTimeout) {
        return """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Timeout:
                    Type: Number
                    Default: 3
                Resources:
                  Next:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: %s
                      Parameters:
                        Timeout: %s
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: h
                      Runtime: python3.13
                      Timeout: !Ref Timeout
                """.formatted(location, fnTimeout);
    }

    private List<Stack> read(Path file, ReadOptions options) throws Exception {
        return SamReader.readWithNested(YamlParser.parse(file.toString(), Files.readString(file)), options);
    }

    @Test
    void aChainDeeperThanTheLimitStopsWithAnHr900AtTheLocation() throws Exception {
        for (int i = 0; i < 10; i++) {
            Files.writeString(dir.resolve("t" + i + ".yaml"), application("./t" + (i + 1) + ".yaml", "60"));
        }
        List<Stack> stacks = read(dir.resolve("t0.yaml"), ReadOptions.defaults());
        assertEquals(1 + NestedApplications.MAX_DEPTH, stacks.size(), "the top template and five levels below it");
        assertTrue(stacks.get(0).file().endsWith("t0.yaml"), "the top template first");
        Stack deepest = stacks.stream().filter(s -> s.file().endsWith("t5.yaml")).findFirst().orElseThrow();
        assertTrue(stacks.stream().noneMatch(s -> s.file().endsWith("t6.yaml")));
        List<Problem> problems = deepest.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("more than 5 levels"), problems.get(0).message());
        assertEquals(10, problems.get(0).source().line(), "at the Location");
        // The passed value reached every level, located in the parent that passes it.
        Stack t1 = stacks.stream().filter(s -> s.file().endsWith("t1.yaml")).findFirst().orElseThrow();
        assertEquals(60, t1.functions().get(0).timeout().value());
        assertTrue(t1.functions().get(0).timeout().source().file().endsWith("t0.yaml"));
    }

    @Test
    void paramOptionsAreForTheTopTemplateOnly() throws Exception {
        Files.writeString(dir.resolve("top.yaml"), application("./child.yaml", "!Ref Timeout"));
        Files.writeString(dir.resolve("child.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Timeout:
                    Type: Number
                    Default: 3
                  Memory:
                    Type: Number
                    Default: 256
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: h
                      Runtime: python3.13
                      Timeout: !Ref Timeout
                      MemorySize: !Ref Memory
                """);
        ReadOptions options = new ReadOptions(Map.of("Timeout", "100", "Memory", "4096"), null, null, false, Map.of());
        List<Stack> stacks = read(dir.resolve("top.yaml"), options);
        assertEquals(2, stacks.size());
        Stack child = stacks.get(1);
        assertEquals(100, child.functions().get(0).timeout().value(), "passed by the parent from its --param");
        assertEquals(256, child.functions().get(0).memorySize().value(), "the child's default: nothing passes Memory");
    }

    @Test
    void aTemplateThatIsNotOneIsSkippedAndOneThatDoesNotParseIsAnHr900InIt() throws Exception {
        Files.writeString(dir.resolve("top.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Readme:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: ./notes.yaml
                  Broken:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: ./broken.yaml
                """);
        Files.writeString(dir.resolve("notes.yaml"), "title: not a template\n");
        Files.writeString(dir.resolve("broken.yaml"), "Resources:\n  A: [unclosed\n");
        List<Stack> stacks = read(dir.resolve("top.yaml"), ReadOptions.defaults());
        assertEquals(1, stacks.size());
        List<Problem> problems = stacks.get(0).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).source().file().endsWith("broken.yaml"), problems.get(0).source().file());
        assertTrue(problems.get(0).message().startsWith("nested application Broken template: "), problems.get(0).message());
        assertEquals(List.of(dir.resolve("top.yaml") + ":6: nested application Readme template " + dir.resolve("notes.yaml")
                + " is not a CloudFormation or SAM template; it was not read"), stacks.get(0).notices());
    }

    @Test
    void aLocationThatNamesNoFileIsANoticeNotASilentSkip() throws Exception {
        Files.writeString(dir.resolve("top.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Gone:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: ./generated/app.yaml
                  Remote:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: https://s3.amazonaws.com/bucket/app.yaml
                  Dynamic:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: '{{resolve:ssm:/apps/template}}'
                  Templated:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: ${templatedir}/app.yaml
                """);
        List<Stack> stacks = read(dir.resolve("top.yaml"), ReadOptions.defaults());
        assertEquals(1, stacks.size());
        assertEquals(List.of(), stacks.get(0).problems(), "a missing file is no finding: a build step may write it");
        assertEquals(List.of(dir.resolve("top.yaml") + ":6: nested application Gone template ./generated/app.yaml"
                + " does not exist; it was not read", dir.resolve("top.yaml") + ":18: nested application Templated"
                + " template ${templatedir}/app.yaml is a placeholder a build step fills in; it was not read"), stacks.get(0).notices(), "a URL or a dynamic reference is read at deploy time: no notice");
    }
}
