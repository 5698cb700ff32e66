package dev.headroom.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code headroom config}: the configuration in effect for a path, as YAML a user could paste into a
 * {@code .headroom.yaml}, preceded by comments that say which files it came from and which keys the command line
 * set. Every key of {@link ConfigFile} is printed, so a new key shows up here without more code.
 */
public final class EffectiveConfig {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private EffectiveConfig() {
    }

    /** The text for {@code path} (as the user named it) under {@code config}; {@code searched} says where it looked. */
    public static String render(String path, Config config, String searched) {
        StringBuilder b = new StringBuilder();
        b.append("# effective configuration for ").append(path).append('\n');
        b.append("# config file: ").append(config.file() == null ? "none (" + searched + ")" : config.fileLabel()).append('\n');
        b.append("# rule set: ").append(String.join(", extends ", config.ruleSet().files())).append('\n');
        if (!config.fromCli().isEmpty()) {
            b.append("# from the command line: ").append(String.join(", ", config.fromCli().stream().map(k -> "--" + k).toList()))
                    .append('\n');
        }
        Map<String, Object> keys = new LinkedHashMap<>();
        List<String> unset = new ArrayList<>();
        for (RecordComponent c : ConfigFile.class.getRecordComponents()) {
            String key = ConfigFile.key(c);
            Object value = switch (key) {
                case "ruleset" -> config.ruleSet().files().get(0).replace(" (bundled)", "");
                case "rules" -> rules(config.ruleSet());
                case "ignore" -> config.ignore().stream().map(IgnoreEntry::written).toList();
                case "fail-on" -> config.failOn() == null ? "none" : config.failOn().id();
                case "as-of" -> config.asOf() == null ? "today" : config.asOf().toString();
                case "baseline" -> config.baseline() == null ? null : config.baseline().toString();
                default -> ConfigFile.value(c, config.keys());
            };
            if (value == null) unset.add(key);
            else keys.put(key, value instanceof Map<?, ?> m ? new TreeMap<>(m) : value);
        }
        if (!unset.isEmpty()) b.append("# not set: ").append(String.join(", ", unset)).append('\n');
        try {
            b.append(YAML.writeValueAsString(keys));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return b.toString();
    }

    /** Every active rule: its level alone, or its level and parameters. */
    private static Map<String, Object> rules(RuleSet set) {
        Map<String, Object> rules = new LinkedHashMap<>();
        for (RuleSet.Active a : set.active()) {
            if (a.params().isEmpty()) {
                rules.put(a.meta().id(), a.level().id());
                continue;
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("level", a.level().id());
            a.meta().paramDefaults().keySet().forEach(p -> settings.put(p, a.params().get(p)));
            rules.put(a.meta().id(), settings);
        }
        return rules;
    }
}
