package dev.headroom.rules.lambda;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table's dates are read field by field (start-up); they must be what LocalDate.parse reads. */
class RuntimeTableTest {

    @Test
    void everyDateOfTheTableIsWhatLocalDateParseReads() throws IOException {
        String text;
        try (InputStream in = RuntimeTable.class.getResourceAsStream("runtimes.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int dates = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            RuntimeTable.Entry e = RuntimeTable.get(f[0]);
            LocalDate[] read = {e.deprecation(), e.blockCreate(), e.blockUpdate()};
            for (int i = 0; i < 3; i++) {
                if (f[2 + i].equals("-")) {
                    assertNull(read[i], line);
                } else {
                    assertEquals(LocalDate.parse(f[2 + i]), read[i], line);
                    dates++;
                }
            }
        }
        assertTrue(dates > 50, "dates compared: " + dates);
    }

    @Test
    void aDateNotWrittenYyyyMmDdIsABuildDefect() {
        assertEquals(LocalDate.of(2024, 2, 29), RuntimeTable.date("2024-02-29"));
        assertNull(RuntimeTable.date("-"));
        for (String bad : new String[] {"2024-2-29", "2024/02/29", "20240229", "2024-0a-01", "", "+2024-02-29"}) {
            assertThrows(IllegalStateException.class, () -> RuntimeTable.date(bad), bad);
        }
        assertThrows(DateTimeException.class, () -> RuntimeTable.date("2023-02-29"));
        assertThrows(DateTimeException.class, () -> RuntimeTable.date("2023-13-01"));
    }
}
