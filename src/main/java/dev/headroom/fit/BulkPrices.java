package dev.headroom.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads AWS's public bulk price files (offer {@code AWSLambda} and {@code AmazonECS}, one region each, from
 * {@code https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<offer>/current/<region>/index.json}) into the
 * figures of {@code rulesets/prices.yaml}, and prints a region's block. Used by {@code scripts/refresh-prices}, a
 * maintainer's tool; nothing at scan time reads the network.
 *
 * <p>A bulk file maps SKUs ({@code products.<sku>.attributes.usagetype}, {@code regionCode}) to on-demand terms
 * ({@code terms.OnDemand.<sku>.<term>.priceDimensions.<dim>} with {@code beginRange}, {@code endRange} and
 * {@code pricePerUnit.USD}). Usage types carry a region prefix ({@code USE1-}, {@code EUW1-}) that is ignored.
 */
public final class BulkPrices {

    private static final Pattern REGION_PREFIX = Pattern.compile("^[A-Z]{2,4}\\d?-");

    /** Usage type (without its region prefix) to figure; a tiered figure keeps every price dimension. */
    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("Request", Prices.REQUESTS),
            Map.entry("Lambda-GB-Second", Prices.DURATION_X86),
            Map.entry("Lambda-GB-Second-ARM", Prices.DURATION_ARM),
            Map.entry("Lambda-Provisioned-Concurrency", Prices.PC_X86),
            Map.entry("Lambda-Provisioned-Concurrency-ARM", Prices.PC_ARM),
            Map.entry("Lambda-Provisioned-GB-Second", Prices.PC_DURATION_X86),
            Map.entry("Lambda-Provisioned-GB-Second-ARM", Prices.PC_DURATION_ARM),
            Map.entry("Fargate-vCPU-Hours:perCPU", Prices.FARGATE_VCPU_X86),
            Map.entry("Fargate-GB-Hours", Prices.FARGATE_GB_X86),
            Map.entry("Fargate-ARM-vCPU-Hours:perCPU", Prices.FARGATE_VCPU_ARM),
            Map.entry("Fargate-ARM-GB-Hours", Prices.FARGATE_GB_ARM));

    /** What one bulk file gave: flat figures, tiered figures, and its publication date. */
    public record Extract(Map<String, BigDecimal> figures, Map<String, List<Prices.Tier>> tiers, String date) {
    }

    private BulkPrices() {
    }

    /** The figures of {@code region} in one bulk file. */
    public static Extract read(Path file, String region) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
        String date = root.path("publicationDate").asText("").length() >= 10 ? root.path("publicationDate").asText().substring(0, 10) : "";
        Map<String, String> skuFigure = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("products").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode attrs = p.getValue().path("attributes");
            if (!region.equals(attrs.path("regionCode").asText(region))) continue;
            String usage = REGION_PREFIX.matcher(attrs.path("usagetype").asText("")).replaceFirst("");
            String figure = FIGURES.get(usage);
            if (figure != null) skuFigure.put(p.getKey(), figure);
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        Map<String, List<Prices.Tier>> tiers = new LinkedHashMap<>();
        JsonNode onDemand = root.path("terms").path("OnDemand");
        skuFigure.forEach((sku, figure) -> {
            List<Prices.Tier> dims = new ArrayList<>();
            for (JsonNode term : onDemand.path(sku)) {
                for (JsonNode dim : term.path("priceDimensions")) {
                    String end = dim.path("endRange").asText("Inf");
                    dims.add(new Prices.Tier(end.equals("Inf") ? null : new BigDecimal(end),
                            new BigDecimal(dim.path("pricePerUnit").path("USD").asText("0"))));
                }
            }
            dims.sort(Comparator.comparing(t -> t.upTo() == null ? new BigDecimal("1e30") : t.upTo()));
            if (dims.isEmpty()) return;
            if (figure.equals(Prices.DURATION_X86) || figure.equals(Prices.DURATION_ARM)) {
                tiers.put(figure, dims);
            } else if (figure.equals(Prices.REQUESTS)) {
                figures.put(figure, dims.get(0).usd().multiply(BigDecimal.valueOf(1_000_000)).stripTrailingZeros());
            } else {
                figures.put(figure, dims.get(0).usd());
            }
        });
        return new Extract(figures, tiers, date);
    }

    /** The YAML block of one region, in the layout of {@code rulesets/prices.yaml}. */
    public static String yaml(String region, Extract lambda, Extract ecs) {
        StringBuilder b = new StringBuilder("  ").append(region).append(":\n");
        flat(b, lambda, Prices.REQUESTS, "lambda-bulk");
        for (String t : List.of(Prices.DURATION_X86, Prices.DURATION_ARM)) {
            List<Prices.Tier> tiers = lambda.tiers().get(t);
            if (tiers == null) continue;
            b.append("    ").append(t).append(":\n      date: ").append(lambda.date()).append("\n      source: lambda-bulk\n      tiers:\n");
            for (Prices.Tier tier : tiers) {
                b.append("        - {");
                if (tier.upTo() != null) b.append("upToGbSeconds: ").append(tier.upTo().toPlainString()).append(", ");
                b.append("usd: ").append(tier.usd().toPlainString()).append("}\n");
            }
        }
        for (String f : List.of(Prices.PC_X86, Prices.PC_DURATION_X86, Prices.PC_ARM, Prices.PC_DURATION_ARM)) flat(b, lambda, f, "lambda-bulk");
        for (String f : List.of(Prices.FARGATE_VCPU_X86, Prices.FARGATE_GB_X86, Prices.FARGATE_VCPU_ARM, Prices.FARGATE_GB_ARM)) {
            flat(b, ecs, f, "ecs-bulk");
        }
        return b.toString();
    }

    private static void flat(StringBuilder b, Extract e, String figure, String source) {
        BigDecimal v = e.figures().get(figure);
        if (v == null) return;
        b.append("    ").append(figure).append(": {usd: ").append(v.toPlainString()).append(", date: ").append(e.date())
                .append(", source: ").append(source).append("}\n");
    }

    /** {@code BulkPrices REGION LAMBDA_INDEX_JSON ECS_INDEX_JSON}: prints the region's block. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 3) {
            System.err.println("usage: BulkPrices REGION AWSLambda-index.json AmazonECS-index.json");
            System.exit(2);
        }
        out.print(yaml(args[0], read(Path.of(args[1]), args[0]), read(Path.of(args[2]), args[0])));
    }
}
