package dev.headroom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The common model of one deployable unit: a CloudFormation/SAM template, a serverless.yml service, or a
 * stack of a CDK cloud assembly. Rules run on one stack at a time; references between elements are
 * logical ids within the stack.
 *
 * @param file the file the stack was read from (the template, serverless.yml, or CDK template)
 * @param name the stack's name (CDK display name, Serverless service, or the file name)
 * @param traffic declared traffic profiles: per function or ECS service, and the template's default (no target)
 * @param region  the region the stack deploys to when the input says so (Serverless {@code provider.region},
 *                {@code --region}), else null
 * @param notices run-level notes about parts of the input that were not read (a serverless-lift construct of a
 *                type with no compute), each a whole sentence naming the file
 */
public record Stack(String file, InputFormat format, String name,
                    List<LambdaFunction> functions,
                    List<ProvisionedConcurrency> provisionedConcurrency,
                    List<Trigger> triggers,
                    List<Queue> queues,
                    List<EcsService> ecsServices,
                    List<TaskDefinition> taskDefinitions,
                    List<ScalableTarget> scalableTargets,
                    List<ScalingPolicy> scalingPolicies,
                    List<Database> databases,
                    List<DbProxy> dbProxies,
                    List<Unresolved> unresolved,
                    List<Problem> problems,
                    List<TrafficProfile> traffic,
                    String region,
                    List<String> notices) {

    public Stack {
        functions = List.copyOf(functions);
        provisionedConcurrency = List.copyOf(provisionedConcurrency);
        triggers = List.copyOf(triggers);
        queues = List.copyOf(queues);
        ecsServices = List.copyOf(ecsServices);
        taskDefinitions = List.copyOf(taskDefinitions);
        scalableTargets = List.copyOf(scalableTargets);
        scalingPolicies = List.copyOf(scalingPolicies);
        databases = List.copyOf(databases);
        dbProxies = List.copyOf(dbProxies);
        unresolved = List.copyOf(unresolved);
        problems = List.copyOf(problems);
        traffic = List.copyOf(traffic);
        notices = List.copyOf(notices);
    }

    /** The same stack under another format and name (a CDK template carries its assembly's display name). */
    public Stack withIdentity(InputFormat newFormat, String newName) {
        return new Stack(file, newFormat, newName, functions, provisionedConcurrency, triggers, queues, ecsServices,
                taskDefinitions, scalableTargets, scalingPolicies, databases, dbProxies, unresolved, problems, traffic, region, notices);
    }

    public Optional<LambdaFunction> function(String id) {
        return find(functions, LambdaFunction::id, id);
    }

    public Optional<Queue> queue(String id) {
        return find(queues, Queue::id, id);
    }

    public Optional<TaskDefinition> taskDefinition(String id) {
        return find(taskDefinitions, TaskDefinition::id, id);
    }

    public Optional<ScalableTarget> scalableTarget(String id) {
        return find(scalableTargets, ScalableTarget::id, id);
    }

    public Optional<Database> database(String id) {
        return find(databases, Database::id, id);
    }

    /**
     * This stack with more traffic profiles after its own (which win): each names a function or ECS service by
     * logical id, or a function by its display name (a Serverless function key); one that names neither is dropped.
     */
    public Stack withTraffic(List<TrafficProfile> more) {
        if (more.isEmpty()) return this;
        List<TrafficProfile> all = new ArrayList<>(traffic);
        for (TrafficProfile t : more) {
            String id = workloadId(t.targetId());
            if (id != null) all.add(t.forTarget(id));
        }
        return new Stack(file, format, name, functions, provisionedConcurrency, triggers, queues, ecsServices,
                taskDefinitions, scalableTargets, scalingPolicies, databases, dbProxies, unresolved, problems, all, region, notices);
    }

    private String workloadId(String wanted) {
        for (LambdaFunction f : functions) if (f.id().equals(wanted)) return wanted;
        for (EcsService e : ecsServices) if (e.id().equals(wanted)) return wanted;
        for (LambdaFunction f : functions) if (wanted.equals(f.origin().displayName())) return f.id();
        return null;
    }

    /** The traffic declared for a workload: its own profile, else the template's default, else null. */
    public TrafficProfile trafficOf(String id) {
        TrafficProfile fallback = null;
        for (TrafficProfile t : traffic) {
            if (id.equals(t.targetId())) return t;
            if (t.targetId() == null) fallback = t;
        }
        return fallback;
    }

    public List<Trigger> triggersOf(String functionId) {
        return triggers.stream().filter(t -> functionId.equals(t.functionId())).toList();
    }

    public List<ScalingPolicy> policiesOf(String targetId) {
        return scalingPolicies.stream().filter(p -> targetId.equals(p.targetId())).toList();
    }

    public Map<String, List<ScalableTarget>> targetsByService() {
        // A loop, not Collectors.groupingBy (which initialises the collectors' machinery on every run's first
        // stack); the same HashMap of ArrayLists, filled in the same order.
        Map<String, List<ScalableTarget>> byService = new java.util.HashMap<>();
        for (ScalableTarget t : scalableTargets) {
            if (t.ecsServiceId() == null) continue;
            List<ScalableTarget> targets = byService.get(t.ecsServiceId());
            if (targets == null) byService.put(t.ecsServiceId(), targets = new ArrayList<>());
            targets.add(t);
        }
        return byService;
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        if (wanted == null) return Optional.empty();
        for (T t : items) if (wanted.equals(id.apply(t))) return Optional.of(t);
        return Optional.empty();
    }

    /** Collects a stack's elements while a reader walks its input. */
    public static final class Builder {
        private final String file;
        private final InputFormat format;
        private String name;
        public final List<LambdaFunction> functions = new ArrayList<>();
        public final List<ProvisionedConcurrency> provisionedConcurrency = new ArrayList<>();
        public final List<Trigger> triggers = new ArrayList<>();
        public final List<Queue> queues = new ArrayList<>();
        public final List<EcsService> ecsServices = new ArrayList<>();
        public final List<TaskDefinition> taskDefinitions = new ArrayList<>();
        public final List<ScalableTarget> scalableTargets = new ArrayList<>();
        public final List<ScalingPolicy> scalingPolicies = new ArrayList<>();
        public final List<Database> databases = new ArrayList<>();
        public final List<DbProxy> dbProxies = new ArrayList<>();
        public final List<Unresolved> unresolved = new ArrayList<>();
        public final List<Problem> problems = new ArrayList<>();
        public final List<TrafficProfile> traffic = new ArrayList<>();
        public final List<String> notices = new ArrayList<>();
        private String region;

        public Builder(String file, InputFormat format, String name) {
            this.file = file;
            this.format = format;
            this.name = name;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Stack build() {
            return new Stack(file, format, name, functions, provisionedConcurrency, triggers, queues, ecsServices,
                    taskDefinitions, scalableTargets, scalingPolicies, databases, dbProxies, unresolved, problems, traffic,
                    region, notices);
        }
    }
}
