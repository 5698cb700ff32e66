package dev.headroom.read.cfn;

import dev.headroom.model.ContainerDefinition;
import dev.headroom.model.EcsService;
import dev.headroom.model.Located;
import dev.headroom.model.TaskDefinition;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ECS services and task definitions. */
final class EcsResources {

    private static final Pattern CPU = Pattern.compile("(?i)^\\s*(\\d*\\.?\\d+)\\s*(vcpu)?\\s*$");
    private static final Pattern MEMORY = Pattern.compile("(?i)^\\s*(\\d*\\.?\\d+)\\s*(gb|gib|mb|mib)?\\s*$");

    private EcsResources() {
    }

    static void read(Template t) {
        for (Template.Resource r : t.resources()) {
            switch (r.type()) {
                case "AWS::ECS::Service" -> t.out().ecsServices.add(service(t, r));
                case "AWS::ECS::TaskDefinition" -> t.out().taskDefinitions.add(taskDefinition(r));
                default -> {
                }
            }
        }
    }

    private static EcsService service(Template t, Template.Resource r) {
        Props p = r.props();
        Located<String> launchType = p.string("LaunchType");
        if (launchType == null && p.node("CapacityProviderStrategy") instanceof ListNode strategy) {
            for (Node item : strategy.items()) {
                if (item instanceof MapNode m) {
                    Located<String> provider = p.resolver().resolveString(m.get("CapacityProvider"));
                    if (provider.known() && provider.value().startsWith("FARGATE")) {
                        launchType = Located.of("FARGATE", provider.source());
                    }
                }
            }
        }
        Located<Boolean> breaker = null;
        Props deployment = p.child("DeploymentConfiguration");
        Props cb = deployment == null ? null : deployment.child("DeploymentCircuitBreaker");
        if (cb != null) {
            Located<Boolean> enable = cb.bool("Enable");
            Located<Boolean> rollback = cb.bool("Rollback");
            if (enable != null && rollback != null && enable.known() && rollback.known()) {
                breaker = Located.of(enable.value() && rollback.value(), enable.source());
            } else {
                Node at = deployment.node("DeploymentCircuitBreaker");
                breaker = enable != null && enable.isUnknown() || rollback != null && rollback.isUnknown()
                        ? Located.unknown("circuit breaker settings are not resolved statically", at.source())
                        : Located.of(false, at.source());
            }
        }
        Props controller = p.child("DeploymentController");
        Located<String> controllerType = controller == null ? null : controller.string("Type");
        if (controllerType == null) controllerType = Located.defaulted("ECS", r.key());
        boolean loadBalanced = p.node("LoadBalancers") instanceof ListNode lbs && lbs.size() > 0;
        return new EcsService(r.origin(), launchType, p.integer("DesiredCount"),
                t.referencedOfType(p.node("TaskDefinition"), "AWS::ECS::TaskDefinition"), breaker, controllerType,
                loadBalanced, deploymentConfigurationKey(p));
    }

    /** The {@code DeploymentConfiguration} key of the service itself, where a user adds the circuit breaker. */
    private static dev.headroom.model.Source deploymentConfigurationKey(Props p) {
        MapNode.Entry e = p.map() == null ? null : p.map().entry("DeploymentConfiguration");
        return e == null || !(e.value() instanceof MapNode) ? null : e.key().source();
    }

    private static TaskDefinition taskDefinition(Template.Resource r) {
        Props p = r.props();
        boolean fargate = false;
        if (p.node("RequiresCompatibilities") instanceof ListNode compat) {
            for (Node n : compat.items()) {
                Located<String> v = p.resolver().resolveString(n);
                if (v.known() && v.value().equalsIgnoreCase("FARGATE")) fargate = true;
            }
        }
        Located<String> cpu = p.string("Cpu");
        Located<String> memory = p.string("Memory");
        List<ContainerDefinition> containers = new ArrayList<>();
        if (p.node("ContainerDefinitions") instanceof ListNode defs) {
            for (Node d : defs.items()) {
                Node chosen = p.resolver().select(d);
                if (!(chosen instanceof MapNode m)) continue;
                Props c = new Props(m, p.resolver(), m.source());
                Located<String> name = c.string("Name");
                Located<Boolean> essential = c.bool("Essential");
                containers.add(new ContainerDefinition(name == null ? "?" : name.orElse("?"), m.source(),
                        c.has("LogConfiguration"), c.has("HealthCheck"),
                        essential == null || !Boolean.FALSE.equals(essential.value())));
            }
        }
        return new TaskDefinition(r.origin(), fargate,
                cpu == null ? null : cpu.map(EcsResources::cpuUnits, "not a CPU size"),
                memory == null ? null : memory.map(EcsResources::memoryMiB, "not a memory size"), containers);
    }

    /** "256", "1 vCPU", ".25 vcpu" to CPU units (1024 per vCPU). */
    static Integer cpuUnits(String s) {
        Matcher m = CPU.matcher(s);
        if (!m.matches()) return null;
        BigDecimal n = new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
        if (m.group(2) != null) n = n.multiply(BigDecimal.valueOf(1024));
        return whole(n);
    }

    /** "512", "2 GB", "2GB", "1024 MiB" to MiB. */
    static Integer memoryMiB(String s) {
        Matcher m = MEMORY.matcher(s);
        if (!m.matches()) return null;
        BigDecimal n = new BigDecimal(m.group(1).startsWith(".") ? "0" + m.group(1) : m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        if (unit.startsWith("g")) n = n.multiply(BigDecimal.valueOf(1024));
        return whole(n);
    }

    private static Integer whole(BigDecimal n) {
        if (n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 || n.stripTrailingZeros().scale() > 0) return null;
        return n.intValue();
    }
}
