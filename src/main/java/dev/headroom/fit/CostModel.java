package dev.headroom.fit;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static dev.headroom.fit.Money.div;
import static dev.headroom.fit.Money.mul;

/**
 * COST.md's formulas over one region's prices, in full precision. Rates are per second ({@code rps}), durations
 * in seconds, memory in MB; every result is US dollars a month (730 h). No free tier (it is per account).
 */
public final class CostModel {

    public static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(2_628_000);
    public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);
    public static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    /**
     * 730 h / 24 = 30.4167 days. COST.md's job formula wrote 30.42, but its worked example 5 ($262.79) and
     * every other figure use the 730-hour month; 30.42 would give $262.82. We keep the month consistent.
     */
    public static final BigDecimal DAYS_PER_MONTH = div(HOURS_PER_MONTH, BigDecimal.valueOf(24));
    public static final int MB_PER_VCPU = 1769;
    public static final int LAMBDA_MAX_MB = 10_240;
    public static final int LAMBDA_MAX_SECONDS = 900;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Prices prices;

    public CostModel(Prices prices) {
        this.prices = prices;
    }

    public Prices prices() {
        return prices;
    }

    /** The vCPUs Lambda gives a function of {@code mb}: 1,769 MB is one vCPU (at most 5.79). */
    public static BigDecimal lambdaVcpu(int mb) {
        return div(BigDecimal.valueOf(Math.min(mb, LAMBDA_MAX_MB)), BigDecimal.valueOf(MB_PER_VCPU));
    }

    public static BigDecimal gb(int mb) {
        return div(BigDecimal.valueOf(mb), BigDecimal.valueOf(1024));
    }

    public BigDecimal requests(BigDecimal perMonth) {
        return div(mul(perMonth, prices.usd(Prices.REQUESTS)), MILLION);
    }

    /** The tiered price of {@code gbSeconds} of on-demand duration in a month. */
    public BigDecimal duration(Arch arch, BigDecimal gbSeconds) {
        BigDecimal left = gbSeconds;
        BigDecimal below = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (Prices.Tier t : prices.duration(arch).tiers()) {
            if (left.signum() <= 0) break;
            BigDecimal inTier = t.upTo() == null ? left : left.min(t.upTo().subtract(below));
            cost = cost.add(mul(inTier, t.usd()));
            left = left.subtract(inTier);
            if (t.upTo() != null) below = t.upTo();
        }
        return cost;
    }

    /** The first-tier on-demand GB-s price (what a single function's break-evens are stated against). */
    public BigDecimal firstTier(Arch arch) {
        return prices.duration(arch).tiers().get(0).usd();
    }

    /** Lambda on demand: {@code N·0.20/1e6 + tier(N·d·m)}. */
    public BigDecimal lambdaOnDemand(Arch arch, int mb, BigDecimal rps, BigDecimal seconds) {
        BigDecimal n = mul(rps, SECONDS_PER_MONTH);
        return requests(n).add(duration(arch, mul(n, seconds, gb(mb))));
    }

    /** Provisioned concurrency's reservation: {@code P·m·S·p_pc}, paid idle or not. */
    public BigDecimal provisionedReservation(Arch arch, int mb, int executions) {
        return mul(BigDecimal.valueOf(executions), gb(mb), SECONDS_PER_MONTH, prices.provisioned(arch));
    }

    /**
     * Lambda with {@code executions} provisioned always on: the reservation, the PC duration price for the
     * concurrency it serves ({@code min(r·d, P)}), the on-demand price for what spills over, and requests.
     */
    public BigDecimal lambdaProvisioned(Arch arch, int mb, int executions, BigDecimal rps, BigDecimal seconds) {
        BigDecimal concurrency = mul(rps, seconds);
        BigDecimal p = BigDecimal.valueOf(executions);
        BigDecimal served = concurrency.min(p);
        BigDecimal spill = concurrency.subtract(p).max(BigDecimal.ZERO);
        BigDecimal m = gb(mb);
        return provisionedReservation(arch, mb, executions)
                .add(mul(served, m, SECONDS_PER_MONTH, prices.provisionedDuration(arch)))
                .add(duration(arch, mul(spill, m, SECONDS_PER_MONTH)))
                .add(requests(mul(rps, SECONDS_PER_MONTH)));
    }

    /** The utilisation above which provisioned concurrency costs less than on demand: {@code p_pc/(p_gbs − p_pcd)} (60 %). */
    public BigDecimal provisionedBreakEven(Arch arch) {
        return div(prices.provisioned(arch), firstTier(arch).subtract(prices.provisionedDuration(arch)));
    }

    /** One Fargate task of {@code size} running all month. */
    public BigDecimal fargateTask(Arch arch, FargateSize size) {
        return mul(HOURS_PER_MONTH, size.vcpu().multiply(prices.fargateVcpuHour(arch))
                .add(mul(size.gb(), prices.fargateGbHour(arch))));
    }

    /**
     * The vCPUs a fleet needs for the same work: {@code r·d·lambdaVcpu·c/ρ}, times {@code peakToMean} because a
     * fleet is sized for its peak.
     */
    public static BigDecimal vcpuNeeded(BigDecimal rps, BigDecimal seconds, BigDecimal vcpuPerRequest, BigDecimal cpuShare,
                                        BigDecimal peakToMean, BigDecimal utilisation) {
        return div(mul(rps, seconds, vcpuPerRequest, cpuShare, peakToMean), utilisation);
    }

    /** {@code max(minTasks, ceil(needVcpu / taskVcpu))}: the staircase. */
    public static int tasksFor(BigDecimal needVcpu, FargateSize size, int minTasks) {
        int tasks = div(needVcpu, size.vcpu()).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.max(minTasks, tasks);
    }

    /**
     * Job-driven: the average busy tasks {@code J·s/86,400/ρ}, kept fractional (an autoscaled worker follows its
     * backlog through the day), never below {@code minTasks}.
     */
    public static BigDecimal tasksForJobs(BigDecimal jobsPerDay, BigDecimal jobSeconds, BigDecimal utilisation, int minTasks) {
        BigDecimal busy = div(div(mul(jobsPerDay, jobSeconds), SECONDS_PER_DAY), utilisation);
        return busy.max(BigDecimal.valueOf(minTasks));
    }

    /** Jobs as a rate: {@code J/86,400} per second, so a job-driven profile prices like a request-driven one. */
    public static BigDecimal jobsAsRate(BigDecimal jobsPerDay) {
        return div(jobsPerDay, SECONDS_PER_DAY);
    }

    /** An LMI fleet: the instance type, how many, and the monthly cost. */
    public record ManagedInstances(String instanceType, int vcpusEach, int instances, BigDecimal monthly) {
    }

    /**
     * Lambda Managed Instances: {@code instances = max(3, ceil(needVcpu/(vcpus − 1)))} (one vCPU per instance for
     * the OS, three for AZ resilience); cost = instances·H·P_ec2·(1 − savings) + share·instances·H·P_ec2 + requests.
     * The cheapest of the instance types and sizes priced (2xlarge and 4xlarge at 2× and 4× the xlarge price).
     * Null when the region has no LMI prices.
     */
    public ManagedInstances managedInstances(BigDecimal needVcpu, BigDecimal rps, BigDecimal savings) {
        if (!prices.hasManagedInstances()) return null;
        ManagedInstances best = null;
        BigDecimal share = prices.usd(Prices.LMI_SHARE);
        BigDecimal req = requests(mul(rps, SECONDS_PER_MONTH));
        for (var e : new java.util.TreeMap<>(prices.lmiInstanceHour()).entrySet()) {
            for (int factor : new int[]{1, 2, 4}) {
                int vcpus = 4 * factor;
                int n = Math.max(3, div(needVcpu, BigDecimal.valueOf(vcpus - 1L)).setScale(0, RoundingMode.CEILING).intValueExact());
                BigDecimal hourly = mul(e.getValue().usd(), BigDecimal.valueOf(factor));
                BigDecimal instanceMonths = mul(BigDecimal.valueOf(n), HOURS_PER_MONTH, hourly);
                BigDecimal cost = mul(instanceMonths, BigDecimal.ONE.subtract(savings)).add(mul(share, instanceMonths)).add(req);
                String type = factor == 1 ? e.getKey() : e.getKey().replace(".xlarge", "." + factor + "xlarge");
                if (best == null || cost.compareTo(best.monthly()) < 0) best = new ManagedInstances(type, vcpus, n, cost);
            }
        }
        return best;
    }
}
