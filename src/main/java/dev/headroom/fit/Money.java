package dev.headroom.fit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Arithmetic at full precision (34 digits) and the one place where dollars are rounded: for printing. */
public final class Money {

    public static final MathContext MC = MathContext.DECIMAL128;

    private Money() {
    }

    public static BigDecimal of(double d) {
        return new BigDecimal(Double.toString(d));
    }

    public static BigDecimal of(long n) {
        return BigDecimal.valueOf(n);
    }

    public static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }

    public static BigDecimal mul(BigDecimal... xs) {
        BigDecimal r = BigDecimal.ONE;
        for (BigDecimal x : xs) r = r.multiply(x, MC);
        return r;
    }

    public static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code $1,124.57}: cents, thousands separated, for people. */
    public static String format(BigDecimal usd) {
        return String.format(Locale.ROOT, "$%,.2f", cents(usd));
    }

    /** A number for people: {@code 1,371.4}, at most {@code decimals} places, trailing zeros dropped. */
    public static String number(BigDecimal n, int decimals) {
        BigDecimal r = n.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.scale() < 0) r = r.setScale(0);
        String plain = String.format(Locale.ROOT, "%,." + r.scale() + "f", r);
        return plain;
    }

    /** A share as a percentage: {@code 38.8 %}. */
    public static String percent(BigDecimal share) {
        return number(share.multiply(BigDecimal.valueOf(100)), 1) + " %";
    }
}
