package dev.headroom.fit;

import dev.headroom.model.EcsService;
import dev.headroom.model.LambdaFunction;
import dev.headroom.model.Located;
import dev.headroom.model.ProvisionedConcurrency;
import dev.headroom.model.ScalableTarget;
import dev.headroom.model.Stack;
import dev.headroom.model.TaskDefinition;
import dev.headroom.model.TrafficProfile;
import dev.headroom.model.Trigger;
import dev.headroom.fit.WorkloadFit.Assumptions;
import dev.headroom.fit.WorkloadFit.BreakEven;
import dev.headroom.fit.WorkloadFit.Option;
import dev.headroom.fit.WorkloadFit.Shape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.headroom.fit.Money.div;
import static dev.headroom.fit.Money.mul;

/**
 * Prices every Lambda function and ECS service of a stack on each compute model, from its configuration and,
 * when declared, its traffic. The same analysis feeds {@code headroom fit} and the cost rules HR401-HR403.
 */
public final class FitAnalysis {

    public static final String REQUESTS_AXIS = "requestsPerSecond";
    public static final String JOBS_AXIS = "jobsPerDay";

    /** The knobs of the estimate: Fargate's target CPU utilisation, the Spot discount scenario, LMI savings. */
    public record Settings(BigDecimal utilisation, BigDecimal spotDiscount, BigDecimal managedInstanceSavings) {
        public static final Settings DEFAULT = new Settings(new BigDecimal("0.65"), new BigDecimal("0.70"), BigDecimal.ZERO);
    }

    private final Prices prices;
    private final CostModel model;
    private final Settings settings;

    public FitAnalysis(Prices prices, Settings settings) {
        this.prices = prices;
        this.model = new CostModel(prices);
        this.settings = settings;
    }

    /** The analysis of a stack in its own deployment region (else us-east-1), with the given overrides. */
    public static List<WorkloadFit> of(Stack stack, PriceOverrides overrides, Settings settings) {
        return new FitAnalysis(overrides.apply(PriceBook.forRegion(stack.region())), settings).analyse(stack);
    }

    public List<WorkloadFit> analyse(Stack stack) {
        List<WorkloadFit> out = new ArrayList<>();
        for (LambdaFunction fn : stack.functions()) {
            WorkloadFit f = function(stack, fn);
            if (f != null) out.add(f);
        }
        for (EcsService svc : stack.ecsServices()) {
            WorkloadFit f = service(stack, svc);
            if (f != null) out.add(f);
        }
        return out;
    }

    // ---------------------------------------------------------------- functions

    /** A function's analysis, or null when its memory is not known statically. */
    public WorkloadFit function(Stack stack, LambdaFunction fn) {
        if (fn.memorySize() == null || fn.memorySize().isUnknown()) return null;
        int mb = fn.memorySize().value();
        Arch arch = Arch.of(fn.architecture() == null ? null : fn.architecture().value());
        Integer executions = provisioned(stack, fn);
        TrafficProfile t = stack.trafficOf(fn.id());
        boolean jobs = t != null && t.jobDriven();
        boolean http = stack.triggersOf(fn.id()).stream().anyMatch(x -> x.kind().synchronousHttp());
        int minTasks = http && !jobs ? 2 : 1;
        FargateSize size = FargateSize.atLeast(CostModel.lambdaVcpu(mb), mb);
        BigDecimal seconds = t == null ? null : seconds(t);
        List<String> notes = new ArrayList<>();

        Curve od = new Curve(x -> model.lambdaOnDemand(arch, mb, rate(t, x), seconds));
        Curve other = new Curve(x -> model.lambdaOnDemand(flip(arch), mb, rate(t, x), seconds));
        List<Option> options = new ArrayList<>();
        boolean onPc = executions != null && executions > 0;
        boolean lmiNow = fn.onManagedInstances();
        String config = arch.id() + ", " + mb + " MB";
        String current = lmiNow ? "Lambda Managed Instances, " + config
                : onPc ? "Lambda, provisioned concurrency " + executions + ", " + config : "Lambda on demand, " + config;
        options.add(option("lambda-" + arch.id(), "Lambda on demand", config, t, od, BigDecimal.ZERO,
                !onPc && !lmiNow, false, null, Shape.LINE));
        options.add(option("lambda-" + flip(arch).id(), "Lambda on demand", flip(arch).id() + ", " + mb + " MB", t, other,
                BigDecimal.ZERO, false, false, "if the code and its layers run on " + flip(arch).id(), Shape.LINE));
        BigDecimal fixed = null;
        String fixedWhat = null;
        if (onPc) {
            BigDecimal reservation = model.provisionedReservation(arch, mb, executions);
            fixed = reservation;
            fixedWhat = "provisioned concurrency " + executions + " × " + mb + " MB reserved";
            Curve pc = new Curve(x -> model.lambdaProvisioned(arch, mb, executions, rate(t, x), seconds));
            options.add(option("provisioned", "Lambda provisioned concurrency", executions + " × " + config, t, pc,
                    reservation, true, false, "always on", Shape.RESERVATION));
        }
        if (lmiNow) notes.add("runs on Lambda Managed Instances: its capacity provider's instances are not priced here");
        if (t != null && !jobs && prices.hasManagedInstances()) {
            options.add(managedInstancesOption(t, mb, seconds));
        } else if (!prices.hasManagedInstances()) {
            notes.add("Lambda Managed Instances: no prices for " + prices.region() + " in the table");
        }
        if (size != null) {
            for (Arch a : List.of(arch, flip(arch))) {
                Curve fg = fargate(t, size, a, CostModel.lambdaVcpu(mb), minTasks, BigDecimal.ONE);
                options.add(option("fargate-" + a.id(), "Fargate", size.label() + " " + a.id() + ", min " + minTasks,
                        t, fg, fg.at(BigDecimal.ZERO), false, false,
                        a == arch ? null : "if the code runs on " + a.id(), jobs ? Shape.FLEET : Shape.STAIRCASE));
            }
            Curve spot = fargate(t, size, arch, CostModel.lambdaVcpu(mb), minTasks, BigDecimal.ONE.subtract(settings.spotDiscount()));
            options.add(option("fargate-spot", "Fargate Spot", size.label() + " " + arch.id() + " (scenario)", t, spot,
                    spot.at(BigDecimal.ZERO), false, true, "interruptible; a discount scenario, not a price",
                    jobs ? Shape.FLEET : Shape.STAIRCASE));
        }

        List<BreakEven> breakEvens = new ArrayList<>();
        if (onPc) {
            BigDecimal u = model.provisionedBreakEven(arch);
            breakEvens.add(new BreakEven("provisioned-utilisation", "provisioned concurrency costs less than on demand above",
                    u, "utilisation"));
            if (t != null) {
                BigDecimal x = axisFromConcurrency(t, mul(u, BigDecimal.valueOf(executions)), seconds);
                breakEvens.add(new BreakEven("provisioned-rate", "provisioned concurrency pays above", x, unit(t)));
            }
        }
        if (t != null && size != null) {
            BigDecimal cross = Crossover.find(od.f, curveOf(options, "fargate-" + arch.id()));
            if (cross != null) {
                breakEvens.add(new BreakEven("crossover", "Fargate costs less than Lambda on demand above", cross, unit(t)));
            }
        }
        Integer memoryNote = null;
        Assumptions a = assumptions(t, size == null ? null : minTasks, memoryNote, size == null ? null : size.label());
        return new WorkloadFit("function", fn.origin(), stack.name(), stack.file(), current, t, fixed, fixedWhat, options,
                breakEvens, t == null ? REQUESTS_AXIS : axis(t), t == null ? null : declared(t), a, notes);
    }

    private Option managedInstancesOption(TrafficProfile t, int mb, BigDecimal seconds) {
        UnaryOperator<BigDecimal> f = x -> {
            CostModel.ManagedInstances m = model.managedInstances(need(t, x, seconds, CostModel.lambdaVcpu(mb)), x,
                    settings.managedInstanceSavings());
            return m.monthly();
        };
        CostModel.ManagedInstances at = model.managedInstances(need(t, t.requestsPerSecond(), seconds, CostModel.lambdaVcpu(mb)),
                t.requestsPerSecond(), settings.managedInstanceSavings());
        String note = "AWS: not cheaper at low request counts, under 100 ms, for bursty traffic, or where scale to zero matters";
        return new Option("managed-instances", "Lambda Managed Instances",
                at.instances() + " × " + at.instanceType(), at.monthly(), f.apply(BigDecimal.ZERO), false, false, note,
                Shape.FLEET, f);
    }

    /** Provisioned concurrency of a function wherever the format writes it; null when absent or not all known. */
    public static Integer provisioned(Stack stack, LambdaFunction fn) {
        List<Located<Integer>> all = new ArrayList<>();
        if (fn.provisionedConcurrency() != null) all.add(fn.provisionedConcurrency());
        for (ProvisionedConcurrency pc : stack.provisionedConcurrency()) {
            if (fn.id().equals(pc.functionId()) && pc.executions() != null) all.add(pc.executions());
        }
        if (all.isEmpty() || all.stream().anyMatch(Located::isUnknown)) return null;
        return all.stream().mapToInt(Located::value).sum();
    }

    // ---------------------------------------------------------------- ECS services

    /** A Fargate service's analysis, or null when its task size is not known statically. */
    public WorkloadFit service(Stack stack, EcsService svc) {
        TaskDefinition td = stack.taskDefinition(svc.taskDefinitionId()).orElse(null);
        if (td == null || td.cpu() == null || td.memory() == null || td.cpu().isUnknown() || td.memory().isUnknown()) return null;
        boolean fargate = td.fargate() || svc.launchType() != null && "FARGATE".equals(svc.launchType().value());
        if (!fargate) return null;
        FargateSize size = new FargateSize(div(BigDecimal.valueOf(td.cpu().value()), BigDecimal.valueOf(1024)), td.memory().value());
        Arch arch = Arch.X86_64;
        int minTasks = minTasks(stack, svc);
        TrafficProfile t = stack.trafficOf(svc.id());
        List<String> notes = new ArrayList<>();
        notes.add("task architecture assumed x86_64");
        int lambdaMb = t != null && t.lambdaMemoryMb() != null ? t.lambdaMemoryMb()
                : Math.min(CostModel.LAMBDA_MAX_MB, size.vcpu().multiply(BigDecimal.valueOf(CostModel.MB_PER_VCPU)).intValue());
        lambdaMb = Math.max(128, lambdaMb);
        BigDecimal seconds = t == null ? null : seconds(t);
        BigDecimal perRequestVcpu = CostModel.lambdaVcpu(lambdaMb);
        List<Option> options = new ArrayList<>();
        String scaling = scalingLabel(stack, svc, minTasks);
        Curve current = fargate(t, size, arch, perRequestVcpu, minTasks, BigDecimal.ONE);
        BigDecimal fixed = current.at(BigDecimal.ZERO);
        options.add(option("fargate-" + arch.id(), "Fargate", size.label() + " " + arch.id() + ", " + scaling, t, current,
                fixed, true, false, null, t != null && t.jobDriven() ? Shape.FLEET : Shape.STAIRCASE));
        Curve arm = fargate(t, size, Arch.ARM64, perRequestVcpu, minTasks, BigDecimal.ONE);
        options.add(option("fargate-arm64", "Fargate", size.label() + " arm64, " + scaling, t, arm, arm.at(BigDecimal.ZERO),
                false, false, "if the image is built for arm64", t != null && t.jobDriven() ? Shape.FLEET : Shape.STAIRCASE));
        Curve spot = fargate(t, size, arch, perRequestVcpu, minTasks, BigDecimal.ONE.subtract(settings.spotDiscount()));
        options.add(option("fargate-spot", "Fargate Spot", size.label() + " " + arch.id() + " (scenario)", t, spot,
                spot.at(BigDecimal.ZERO), false, true, "interruptible; a discount scenario, not a price",
                t != null && t.jobDriven() ? Shape.FLEET : Shape.STAIRCASE));
        String tooLong = t == null ? null : lambdaMisfit(t);
        final int mb = lambdaMb;
        if (tooLong == null) {
            for (Arch a : List.of(Arch.X86_64, Arch.ARM64)) {
                Curve od = new Curve(x -> model.lambdaOnDemand(a, mb, rate(t, x), seconds));
                options.add(option("lambda-" + a.id(), "Lambda on demand", a.id() + ", " + mb + " MB", t, od, BigDecimal.ZERO,
                        false, false, a == Arch.X86_64 ? null : "if the code runs on arm64", Shape.LINE));
            }
        } else {
            notes.add("Lambda is not an option: " + tooLong);
        }
        List<BreakEven> breakEvens = new ArrayList<>();
        if (tooLong == null && t != null) {
            BigDecimal cross = Crossover.find(curveOf(options, "lambda-x86_64"), current.f);
            if (cross != null) {
                breakEvens.add(new BreakEven("crossover", "Lambda on demand costs more than this service above", cross, unit(t)));
            }
        }
        // The idle floor against Lambda: jobs a day (declared jobs' length), else busy hours a month.
        if (t != null && t.jobDriven() && tooLong == null) {
            breakEvens.add(new BreakEven("floor-jobs", "Lambda costs as much as the idle floor at",
                    floorBreakEvenJobs(fixed, mb, t.jobSeconds()), "jobs/day"));
        } else if (t == null) {
            breakEvens.add(new BreakEven("floor-busy-hours", "Lambda costs as much as the idle floor at",
                    floorBreakEvenHours(fixed, mb), "busy hours/month"));
        }
        Assumptions a = assumptions(t, minTasks, lambdaMb, size.label());
        return new WorkloadFit("service", svc.origin(), stack.name(), stack.file(),
                "ECS on Fargate, " + size.label() + ", " + scaling, t, fixed,
                minTasks + (minTasks == 1 ? " task" : " tasks") + " of " + size.label() + " always running",
                options, breakEvens, t == null ? JOBS_AXIS : axis(t), t == null ? null : declared(t), a, notes);
    }

    /** Jobs a day at which Lambda's cost equals the idle floor: {@code floor / (days·(req + s·m·p))}. */
    public BigDecimal floorBreakEvenJobs(BigDecimal floor, int mb, BigDecimal jobSeconds) {
        BigDecimal perJob = model.lambdaOnDemand(Arch.X86_64, mb, div(BigDecimal.ONE, CostModel.SECONDS_PER_MONTH), jobSeconds);
        return div(floor, mul(perJob, CostModel.DAYS_PER_MONTH));
    }

    /** Busy hours a month at which Lambda's duration cost equals the idle floor (requests not counted: job length unknown). */
    public BigDecimal floorBreakEvenHours(BigDecimal floor, int mb) {
        BigDecimal perHour = mul(BigDecimal.valueOf(3600), CostModel.gb(mb), model.firstTier(Arch.X86_64));
        return div(floor, perHour);
    }

    /** Whether a job or request fits Lambda's limits (900 s); null when it does, else why not. */
    public static String lambdaMisfit(TrafficProfile t) {
        BigDecimal s = seconds(t);
        if (s.compareTo(BigDecimal.valueOf(CostModel.LAMBDA_MAX_SECONDS)) > 0) {
            return (t.jobDriven() ? "jobs of " : "requests of ") + Money.number(s, 1) + " s exceed Lambda's 900 s limit";
        }
        return null;
    }

    /** MinCapacity of the service's scalable target when known, else DesiredCount, else ECS's default of 1. */
    static int minTasks(Stack stack, EcsService svc) {
        for (ScalableTarget st : stack.targetsByService().getOrDefault(svc.id(), List.of())) {
            if (st.minCapacity() != null && st.minCapacity().known()) return Math.max(0, st.minCapacity().value());
        }
        if (svc.desiredCount() != null && svc.desiredCount().known()) return Math.max(0, svc.desiredCount().value());
        return 1;
    }

    private static String scalingLabel(Stack stack, EcsService svc, int minTasks) {
        for (ScalableTarget st : stack.targetsByService().getOrDefault(svc.id(), List.of())) {
            if (st.minCapacity() != null && st.minCapacity().known()) {
                String max = st.maxCapacity() != null && st.maxCapacity().known() ? String.valueOf(st.maxCapacity().value()) : "?";
                return "auto scaling " + minTasks + "–" + max + " tasks";
            }
        }
        return minTasks + (minTasks == 1 ? " task" : " tasks");
    }

    // ---------------------------------------------------------------- shared

    /** A cost curve over the axis (requests per second, or jobs per day). */
    private record Curve(UnaryOperator<BigDecimal> f) {
        BigDecimal at(BigDecimal x) {
            return f.apply(x);
        }
    }

    /**
     * Fargate sized to the work: a staircase of whole tasks for requests ({@code minTasks} floor), a fractional
     * average fleet for jobs; {@code factor} scales it (Spot).
     */
    private Curve fargate(TrafficProfile t, FargateSize size, Arch arch, BigDecimal vcpuPerRequest, int minTasks, BigDecimal factor) {
        BigDecimal task = mul(model.fargateTask(arch, size), factor);
        if (t != null && t.jobDriven()) {
            return new Curve(x -> mul(CostModel.tasksForJobs(x, t.jobSeconds(), settings.utilisation(), minTasks), task));
        }
        return new Curve(x -> {
            if (t == null) return mul(BigDecimal.valueOf(minTasks), task);
            BigDecimal need = need(t, x, seconds(t), vcpuPerRequest);
            return mul(BigDecimal.valueOf(CostModel.tasksFor(need, size, minTasks)), task);
        });
    }

    private BigDecimal need(TrafficProfile t, BigDecimal rps, BigDecimal seconds, BigDecimal vcpuPerRequest) {
        return CostModel.vcpuNeeded(rps, seconds, vcpuPerRequest, t.cpuShare(), t.peakToMean(), settings.utilisation());
    }

    private static Option option(String id, String label, String config, TrafficProfile t, Curve c, BigDecimal floor,
                                 boolean current, boolean scenario, String note, Shape shape) {
        BigDecimal monthly = t == null ? null : c.at(declared(t));
        return new Option(id, label, config, monthly, floor, current, scenario, note, shape, c.f);
    }

    private static UnaryOperator<BigDecimal> curveOf(List<Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(Option::curve).findFirst().orElse(null);
    }

    private Assumptions assumptions(TrafficProfile t, Integer minTasks, Integer lambdaMb, String size) {
        return new Assumptions(prices.region(), prices.requested(), prices.date(), prices.overridden(),
                settings.utilisation(), minTasks, t == null || t.jobDriven() ? null : t.cpuShare(),
                t == null || t.jobDriven() ? null : t.peakToMean(), settings.spotDiscount(), lambdaMb, size);
    }

    static BigDecimal seconds(TrafficProfile t) {
        return t.jobDriven() ? t.jobSeconds() : div(t.durationMs(), BigDecimal.valueOf(1000));
    }

    /** The request rate at axis value {@code x} (jobs per day become jobs per second). */
    private static BigDecimal rate(TrafficProfile t, BigDecimal x) {
        return t != null && t.jobDriven() ? CostModel.jobsAsRate(x) : x;
    }

    private static BigDecimal axisFromConcurrency(TrafficProfile t, BigDecimal concurrency, BigDecimal seconds) {
        BigDecimal rps = div(concurrency, seconds);
        return t.jobDriven() ? mul(rps, CostModel.SECONDS_PER_DAY) : rps;
    }

    static String axis(TrafficProfile t) {
        return t.jobDriven() ? JOBS_AXIS : REQUESTS_AXIS;
    }

    static String unit(TrafficProfile t) {
        return t.jobDriven() ? "jobs/day" : "requests/s";
    }

    static BigDecimal declared(TrafficProfile t) {
        return t.jobDriven() ? t.jobsPerDay() : t.requestsPerSecond();
    }

    private static Arch flip(Arch a) {
        return a == Arch.ARM64 ? Arch.X86_64 : Arch.ARM64;
    }

    /** Trigger kinds of a function, for callers that explain the minimum tasks. */
    static boolean http(Stack stack, String fnId) {
        return stack.triggersOf(fnId).stream().map(Trigger::kind).anyMatch(k -> k.synchronousHttp());
    }
}
