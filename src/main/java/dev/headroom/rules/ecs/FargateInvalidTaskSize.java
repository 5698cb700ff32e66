package dev.headroom.rules.ecs;

import dev.headroom.model.Located;
import dev.headroom.model.Related;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.model.Stack;
import dev.headroom.model.TaskDefinition;
import dev.headroom.rules.Candidates;
import dev.headroom.rules.Rule;
import dev.headroom.rules.RuleContext;
import dev.headroom.rules.RuleInfo;
import dev.headroom.rules.Severity;

import java.util.Map;
import java.util.TreeMap;

@RuleInfo(
        id = "HR205",
        name = "fargate-invalid-task-size",
        severity = Severity.ERROR,
        summary = "Fargate task definition with a CPU/memory pair that Fargate does not offer.",
        whatItDoes = """
                Checks the task-level `Cpu` and `Memory` of a task definition that requires FARGATE against the \
                combinations Fargate supports: 256 CPU units with 512, 1024 or 2048 MiB; 512 with 1–4 GB; 1024 \
                with 2–8 GB; 2048 with 4–16 GB; 4096 with 8–30 GB (1 GB steps); 8192 with 16–60 GB in 4 GB steps; \
                16384 with 32–120 GB in 8 GB steps. `"1 vCPU"` and `"2 GB"` forms are understood.""",
        whyIsThisBad = """
                ECS rejects the task definition when the service is deployed, late in the pipeline and often \
                only in the account where Fargate is used. Rounding to the next valid size is what Fargate \
                would bill anyway.""",
        example = """
                ```yaml
                  TaskDefinition:
                    Type: AWS::ECS::TaskDefinition
                    Properties:
                      RequiresCompatibilities: [FARGATE]
                      Cpu: 256
                      Memory: 4096
                ```""",
        useInstead = """
                Pick a supported pair, for example:
                ```yaml
                      Cpu: 512
                      Memory: 4096
                ```""",
        tags = {"ecs", "fargate", "limits"},
        fix = Applicability.UNSAFE,
        fixSummary = "sets `Memory` to the nearest size Fargate offers for the task's `Cpu` (the larger one on a tie); "
                + "a `Cpu` Fargate does not offer is left to you.",
        references = {"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size",
                "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size"})
public final class FargateInvalidTaskSize implements Rule {

    private static final String TASK_DEFINITION = "Task definition";

    /** CPU units to {min MiB, max MiB, step MiB}. 256 is special: 512, 1024, 2048. */
    private static final Map<Integer, int[]> SIZES = new TreeMap<>(Map.of(
            512, new int[] {1024, 4096, 1024},
            1024, new int[] {2048, 8192, 1024},
            2048, new int[] {4096, 16384, 1024},
            4096, new int[] {8192, 30720, 1024},
            8192, new int[] {16384, 61440, 4096},
            16384, new int[] {32768, 122880, 8192}));

    static boolean valid(int cpu, int memory) {
        if (cpu == 256) return memory == 512 || memory == 1024 || memory == 2048;
        int[] r = SIZES.get(cpu);
        return r != null && memory >= r[0] && memory <= r[1] && (memory - r[0]) % r[2] == 0;
    }

    static String offered(int cpu) {
        if (cpu == 256) return "512, 1024 or 2048 MiB";
        int[] r = SIZES.get(cpu);
        return String.format("%d–%d MiB in steps of %d MiB", r[0], r[1], r[2]);
    }

    /** The valid memory size for {@code cpu} closest to {@code memory}; the larger one on a tie. */
    static int nearest(int cpu, int memory) {
        int best = -1;
        for (int m = 512; m <= 122_880; m += 512) {
            if (valid(cpu, m) && (best < 0 || Math.abs(m - memory) <= Math.abs(best - memory))) best = m;
        }
        return best;
    }

    @Override
    public void check(Stack stack, RuleContext ctx) {
        for (TaskDefinition td : stack.taskDefinitions()) {
            if (!td.fargate() || td.cpu() == null || td.memory() == null) continue;
            if (td.cpu().isUnknown() || td.memory().isUnknown()) {
                oneOfSizes(td, ctx);
                continue;
            }
            int cpu = td.cpu().value();
            int memory = td.memory().value();
            if (valid(cpu, memory)) continue;
            if (cpu != 256 && !SIZES.containsKey(cpu)) {
                ctx.reportOn(TASK_DEFINITION, td.origin(), "Cpu", td.cpu(), String.format(
                        "Fargate offers no task size with %d CPU units; use 256, 512, 1024, 2048, "
                                + "4096, 8192 or 16384", cpu));
            } else {
                ctx.withFix(Change.set(td.memory(), td.origin(), nearest(cpu, memory), "Properties", "Memory"))
                        .reportOn(TASK_DEFINITION, td.origin(), "Memory", td.memory(), String.format(
                                "Fargate does not offer %d MiB with %d CPU units; with %d it offers %s",
                                memory, cpu, cpu, offered(cpu)),
                        new Related(td.cpu().source(), "Cpu " + cpu));
            }
        }
    }

    /**
     * A CPU or a memory size that is one of a few values (an {@code Fn::If}, {@code AllowedValues}) beside a known
     * other: reported at the first candidate when Fargate offers none of the pairs. No fix: one edit cannot mend
     * every branch.
     */
    private static void oneOfSizes(TaskDefinition td, RuleContext ctx) {
        if (td.cpu().known()) {
            int cpu = td.cpu().value();
            if (cpu != 256 && !SIZES.containsKey(cpu)) return; // the CPU itself is wrong: said when the memory is known
            Located<Integer> at = Candidates.whenAllViolate(td.memory(), m -> !valid(cpu, m));
            if (at == null) return;
            ctx.reportOn(TASK_DEFINITION, td.origin(), "Memory", at, String.format(
                            "Fargate does not offer %d MiB%s with %d CPU units; with %d it offers %s",
                            at.value(), Candidates.note(td.memory(), " MiB"), cpu, cpu, offered(cpu)),
                    new Related(td.cpu().source(), "Cpu " + cpu));
        } else if (td.memory().known()) {
            int memory = td.memory().value();
            Located<Integer> at = Candidates.whenAllViolate(td.cpu(), c -> !valid(c, memory));
            if (at == null) return;
            ctx.reportOn(TASK_DEFINITION, td.origin(), "Cpu", at, String.format(
                            "Fargate offers %d MiB with none of the CPU sizes the template allows (%s)",
                            memory, td.cpu().candidates().stream()
                                    .map(c -> c.value() + " units").collect(java.util.stream.Collectors.joining(", "))),
                    new Related(td.memory().source(), "Memory " + memory));
        }
    }
}
