package dev.headroom.report;

import java.util.Locale;

/** The output formats, by the name the CLI's {@code --format} takes. */
public enum ReportFormat {
    TEXT, SARIF, JSON, JUNIT, GITHUB, GITLAB;

    /** A writer for this format; {@code color} only affects text, the other formats are for machines. */
    public ReportWriter writer(boolean color) {
        return switch (this) {
            case TEXT -> new TextWriter(color);
            case SARIF -> new SarifWriter();
            case JSON -> new JsonWriter();
            case JUNIT -> new JUnitWriter();
            case GITHUB -> new GithubWriter();
            case GITLAB -> new GitlabWriter();
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportFormat parse(String s) {
        for (ReportFormat f : values()) if (f.id().equalsIgnoreCase(s.trim())) return f;
        throw new IllegalArgumentException("unknown format '" + s + "' (expected text, sarif, json, junit, github or gitlab)");
    }
}
