package dev.headroom.fit;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled price table ({@code rulesets/prices.yaml}, shipped in the jar), read once; each region's
 * {@link Prices} built once. The price region is the deployment region; a region the table lacks falls back to
 * {@value #DEFAULT_REGION} and says so ({@link Prices#requested()}).
 */
public final class PriceBook {

    public static final String DEFAULT_REGION = "us-east-1";
    public static final String OVERRIDE_SOURCE = "override";
    private static final String RESOURCE = "/rulesets/prices.yaml";

    private static final Map<String, Prices> BY_REGION = new ConcurrentHashMap<>();

    private PriceBook() {
    }

    /** Lazily read, once per JVM: a scan that runs no cost rule never parses the table. */
    private static final class Table {
        static final Map<String, Object> REGIONS = load();
    }

    /** The regions the bundled table has prices for. */
    public static Set<String> regions() {
        return new TreeSet<>(Table.REGIONS.keySet());
    }

    /** The prices of {@code region} (null: {@value #DEFAULT_REGION}); an unknown region falls back to the default. */
    public static Prices forRegion(String region) {
        String wanted = region == null || region.isBlank() ? DEFAULT_REGION : region.trim();
        return BY_REGION.computeIfAbsent(wanted, r -> {
            Object block = Table.REGIONS.get(r);
            if (block == null) return read(DEFAULT_REGION, r, Table.REGIONS.get(DEFAULT_REGION));
            return read(r, null, block);
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = PriceBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("price table " + RESOURCE + " is missing from the jar");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().setLabel("prices.yaml").build())
                    .loadFromString(text);
            return (Map<String, Object>) root.get("regions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One region's block of the table; a missing or malformed figure is a bug in the bundled file. */
    @SuppressWarnings("unchecked")
    static Prices read(String region, String requested, Object block) {
        if (!(block instanceof Map<?, ?> m)) throw new IllegalStateException("prices.yaml: region " + region + " is not a mapping");
        Map<String, Object> fields = (Map<String, Object>) m;
        Map<String, Prices.Figure> figures = new LinkedHashMap<>();
        Map<String, Prices.Tiered> tiered = new LinkedHashMap<>();
        Map<String, Prices.Figure> lmi = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            Map<String, Object> v = map(region, e.getKey(), e.getValue());
            if (Prices.TIERED.contains(e.getKey())) {
                List<Prices.Tier> tiers = new ArrayList<>();
                for (Object t : (List<Object>) v.get("tiers")) {
                    Map<String, Object> tier = map(region, e.getKey(), t);
                    Object upTo = tier.get("upToGbSeconds");
                    tiers.add(new Prices.Tier(upTo == null ? null : decimal(upTo), decimal(tier.get("usd"))));
                }
                tiered.put(e.getKey(), new Prices.Tiered(tiers, text(v.get("date")), text(v.get("source")), verified(v)));
            } else if (e.getKey().equals("lmiInstanceHour")) {
                v.forEach((type, fig) -> lmi.put(type, figure(map(region, type, fig))));
            } else {
                figures.put(e.getKey(), figure(v));
            }
        }
        for (String name : Prices.REQUIRED) {
            if (!figures.containsKey(name)) throw new IllegalStateException("prices.yaml: " + region + " lacks " + name);
        }
        for (String name : Prices.TIERED) {
            if (!tiered.containsKey(name)) throw new IllegalStateException("prices.yaml: " + region + " lacks " + name);
        }
        return new Prices(region, requested, figures, tiered, lmi);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String region, String key, Object v) {
        if (!(v instanceof Map<?, ?> m)) throw new IllegalStateException("prices.yaml: " + region + "." + key + " is not a mapping");
        return (Map<String, Object>) m;
    }

    private static Prices.Figure figure(Map<String, Object> v) {
        return new Prices.Figure(decimal(v.get("usd")), text(v.get("date")), text(v.get("source")), verified(v));
    }

    private static boolean verified(Map<String, Object> v) {
        return !Boolean.FALSE.equals(v.get("verified"));
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o);
    }

    /** A number as written: doubles go through their shortest decimal form, so 0.0000166667 stays exact. */
    static BigDecimal decimal(Object o) {
        if (o == null) throw new IllegalStateException("prices.yaml: a figure has no usd");
        return new BigDecimal(String.valueOf(o));
    }

    /** Every figure name a price override may set. */
    public static Set<String> figureNames() {
        Set<String> names = new TreeSet<>(Prices.REQUIRED);
        names.addAll(Prices.TIERED);
        names.add(Prices.LMI_SHARE);
        for (String type : forRegion(DEFAULT_REGION).lmiInstanceHour().keySet()) names.add("lmiInstanceHour." + type);
        return names;
    }
}
