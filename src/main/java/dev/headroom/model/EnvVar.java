package dev.headroom.model;

import java.util.List;

/**
 * One entry of a function's environment. The value itself is never kept when it came from the
 * process environment or a secret store; rules need only the references to other resources.
 */
public record EnvVar(String name, Source source, List<Reference> references) {
    public EnvVar {
        references = List.copyOf(references);
    }
}
