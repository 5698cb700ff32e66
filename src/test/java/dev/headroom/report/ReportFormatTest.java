package dev.headroom.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportFormatTest {

    @Test
    void factoryAndParse() {
        assertInstanceOf(SarifWriter.class, ReportFormat.SARIF.writer(true));
        assertInstanceOf(TextWriter.class, ReportFormat.TEXT.writer(false));
        assertInstanceOf(GithubWriter.class, ReportFormat.parse(" GitHub ").writer(false));
        assertEquals(ReportFormat.JUNIT, ReportFormat.parse("junit"));
        assertInstanceOf(GitlabWriter.class, ReportFormat.parse("gitlab").writer(false));
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("xml"));
    }
}
