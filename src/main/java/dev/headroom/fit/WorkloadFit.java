package dev.headroom.fit;

import dev.headroom.model.Origin;
import dev.headroom.model.TrafficProfile;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What one workload (a Lambda function or an ECS service) costs on each compute model.
 *
 * @param kind        {@code function} or {@code service}
 * @param current     the current model and configuration, for people ({@code Lambda on demand, x86_64, 1024 MB})
 * @param traffic     the declared profile (its own or the template's default), or null
 * @param fixedMonthly the part paid whatever the traffic (provisioned concurrency's reservation, running tasks), or null
 * @param fixedWhat   what {@code fixedMonthly} pays for
 * @param options     the current option first, then the alternatives
 * @param axis        what the x axis of the costs is: {@code requestsPerSecond} or {@code jobsPerDay}
 * @param declared    the declared value on that axis, or null
 */
public record WorkloadFit(String kind, Origin origin, String stack, String file, String current,
                          TrafficProfile traffic, BigDecimal fixedMonthly, String fixedWhat, List<Option> options,
                          List<BreakEven> breakEvens, String axis, BigDecimal declared, Assumptions assumptions,
                          List<String> notes) {

    public WorkloadFit {
        options = List.copyOf(options);
        breakEvens = List.copyOf(breakEvens);
        notes = List.copyOf(notes);
    }

    /**
     * One way to run the workload.
     *
     * @param id       stable: {@code lambda-x86_64}, {@code lambda-arm64}, {@code provisioned}, {@code managed-instances},
     *                 {@code fargate-x86_64}, {@code fargate-arm64}, {@code fargate-spot}
     * @param monthly  at the declared traffic; null without a profile (or when this option cannot run the workload)
     * @param floor    what it costs with no traffic at all (scale to zero: 0; provisioned: the reservation; Fargate:
     *                 its minimum tasks)
     * @param scenario a discount that is not a price (Fargate Spot)
     * @param curve    monthly cost as a function of the axis value (for charts and crossovers); null when not priced
     */
    public record Option(String id, String label, String configuration, BigDecimal monthly, BigDecimal floor,
                         boolean current, boolean scenario, String note, Shape shape, UnaryOperator<BigDecimal> curve) {
    }

    /** How an option's cost grows with traffic, for the chart's legend. */
    public enum Shape { LINE, STAIRCASE, RESERVATION, FLEET }

    /** A point where two options cost the same, or where one starts to pay. */
    public record BreakEven(String id, String description, BigDecimal value, String unit) {
    }

    /** What every figure of this workload assumes. */
    public record Assumptions(String region, String requestedRegion, String priceDate, boolean pricesOverridden,
                              BigDecimal utilisation, Integer minTasks, BigDecimal cpuShare, BigDecimal peakToMean,
                              BigDecimal spotDiscount, Integer lambdaMemoryMb, String fargateSize) {

        /** One line a reader sees beside every figure. */
        public String line() {
            StringBuilder b = new StringBuilder();
            b.append("region ").append(region);
            if (requestedRegion != null) b.append(" (no prices for ").append(requestedRegion).append(")");
            b.append(", prices of ").append(priceDate).append(pricesOverridden ? " with overrides" : "");
            b.append(", 730 h month, no free tier");
            b.append(", Fargate target utilisation ").append(Money.percent(utilisation));
            if (minTasks != null) b.append(", min ").append(minTasks).append(minTasks == 1 ? " task" : " tasks");
            if (fargateSize != null) b.append(" of ").append(fargateSize);
            if (cpuShare != null) b.append(", cpuShare ").append(Money.number(cpuShare, 3));
            if (peakToMean != null) b.append(", peakToMean ").append(Money.number(peakToMean, 3));
            if (lambdaMemoryMb != null) b.append(", Lambda ").append(lambdaMemoryMb).append(" MB");
            b.append(", Spot ").append(Money.percent(spotDiscount)).append(" off (scenario)");
            return b.toString();
        }
    }

    public Option option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    public Option currentOption() {
        return options.stream().filter(Option::current).findFirst().orElse(null);
    }

    public BreakEven breakEven(String id) {
        return breakEvens.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
    }
}
