package dev.headroom.fit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A valid Fargate task size: CPU in vCPU, memory in MiB. */
public record FargateSize(BigDecimal vcpu, int memoryMb) {

    private record Band(String vcpu, int minMb, int maxMb, int stepMb) {
    }

    // AWS's table of valid combinations (0.25 vCPU offers 0.5, 1 and 2 GB only).
    private static final List<Band> BANDS = List.of(
            new Band("0.25", 512, 2048, 0),
            new Band("0.5", 1024, 4096, 1024),
            new Band("1", 2048, 8192, 1024),
            new Band("2", 4096, 16384, 1024),
            new Band("4", 8192, 30720, 1024),
            new Band("8", 16384, 61440, 4096),
            new Band("16", 32768, 122880, 8192));

    public BigDecimal gb() {
        return Money.div(BigDecimal.valueOf(memoryMb), BigDecimal.valueOf(1024));
    }

    /** {@code 1 vCPU / 2 GB}. */
    public String label() {
        return Money.number(vcpu, 2) + " vCPU / " + Money.number(gb(), 2) + " GB";
    }

    private static List<Integer> memories(Band b) {
        List<Integer> out = new ArrayList<>();
        if (b.stepMb == 0) {
            out.addAll(List.of(512, 1024, 2048));
        } else {
            for (int mb = b.minMb; mb <= b.maxMb; mb += b.stepMb) out.add(mb);
        }
        return out;
    }

    /**
     * The smallest valid size with at least {@code vcpu} CPUs and then the smallest memory it offers of at least
     * {@code memoryMb}; a CPU band that cannot hold the memory gives way to the next. Null above 16 vCPU/120 GB.
     */
    public static FargateSize atLeast(BigDecimal vcpu, int memoryMb) {
        for (Band b : BANDS) {
            BigDecimal v = new BigDecimal(b.vcpu);
            if (v.compareTo(vcpu) < 0) continue;
            for (int mb : memories(b)) if (mb >= memoryMb) return new FargateSize(v, mb);
        }
        return null;
    }

    /** True when AWS accepts this combination. */
    public static boolean valid(BigDecimal vcpu, int memoryMb) {
        for (Band b : BANDS) {
            if (new BigDecimal(b.vcpu).compareTo(vcpu) == 0) return memories(b).contains(memoryMb);
        }
        return false;
    }
}
