package dev.headroom.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a scan report in one output format. Output depends only on the report: same input, same bytes. */
public interface ReportWriter {
    void write(ScanReport report, Writer out) throws IOException;
}
