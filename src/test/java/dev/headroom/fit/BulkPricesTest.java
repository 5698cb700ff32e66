package dev.headroom.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The maintainer's refresh reads AWS's bulk price files. They cannot be fetched here, so the parser is held to a
 * small excerpt written in their documented shape (src/test/resources/fit/bulk), whose figures are the bundled
 * us-east-1 ones: reading it must reproduce the table.
 */
class BulkPricesTest {

    private static final Path DIR = Path.of("src/test/resources/fit/bulk");

    @Test
    void theLambdaAndEcsExcerptsGiveTheBundledUsEast1Figures() throws Exception {
        BulkPrices.Extract lambda = BulkPrices.read(DIR.resolve("AWSLambda-us-east-1.json"), "us-east-1");
        BulkPrices.Extract ecs = BulkPrices.read(DIR.resolve("AmazonECS-us-east-1.json"), "us-east-1");
        Prices table = PriceBook.forRegion("us-east-1");
        assertEquals("2026-11-01", lambda.date());
        for (String f : List.of(Prices.REQUESTS, Prices.PC_X86, Prices.PC_DURATION_X86, Prices.PC_ARM, Prices.PC_DURATION_ARM)) {
            assertEquals(0, table.usd(f).compareTo(lambda.figures().get(f)), f);
        }
        for (String f : List.of(Prices.FARGATE_VCPU_X86, Prices.FARGATE_GB_X86, Prices.FARGATE_VCPU_ARM, Prices.FARGATE_GB_ARM)) {
            assertEquals(0, table.usd(f).compareTo(ecs.figures().get(f)), f);
        }
        for (String f : List.of(Prices.DURATION_X86, Prices.DURATION_ARM)) {
            List<Prices.Tier> got = lambda.tiers().get(f);
            List<Prices.Tier> want = table.tiered().get(f).tiers();
            assertEquals(want.size(), got.size(), f);
            for (int i = 0; i < want.size(); i++) {
                assertEquals(0, want.get(i).usd().compareTo(got.get(i).usd()), f + " tier " + i);
                assertEquals(want.get(i).upTo() == null, got.get(i).upTo() == null, f + " tier " + i);
                if (want.get(i).upTo() != null) assertEquals(0, want.get(i).upTo().compareTo(got.get(i).upTo()));
            }
        }
        // Lambda@Edge requests and ephemeral storage are in the files too, and are not figures of ours.
        assertEquals(5, lambda.figures().size());
        assertEquals(4, ecs.figures().size());
    }

    @Test
    void anotherRegionsSkusAreNotMixedIn() throws Exception {
        BulkPrices.Extract eu = BulkPrices.read(DIR.resolve("AWSLambda-us-east-1.json"), "eu-west-1");
        assertEquals(1, eu.figures().size());
        assertEquals(0, new BigDecimal("0.2").compareTo(eu.figures().get(Prices.REQUESTS)));
    }

    @Test
    void theBlockItPrintsReadsBackAsTheSamePrices() throws Exception {
        String block = BulkPrices.yaml("us-east-1", BulkPrices.read(DIR.resolve("AWSLambda-us-east-1.json"), "us-east-1"),
                BulkPrices.read(DIR.resolve("AmazonECS-us-east-1.json"), "us-east-1"));
        assertTrue(block.startsWith("  us-east-1:\n    lambdaRequestsPerMillion: {usd: 0.2, date: 2026-11-01, source: lambda-bulk}\n"), block);
        Object parsed = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                .loadFromString("regions:\n" + block);
        Object region = ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) parsed).get("regions")).get("us-east-1");
        Prices read = PriceBook.read("us-east-1", null, region);
        CostModel m = new CostModel(read);
        // COST.md example 1 from the refreshed figures.
        assertEquals(new BigDecimal("928.56"), Money.cents(m.lambdaOnDemand(Arch.X86_64, 1024, new BigDecimal("100"), new BigDecimal("0.2"))));
    }
}
