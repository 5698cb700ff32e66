package dev.headroom.fix;

import dev.headroom.model.Located;
import dev.headroom.model.Origin;

import java.util.List;
import java.util.Map;

/**
 * What a rule wants changed, in terms of the model; the planner turns it into text edits on the source, or
 * explains why it cannot. A new value is a {@link Number}, a {@link Boolean}, a {@link String}, or (for an
 * insertion) an ordered {@link Map} of such values.
 */
public sealed interface Change {

    /** The property's name, for messages ({@code VisibilityTimeout}). */
    String property();

    Object newValue();

    /**
     * Set a model value where it is written: the literal, the {@code Globals} entry, the parameter default, the
     * serverless.yml variable's value. When the value is the platform default (written nowhere), the property is
     * inserted at {@code pathIfDefaulted} under the resource instead.
     */
    record SetValue(Located<?> value, Origin resource, List<String> pathIfDefaulted, Object newValue)
            implements Change {
        public SetValue {
            pathIfDefaulted = List.copyOf(pathIfDefaulted);
        }

        @Override
        public String property() {
            return pathIfDefaulted.isEmpty() ? "value" : pathIfDefaulted.get(pathIfDefaulted.size() - 1);
        }
    }

    /**
     * Set {@code path} under the resource's body ({@code Properties, DeploymentConfiguration, ...}): maps that are
     * missing are created, a map value is merged key by key into an existing map.
     */
    record SetProperty(Origin resource, List<String> path, Object newValue) implements Change {
        public SetProperty {
            path = List.copyOf(path);
        }

        @Override
        public String property() {
            return path.get(path.size() - 1);
        }
    }

    /** Sets a located value; {@code cfnPath} is where a defaulted value is inserted under the resource. */
    static Change set(Located<?> value, Origin resource, Object newValue, String... cfnPath) {
        return new SetValue(value, resource, List.of(cfnPath), newValue);
    }

    /** Sets a located value; a defaulted one is inserted as {@code key} in the map at {@code under}. */
    static Change set(Located<?> value, Origin resource, Object newValue, String[] under, String key) {
        List<String> path = new java.util.ArrayList<>(List.of(under));
        path.add(key);
        return new SetValue(value, resource, path, newValue);
    }

    /** A short description: {@code set VisibilityTimeout to 720}. */
    default String describe() {
        return "set " + property() + " to " + render(newValue());
    }

    /** A new value as messages show it: {@code 720}, {@code {Enable: true, Rollback: true}}. */
    static String render(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (b.length() > 1) b.append(", ");
                b.append(e.getKey()).append(": ").append(render(e.getValue()));
            }
            return b.append('}').toString();
        }
        return String.valueOf(v);
    }
}
