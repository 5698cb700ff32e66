package dev.headroom.suppress;

import dev.headroom.rules.Finding;

/** A finding that a suppression accepted: reports hide it, count it, or list it with the suppression's reason. */
public record Suppressed(Finding finding, Suppression by) {
}
