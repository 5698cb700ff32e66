package dev.headroom.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PriceBookTest {

    @Test
    void everyRegionOfCostMdIsInTheTable() {
        assertEquals(java.util.Set.of("us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-1"), PriceBook.regions());
        for (String r : PriceBook.regions()) {
            Prices p = PriceBook.forRegion(r);
            assertEquals(r, p.region());
            assertNull(p.requested());
            assertEquals("2026-11-29", p.date());
        }
    }

    @Test
    void regionalFargatePricesAsInCostMd() {
        assertEquals(new BigDecimal("0.04656"), PriceBook.forRegion("eu-central-1").fargateVcpuHour(Arch.X86_64));
        assertEquals(new BigDecimal("0.00553"), PriceBook.forRegion("ap-southeast-1").fargateGbHour(Arch.X86_64));
        assertEquals(new BigDecimal("0.04045"), PriceBook.forRegion("ap-southeast-1").fargateVcpuHour(Arch.ARM64));
        // Figures COST.md could not confirm for a region are marked, so a report can say so.
        assertFalse(PriceBook.forRegion("eu-west-1").figures().get(Prices.PC_X86).verified());
        assertTrue(PriceBook.forRegion("us-east-1").figures().get(Prices.PC_X86).verified());
    }

    @Test
    void eachRegionIsBuiltOnce() {
        assertSame(PriceBook.forRegion("eu-west-1"), PriceBook.forRegion("eu-west-1"));
        assertSame(PriceBook.forRegion(null), PriceBook.forRegion("us-east-1"));
    }

    @Test
    void aRegionWithoutPricesFallsBackToUsEast1AndSaysSo() {
        Prices p = PriceBook.forRegion("sa-east-1");
        assertEquals("us-east-1", p.region());
        assertEquals("sa-east-1", p.requested());
        assertFalse(PriceBook.forRegion("eu-west-1").hasManagedInstances());
        assertTrue(PriceBook.forRegion("us-east-1").hasManagedInstances());
    }

    @Test
    void overridesReplaceFiguresAndFlattenTiers(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("prices.yaml");
        Files.writeString(f, "fargateVcpuHourX86: 0.03\nlambdaGbSecondX86: 0.00001\n");
        Prices p = PriceOverrides.read(f).apply(PriceBook.forRegion("us-east-1"));
        assertEquals(new BigDecimal("0.03"), p.fargateVcpuHour(Arch.X86_64));
        assertEquals(1, p.duration(Arch.X86_64).tiers().size());
        assertTrue(p.overridden());
        assertEquals(new BigDecimal("0.00001"), new CostModel(p).firstTier(Arch.X86_64));
    }

    @Test
    void aTypoInOverridesIsAnErrorWithItsLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("prices.yaml");
        Files.writeString(f, "fargateVcpuHourX86: 0.03\nfargateVcpuHourX68: 0.03\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PriceOverrides.read(f));
        assertTrue(e.getMessage().contains("prices.yaml:2:1: unknown price 'fargateVcpuHourX68'"), e.getMessage());
        Files.writeString(f, "fargateVcpuHourX86: cheap\n");
        e = assertThrows(IllegalArgumentException.class, () -> PriceOverrides.read(f));
        assertTrue(e.getMessage().contains("prices.yaml:1:21: price fargateVcpuHourX86 must be a number"), e.getMessage());
    }
}
