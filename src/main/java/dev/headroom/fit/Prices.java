package dev.headroom.fit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prices of one region, with the date and source of every figure. Figures are named as in
 * {@code rulesets/prices.yaml}; a tiered figure (Lambda duration) is a list of tiers. Immutable: overrides
 * make a new table.
 *
 * @param region      the region these prices are for
 * @param requested   the region the user deploys to, when it differs (no prices for it: {@code region} is the fallback)
 */
public record Prices(String region, String requested, Map<String, Figure> figures, Map<String, Tiered> tiered,
                     Map<String, Figure> lmiInstanceHour) {

    /** One price: US dollars per unit, when it was taken, from where; {@code verified} false when COST.md could not confirm it. */
    public record Figure(BigDecimal usd, String date, String source, boolean verified) {
    }

    /** A tier applies up to {@code upTo} units a month (null: without limit). */
    public record Tier(BigDecimal upTo, BigDecimal usd) {
    }

    public record Tiered(List<Tier> tiers, String date, String source, boolean verified) {
        public Tiered {
            tiers = List.copyOf(tiers);
        }
    }

    public static final String REQUESTS = "lambdaRequestsPerMillion";
    public static final String PC_X86 = "provisionedGbSecondX86";
    public static final String PC_DURATION_X86 = "provisionedDurationGbSecondX86";
    public static final String PC_ARM = "provisionedGbSecondArm";
    public static final String PC_DURATION_ARM = "provisionedDurationGbSecondArm";
    public static final String FARGATE_VCPU_X86 = "fargateVcpuHourX86";
    public static final String FARGATE_GB_X86 = "fargateGbHourX86";
    public static final String FARGATE_VCPU_ARM = "fargateVcpuHourArm";
    public static final String FARGATE_GB_ARM = "fargateGbHourArm";
    public static final String LMI_SHARE = "lmiManagementShare";
    public static final String DURATION_X86 = "lambdaGbSecondX86";
    public static final String DURATION_ARM = "lambdaGbSecondArm";

    /** Every flat figure a region must have. */
    static final List<String> REQUIRED = List.of(REQUESTS, PC_X86, PC_DURATION_X86, PC_ARM, PC_DURATION_ARM,
            FARGATE_VCPU_X86, FARGATE_GB_X86, FARGATE_VCPU_ARM, FARGATE_GB_ARM);
    static final List<String> TIERED = List.of(DURATION_X86, DURATION_ARM);

    public Prices {
        figures = Map.copyOf(figures);
        tiered = Map.copyOf(tiered);
        lmiInstanceHour = Map.copyOf(lmiInstanceHour);
    }

    public BigDecimal usd(String name) {
        Figure f = figures.get(name);
        if (f == null) throw new IllegalStateException("no price " + name + " for " + region);
        return f.usd();
    }

    public Tiered duration(Arch arch) {
        return tiered.get(arch == Arch.ARM64 ? DURATION_ARM : DURATION_X86);
    }

    public BigDecimal provisioned(Arch arch) {
        return usd(arch == Arch.ARM64 ? PC_ARM : PC_X86);
    }

    public BigDecimal provisionedDuration(Arch arch) {
        return usd(arch == Arch.ARM64 ? PC_DURATION_ARM : PC_DURATION_X86);
    }

    public BigDecimal fargateVcpuHour(Arch arch) {
        return usd(arch == Arch.ARM64 ? FARGATE_VCPU_ARM : FARGATE_VCPU_X86);
    }

    public BigDecimal fargateGbHour(Arch arch) {
        return usd(arch == Arch.ARM64 ? FARGATE_GB_ARM : FARGATE_GB_X86);
    }

    /** True when this region has Lambda Managed Instances prices. */
    public boolean hasManagedInstances() {
        return figures.containsKey(LMI_SHARE) && !lmiInstanceHour.isEmpty();
    }

    /** The oldest date of any figure: what a report states as "prices as of". */
    public String date() {
        String oldest = null;
        for (Figure f : figures.values()) if (oldest == null || f.date().compareTo(oldest) < 0) oldest = f.date();
        for (Tiered t : tiered.values()) if (oldest == null || t.date().compareTo(oldest) < 0) oldest = t.date();
        return oldest;
    }

    /** True when a user's figure replaced a bundled one. */
    public boolean overridden() {
        return figures.values().stream().anyMatch(f -> f.source().equals(PriceBook.OVERRIDE_SOURCE))
                || tiered.values().stream().anyMatch(t -> t.source().equals(PriceBook.OVERRIDE_SOURCE));
    }

    /** These prices with {@code overrides} (figure name to USD) in place; a tiered figure becomes one flat tier. */
    public Prices with(Map<String, BigDecimal> overrides, String date) {
        Map<String, Figure> f = new LinkedHashMap<>(figures);
        Map<String, Tiered> t = new LinkedHashMap<>(tiered);
        Map<String, Figure> lmi = new LinkedHashMap<>(lmiInstanceHour);
        overrides.forEach((name, usd) -> {
            Figure fig = new Figure(usd, date, PriceBook.OVERRIDE_SOURCE, true);
            if (TIERED.contains(name)) t.put(name, new Tiered(List.of(new Tier(null, usd)), date, PriceBook.OVERRIDE_SOURCE, true));
            else if (name.startsWith("lmiInstanceHour.")) lmi.put(name.substring("lmiInstanceHour.".length()), fig);
            else f.put(name, fig);
        });
        return new Prices(region, requested, f, t, lmi);
    }
}
