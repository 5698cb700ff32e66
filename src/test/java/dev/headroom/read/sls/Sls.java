package dev.headroom.read.sls;

import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Stack;
import dev.headroom.read.ReadOptions;
import dev.headroom.tree.YamlParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads a serverless.yml written by a test. */
final class Sls {

    private Sls() {
    }

    static Stack read(Path dir, String yaml, ReadOptions options, Map<String, String> env) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("serverless.yml");
        Files.writeString(file, yaml);
        return ServerlessReader.read(YamlParser.parse(file.toString(), yaml), options, env);
    }

    static Stack read(Path dir, String yaml) throws Exception {
        return read(dir, yaml, ReadOptions.defaults(), Map.of());
    }

    static LambdaFunction fn(Stack s, String name) {
        return s.functions().stream().filter(f -> f.origin().displayName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no function " + name + " in " + s.functions()));
    }

    static ReadOptions options(String stage, String region, Map<String, String> params, boolean allowEnv) {
        return new ReadOptions(params, stage, region, allowEnv, Map.of());
    }
}
