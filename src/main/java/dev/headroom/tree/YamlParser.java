package dev.headroom.tree;

import dev.headroom.model.Source;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import java.util.Iterator;
import java.util.Optional;

/** Parses YAML (CloudFormation, SAM, serverless.yml) into the positioned tree. */
public final class YamlParser {

    private YamlParser() {
    }

    /** Parses the first document of {@code text}; an empty stream gives a null root. */
    public static Document parse(String file, String text) throws ParseException {
        Limits.checkLength(file, text);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            Iterator<org.snakeyaml.engine.v2.nodes.Node> documents =
                    new Compose(SETTINGS).composeAllFromString(body).iterator();
            YamlTree tree = new YamlTree(file, body);
            Node root = documents.hasNext() ? tree.convert(documents.next()) : null;
            return new Document(file, Syntax.YAML, root, tree.problems());
        } catch (MarkedYamlEngineException e) {
            throw new ParseException(describe(e), where(file, body, e));
        } catch (StackOverflowError e) {
            throw new ParseException("too deep: nesting exhausts the parser", Source.fileStart(file));
        } catch (RuntimeException e) {
            // snakeyaml's unmarked errors (the alias limit) and anything unexpected from it
            String message = oneLine(e.getMessage());
            if (message.contains("aliases")) {
                message = "too many aliases / document too large: more than "
                        + Limits.MAX_COLLECTION_ALIASES + " aliases to maps or lists";
            }
            throw new ParseException(message, Source.fileStart(file));
        }
    }

    /**
     * One set of settings, and one schema, for every file instead of new ones per parse. The label is not ours to
     * show (findings carry the file's own path), so it names no file.
     */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("yaml")
            .setSchema(YamlCoreSchema.INSTANCE)
            .setCodePointLimit(Limits.MAX_BYTES)
            .setMaxAliasesForCollections(Limits.MAX_COLLECTION_ALIASES)
            // complex keys are rejected by YamlTree, which can say where they are
            .setAllowNonScalarKeys(true)
            .build();

    private static String describe(MarkedYamlEngineException e) {
        String context = e.getContext() == null || e.getContext().isBlank() ? "" : oneLine(e.getContext());
        String problem = oneLine(e.getProblem());
        return context.isEmpty() ? problem : context + ": " + problem;
    }

    /**
     * The line that holds the error. snakeyaml notices a key without its ':' only on the next line: "could not
     * find expected ':'" has its problem mark there and the key in the context mark; a plain key without ':'
     * ({@code Timeout 3}) makes the NEXT key's ':' the problem. Both are reported at the broken key.
     */
    private static Source where(String file, String text, MarkedYamlEngineException e) {
        if (e.getContext() != null && e.getContext().contains("while scanning a simple key") && e.getContextMark().isPresent()) {
            return at(file, e.getContextMark());
        }
        Optional<Mark> problem = e.getProblemMark();
        String what = e.getProblem() == null ? "" : e.getProblem();
        if (problem.isPresent() && (what.contains("mapping values are not allowed here")
                || what.contains("but found '<block mapping start>'"))) {
            Source broken = BrokenKeys.keyWithoutColonBefore(file, text, problem.get().getLine());
            if (broken != null) return broken;
        }
        return at(file, problem.or(e::getContextMark));
    }

    private static Source at(String file, Optional<Mark> mark) {
        return mark.map(m -> Source.at(file, m.getLine() + 1, m.getColumn() + 1))
                .orElseGet(() -> Source.fileStart(file));
    }

    /** The first non-blank line of a library message, without its source snippet. */
    private static String oneLine(String message) {
        if (message == null) return "invalid YAML";
        for (String line : message.split("\\R")) {
            if (!line.isBlank()) return line.strip();
        }
        return "invalid YAML";
    }
}
