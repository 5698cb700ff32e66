package dev.headroom.cli;

import dev.headroom.discover.Discovery;
import dev.headroom.discover.FormatDetector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Keeps {@code --output} from naming one of the scan's inputs: the report would replace the template. */
final class InputGuard {

    private InputGuard() {
    }

    /**
     * What {@code output} is among the inputs ("an input file"), or null when it is none: a file named on the
     * command line, or a file the scan reads in a named directory that holds a template.
     */
    static String inputAt(Path output, List<Path> inputs) {
        if (!Files.isRegularFile(output)) return null;
        try {
            for (Path input : inputs) {
                if (Files.isRegularFile(input) && Files.isSameFile(input, output)) return "an input file of this scan";
            }
            for (Discovery.Candidate c : Discovery.find(inputs)) {
                if (!c.assembly() && Files.isSameFile(c.path(), output) && FormatDetector.mayBeTemplate(head(output))) {
                    return "a template this scan reads";
                }
                if (c.assembly() && output.toRealPath().startsWith(c.path().toRealPath())) return "a file of a CDK assembly this scan reads";
            }
        } catch (IOException e) {
            return null; // the scan reports what it cannot read
        }
        return null;
    }

    private static String head(Path file) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        try (var in = Files.newInputStream(file)) {
            int n = in.readNBytes(bytes, 0, bytes.length);
            return new String(bytes, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
