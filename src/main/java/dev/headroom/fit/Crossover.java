package dev.headroom.fit;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * Where two cost curves meet: the smallest axis value at which {@code rising} costs at least as much as
 * {@code other}, when it starts below. The curves are monotone but one may be a staircase, so the search walks a
 * geometric grid (1e-4 to 1e6) for the first sign change and then bisects inside it.
 */
public final class Crossover {

    static final double LOW = 1e-4;
    static final double HIGH = 1e6;
    private static final int STEPS = 200;

    private Crossover() {
    }

    /** The crossover, or null when {@code rising} is not below at the start or never reaches {@code other}. */
    public static BigDecimal find(UnaryOperator<BigDecimal> rising, UnaryOperator<BigDecimal> other) {
        if (rising == null || other == null) return null;
        double ratio = Math.pow(HIGH / LOW, 1.0 / STEPS);
        double lo = 0;
        if (diff(rising, other, lo) >= 0) return null;
        double x = LOW;
        for (int i = 0; i <= STEPS; i++, x *= ratio) {
            if (diff(rising, other, x) >= 0) return bisect(rising, other, lo, x);
            lo = x;
        }
        return null;
    }

    private static BigDecimal bisect(UnaryOperator<BigDecimal> rising, UnaryOperator<BigDecimal> other, double lo, double hi) {
        for (int i = 0; i < 60 && hi - lo > 1e-7 * Math.max(1, hi); i++) {
            double mid = (lo + hi) / 2;
            if (diff(rising, other, mid) >= 0) hi = mid;
            else lo = mid;
        }
        return new BigDecimal(hi).round(new java.math.MathContext(6));
    }

    private static double diff(UnaryOperator<BigDecimal> rising, UnaryOperator<BigDecimal> other, double x) {
        BigDecimal at = new BigDecimal(x);
        return rising.apply(at).subtract(other.apply(at)).signum();
    }
}
