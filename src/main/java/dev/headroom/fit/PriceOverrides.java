package dev.headroom.fit;

import dev.headroom.tree.Document;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.ParseException;
import dev.headroom.tree.Parsers;
import dev.headroom.tree.ScalarNode;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A team's own prices (negotiated discounts, a private pricing agreement): figure name to US dollars, applied
 * over the bundled table in every region. Read from a YAML file of {@code figure: usd} lines; a typo is an error
 * with its line, never a silently ignored key.
 */
public record PriceOverrides(Map<String, BigDecimal> figures, String label) {

    public static final PriceOverrides NONE = new PriceOverrides(Map.of(), null);

    public PriceOverrides {
        figures = Map.copyOf(figures);
    }

    public Prices apply(Prices p) {
        return figures.isEmpty() ? p : p.with(figures, label == null ? "override" : label);
    }

    /** Reads {@code file}; a bad figure or value throws with {@code FILE:LINE:COL: message}. */
    public static PriceOverrides read(Path file) {
        Document doc;
        try {
            doc = Parsers.parse(file);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.source() + ": " + e.getMessage());
        }
        if (!(doc.root() instanceof MapNode root)) {
            throw new IllegalArgumentException(file + ":1:1: price overrides must be a mapping of figure: usd");
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (MapNode.Entry e : root.entries()) {
            if (!PriceBook.figureNames().contains(e.name())) {
                throw new IllegalArgumentException(e.key().source() + ": unknown price '" + e.name() + "'; expected one of "
                        + String.join(", ", PriceBook.figureNames()));
            }
            if (!(e.value() instanceof ScalarNode s) || !s.isNumber() || new BigDecimal(s.text()).signum() < 0) {
                throw new IllegalArgumentException(e.value().source() + ": price " + e.name() + " must be a number ≥ 0 (US dollars)");
            }
            out.put(e.name(), new BigDecimal(s.text()));
        }
        return new PriceOverrides(out, "override (" + file.getFileName() + ")");
    }
}
