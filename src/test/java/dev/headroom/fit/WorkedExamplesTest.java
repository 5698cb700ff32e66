package dev.headroom.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.headroom.fit.Money.cents;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** COST.md's five worked examples (us-east-1, 730 h, no free tier, compute only), to the cent. */
class WorkedExamplesTest {

    private final CostModel m = new CostModel(PriceBook.forRegion("us-east-1"));
    private static final BigDecimal RHO = new BigDecimal("0.65");

    private static void cent(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), cents(actual));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void example1_100rps_200ms_1024mb_x86() {
        BigDecimal n = d("100").multiply(CostModel.SECONDS_PER_MONTH);
        cent("52.56", m.requests(n));
        cent("876.00", m.duration(Arch.X86_64, n.multiply(d("0.2"))));
        cent("928.56", m.lambdaOnDemand(Arch.X86_64, 1024, d("100"), d("0.2")));
        FargateSize size = FargateSize.atLeast(CostModel.lambdaVcpu(1024), 1024);
        assertEquals(new FargateSize(BigDecimal.ONE, 2048), size);
        BigDecimal need = CostModel.vcpuNeeded(d("100"), d("0.2"), CostModel.lambdaVcpu(1024), BigDecimal.ONE, BigDecimal.ONE, RHO);
        assertEquals(d("17.8"), need.setScale(1, java.math.RoundingMode.HALF_UP));
        assertEquals(18, CostModel.tasksFor(need, size, 2));
        cent("648.72", m.fargateTask(Arch.X86_64, size).multiply(BigDecimal.valueOf(18)));
        BigDecimal quarter = CostModel.vcpuNeeded(d("100"), d("0.2"), CostModel.lambdaVcpu(1024), d("0.25"), BigDecimal.ONE, RHO);
        assertEquals(5, CostModel.tasksFor(quarter, size, 2));
        cent("180.20", m.fargateTask(Arch.X86_64, size).multiply(BigDecimal.valueOf(5)));
    }

    @Test
    void example2_5rps_100ms_512mb_x86() {
        BigDecimal n = d("5").multiply(CostModel.SECONDS_PER_MONTH);
        cent("2.63", m.requests(n));
        BigDecimal gbs = n.multiply(d("0.1")).multiply(CostModel.gb(512));
        assertEquals(0, d("657000").compareTo(gbs));
        cent("10.95", m.duration(Arch.X86_64, gbs));
        cent("13.58", m.lambdaOnDemand(Arch.X86_64, 512, d("5"), d("0.1")));
        FargateSize size = FargateSize.atLeast(CostModel.lambdaVcpu(512), 512);
        assertEquals(new FargateSize(d("0.5"), 1024), size);
        cent("18.02", m.fargateTask(Arch.X86_64, size));
        BigDecimal need = CostModel.vcpuNeeded(d("5"), d("0.1"), CostModel.lambdaVcpu(512), BigDecimal.ONE, BigDecimal.ONE, RHO);
        int tasks = CostModel.tasksFor(need, size, 2);
        assertEquals(2, tasks);
        cent("36.04", m.fargateTask(Arch.X86_64, size).multiply(BigDecimal.valueOf(tasks)));
    }

    @Test
    void example3_500rps_50ms_1769mb_arm64() {
        BigDecimal n = d("500").multiply(CostModel.SECONDS_PER_MONTH);
        cent("262.80", m.requests(n));
        cent("1513.33", m.duration(Arch.ARM64, n.multiply(d("0.05")).multiply(CostModel.gb(1769))));
        cent("1776.13", m.lambdaOnDemand(Arch.ARM64, 1769, d("500"), d("0.05")));
        FargateSize size = FargateSize.atLeast(CostModel.lambdaVcpu(1769), 1769);
        assertEquals(new FargateSize(BigDecimal.ONE, 2048), size);
        assertEquals(d("28.835"), m.fargateTask(Arch.ARM64, size).stripTrailingZeros());
        BigDecimal need = CostModel.vcpuNeeded(d("500"), d("0.05"), CostModel.lambdaVcpu(1769), BigDecimal.ONE, BigDecimal.ONE, RHO);
        assertEquals(d("38.5"), need.setScale(1, java.math.RoundingMode.HALF_UP));
        assertEquals(39, CostModel.tasksFor(need, size, 2));
        cent("1124.57", m.fargateTask(Arch.ARM64, size).multiply(BigDecimal.valueOf(39)));
        BigDecimal quarter = CostModel.vcpuNeeded(d("500"), d("0.05"), CostModel.lambdaVcpu(1769), d("0.25"), BigDecimal.ONE, RHO);
        assertEquals(10, CostModel.tasksFor(quarter, size, 2));
        cent("288.35", m.fargateTask(Arch.ARM64, size).multiply(BigDecimal.TEN));
    }

    @Test
    void example4_provisioned_20_x_1769mb_x86() {
        BigDecimal reservation = m.provisionedReservation(Arch.X86_64, 1769, 20);
        cent("378.33", reservation);
        // Fully busy: 20 concurrent executions all month (20 rps of 1 s), requests left out as in COST.md.
        BigDecimal busy = m.lambdaProvisioned(Arch.X86_64, 1769, 20, d("20"), BigDecimal.ONE)
                .subtract(m.requests(d("20").multiply(CostModel.SECONDS_PER_MONTH)));
        cent("882.77", busy.subtract(reservation));
        FargateSize size = FargateSize.atLeast(CostModel.lambdaVcpu(1769), 1769);
        BigDecimal fleet = m.fargateTask(Arch.X86_64, size).multiply(BigDecimal.valueOf(20));
        cent("720.80", fleet);
        // PC is cheaper than that fleet until its environments are busy 38.8 % of the time.
        BigDecimal u = Money.div(fleet.subtract(reservation), busy.subtract(reservation));
        assertEquals(d("0.388"), u.setScale(3, java.math.RoundingMode.HALF_UP));
        cent("72.08", m.fargateTask(Arch.X86_64, size).multiply(BigDecimal.valueOf(2)));
        assertEquals(d("0.6000"), m.provisionedBreakEven(Arch.X86_64).setScale(4, java.math.RoundingMode.HALF_UP));
        assertEquals(d("0.6000"), m.provisionedBreakEven(Arch.ARM64).setScale(4, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void example5_sqs_worker_10000_jobs_of_30s() {
        FargateSize size = new FargateSize(BigDecimal.ONE, 2048);
        BigDecimal task = m.fargateTask(Arch.X86_64, size);
        cent("36.04", task);
        BigDecimal perfect = CostModel.tasksForJobs(d("10000"), d("30"), BigDecimal.ONE, 1);
        assertEquals(d("3.47"), perfect.setScale(2, java.math.RoundingMode.HALF_UP));
        cent("125.14", perfect.multiply(task));
        BigDecimal atRho = CostModel.tasksForJobs(d("10000"), d("30"), RHO, 1);
        assertEquals(d("5.34"), atRho.setScale(2, java.math.RoundingMode.HALF_UP));
        cent("192.52", atRho.multiply(task));
        BigDecimal rate = CostModel.jobsAsRate(d("10000"));
        cent("262.79", m.lambdaOnDemand(Arch.X86_64, 1769, rate, d("30")));
        cent("210.25", m.lambdaOnDemand(Arch.ARM64, 1769, rate, d("30")));
        FitAnalysis a = new FitAnalysis(PriceBook.forRegion("us-east-1"), FitAnalysis.Settings.DEFAULT);
        BigDecimal jobs = a.floorBreakEvenJobs(task, 1769, d("30"));
        assertEquals(d("1371"), jobs.setScale(0, java.math.RoundingMode.HALF_UP));
        // ... which is 347.6 busy hours a month of 30-s jobs (their requests included, as in COST.md) ...
        BigDecimal hours = Money.div(jobs.multiply(d("30")).multiply(CostModel.DAYS_PER_MONTH), d("3600"));
        assertEquals(d("347.6"), hours.setScale(1, java.math.RoundingMode.HALF_UP));
        // ... and 347.7 when the job length is unknown and only duration is priced (HR402 without declared jobs).
        assertEquals(d("347.7"), a.floorBreakEvenHours(task, 1769).setScale(1, java.math.RoundingMode.HALF_UP));
    }
}
