package dev.headroom.cli;

import dev.headroom.config.ConfigException;
import dev.headroom.config.ConfigResolver;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.UnifiedDiff;
import dev.headroom.fix.plan.FixRunner;
import dev.headroom.rules.Finding;
import dev.headroom.suppress.Baseline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code headroom fix [PATH...]}: applies the fixes of findings, safe ones by default. */
@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Apply the fixes of findings in place: safe fixes, and unsafe ones with --unsafe.",
                "All edits to a file are applied together or not at all; the fixed file must still parse and its "
                        + "fixed findings must be gone."},
        footer = {"", "Exit codes: 0 done (or nothing to fix), 1 --diff found something to fix or",
                "a file was left untouched because its check failed, 2 usage or configuration",
                "error, 3 internal error."})
final class FixCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories to fix (default: .).")
    List<Path> paths = List.of(Path.of("."));

    @Option(names = "--unsafe", description = "Also apply unsafe fixes (they change capacity, scaling, timeouts or memory).")
    boolean unsafe;

    @Option(names = "--diff", description = "Print a unified diff of the fixes and change nothing; exit 1 when there is something to fix.")
    boolean diff;

    @CommandLine.Mixin
    ScanOptions options = new ScanOptions();

    @CommandLine.Mixin
    BaselineOption baseline = new BaselineOption();

    @CommandLine.Mixin
    BaseDirOption baseDir = new BaseDirOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = options.problem(paths);
        if (problem != null) return Main.usage(err, problem);
        ConfigResolver configs = options.resolver(baseline.over(options.overrides()));
        FixRunner.Result result;
        try {
            for (Path p : paths) configs.forPath(p); // a bad config or option fails before any file is read
            result = new FixRunner(configs, unsafe).plan(paths);
        } catch (Baseline.Unusable e) {
            return Main.usage(err, e.getMessage());
        } catch (ConfigException e) {
            err.println("headroom: " + e.getMessage());
            return Main.USAGE;
        } catch (ConfigException.Unchecked e) {
            err.println("headroom: " + e.problem().getMessage());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("headroom: cannot read input: " + e.getMessage());
            return Main.INTERNAL;
        }
        if (!result.scan().internalErrors().isEmpty()) {
            result.scan().internalErrors().forEach(e -> err.println("headroom: " + e));
            return Main.INTERNAL;
        }
        PrintWriter report = diff ? err : out;
        int fixedFindings = 0;
        int fixedFiles = 0;
        boolean failed = false;
        for (FixRunner.FileResult f : result.files()) {
            if (f.failure() != null) {
                report.println(relative(f.file()) + ": not fixed: " + f.failure());
                failed = true;
                continue;
            }
            if (!f.changed()) continue;
            fixedFiles++;
            fixedFindings += f.fixedFindings().size() + f.clearedFindings().size();
            if (diff) {
                out.print(UnifiedDiff.of(relative(f.file()), f.original(), f.fixed()));
            } else {
                try {
                    FixRunner.write(f);
                } catch (IOException e) {
                    report.println(relative(f.file()) + ": not fixed: cannot write it: " + e.getMessage());
                    failed = true;
                    continue;
                }
            }
            for (Finding x : f.fixedFindings()) {
                report.println(at(x) + ": " + x.ruleId() + (diff ? " would fix: " : " fixed: ") + x.fix().description());
            }
            for (Finding x : f.clearedFindings()) {
                report.println(at(x) + ": " + x.ruleId() + (diff ? " would be fixed" : " fixed")
                        + " by the fixes above (its own overlapped them: " + x.fix().description() + ")");
            }
        }
        int hiddenUnsafe = 0;
        int cannot = 0;
        for (Finding x : result.scan().findings()) {
            if (x.fix() == null) continue;
            if (x.fix().unavailable() != null) {
                cannot++;
                report.println(at(x) + ": " + x.ruleId() + " not fixed: " + x.fix().unavailable()
                        + " (fix: " + x.fix().description() + ")");
            } else if (x.fix().available() && !unsafe && x.fix().applicability() == Applicability.UNSAFE) {
                hiddenUnsafe++;
            }
        }
        report.println((diff ? "Would fix " : "Fixed ") + plural(fixedFindings, "finding") + " in " + plural(fixedFiles, "file")
                + (hiddenUnsafe > 0 ? "; " + plural(hiddenUnsafe, "more fix") + " with --unsafe" : "")
                + (cannot > 0 ? "; " + cannot + " cannot be fixed automatically (see above)" : "") + ".");
        out.flush();
        err.flush();
        if (diff && fixedFiles > 0) return Main.FINDINGS;
        return failed ? Main.FINDINGS : Main.OK;
    }

    private String at(Finding f) {
        return relative(f.source().file()) + ":" + f.source().line() + ":" + f.source().column();
    }

    private String relative(String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        Path base = baseDir.dir.toAbsolutePath().normalize();
        return (p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/');
    }

    private static String plural(int n, String word) {
        if (n == 1) return n + " " + word;
        return n + " " + (word.endsWith("fix") ? word + "es" : word + "s");
    }
}
