package dev.headroom.read.sls;

import dev.headroom.model.Located;
import dev.headroom.model.Source;
import dev.headroom.model.Trigger;
import dev.headroom.read.cfn.Template;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The {@code constructs:} of the serverless-lift plugin (getlift/lift). A {@code queue} construct adds its
 * {@code worker} (a function body, or the key of a function of {@code functions:}) and subscribes it to an SQS
 * queue Lift creates: the worker is read like any function, under the key Lift gives it
 * ({@code <construct>Worker}), with an SQS trigger at the construct. Lift sets that queue's visibility timeout to
 * 6 × the worker's timeout (plus the batching window) itself, so the queue is not modelled and HR304/HR305 have
 * nothing to compare. A {@code webhook} is an HTTP API route that puts events on EventBridge, no function: no rule
 * applies to it. Constructs of other types are named in one notice per file rather than silently ignored.
 */
final class LiftConstructs {

    /** Lift's batch size when a queue construct sets none: one message per invocation. */
    private static final int DEFAULT_BATCH_SIZE = 1;

    /** A queue construct and the function key of its worker. */
    private record Subscription(String worker, MapNode.Entry construct) {
    }

    private final Map<String, MapNode.Entry> workers = new LinkedHashMap<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final List<String> unread = new ArrayList<>();

    /** @param root the resolved serverless.yml */
    LiftConstructs(MapNode root) {
        if (!(root.get("constructs") instanceof MapNode constructs)) return;
        for (MapNode.Entry c : constructs.entries()) {
            String type = c.value() instanceof MapNode body && body.get("type") instanceof ScalarNode t && t.isString()
                    ? t.text() : null;
            if ("queue".equals(type)) queue(c);
            else if (!"webhook".equals(type)) unread.add(c.name() + " (" + (type == null ? "no type" : type) + ")");
        }
    }

    private void queue(MapNode.Entry construct) {
        MapNode.Entry worker = ((MapNode) construct.value()).entry("worker");
        if (worker == null) return; // Lift refuses the construct
        if (worker.value() instanceof ScalarNode ref && ref.isString()) {
            subscriptions.add(new Subscription(ref.text(), construct));
        } else if (worker.value() instanceof MapNode) {
            // Lift's name for the function it adds; the function's place is the worker key the user edits.
            String name = construct.name() + "Worker";
            workers.put(name, worker);
            subscriptions.add(new Subscription(name, construct));
        }
    }

    /** The worker functions Lift adds, by function key, each with its {@code worker:} entry. */
    Map<String, MapNode.Entry> workers() {
        return workers;
    }

    /**
     * Adds each queue construct's SQS trigger to its worker: at the construct's key, with no queue of the stack
     * (Lift's queue is sized by Lift), and the construct's {@code batchSize} (Lift's default 1).
     *
     * @param ids logical ids by function key, of {@code functions:} and the workers alike
     */
    void subscribe(Template t, Map<String, String> ids) {
        for (Subscription s : subscriptions) {
            String id = ids.get(s.worker());
            if (id == null) continue; // a worker that names no function: Lift refuses to deploy it
            Source at = s.construct().key().source();
            Node batch = ((MapNode) s.construct().value()).get("batchSize");
            Located<Integer> batchSize = batch == null ? Located.defaulted(DEFAULT_BATCH_SIZE, at)
                    : t.resolver().resolveInt(batch);
            t.out().triggers.add(Trigger.queue(id, at, null, batchSize));
        }
    }

    /** The notice for constructs headroom does not read, or null when there are none. */
    String notice(String file) {
        if (unread.isEmpty()) return null;
        StringJoiner names = new StringJoiner(", ");
        unread.forEach(names::add);
        return file + ": serverless-lift constructs not read (headroom reads queue workers; webhooks have no "
                + "function): " + names;
    }
}
