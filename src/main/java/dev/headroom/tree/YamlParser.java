package dev.headroom.tree;

import dev.headroom.model.Problem;
import dev.headroom.model.Source;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses YAML (CloudFormation, SAM, serverless.yml) into the positioned tree. */
public final class YamlParser {

    /**
     * Characters snakeyaml reads ahead at a time. It copies the unread part of its window at each read, so a
     * small window makes a long token quadratic; with lines bounded by {@link Limits#MAX_YAML_LINE} this is linear.
     */
    private static final int READ_AHEAD = 1 << 16;

    private YamlParser() {
    }

    /**
     * Parses the first document of {@code text}; an empty stream gives a null root. A further document is not
     * read (CloudFormation and the Serverless Framework read one): it is an HR900 problem at its start.
     */
    public static Document parse(String file, String text) throws ParseException {
        return parse(file, text, true);
    }

    /** {@code fast}: try {@link FastYaml} first; snakeyaml reads what it declines (false: snakeyaml only). */
    static Document parse(String file, String text, boolean fast) throws ParseException {
        Limits.checkLength(file, text);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        checkLines(file, body);
        Document quick = fast ? FastYaml.parse(file, body) : null;
        if (quick != null) return quick;
        return snakeyaml(file, body, true);
    }

    /**
     * Reads {@code body} with snakeyaml's parser. {@code stream}: build the tree in one pass over its events, and
     * compose the document whole only for a merge key or an error, to report the error snakeyaml's composer would
     * report first; false: always whole (what the one pass is tested against).
     */
    static Document snakeyaml(String file, String body, boolean stream) throws ParseException {
        try {
            Read read = null;
            if (stream) {
                try {
                    read = read(file, body, true);
                } catch (ParseException | RuntimeException | StackOverflowError e) {
                    // a merge key or an error: composed whole below
                }
            }
            if (read == null) read = read(file, body, false);
            List<Problem> problems = new ArrayList<>(read.tree().problems());
            Problem more = furtherDocument(file, read.events());
            if (more != null) problems.add(more);
            return new Document(file, Syntax.YAML, read.root(), problems);
        } catch (Bounded.Exceeded e) {
            throw e.problem;
        } catch (ReaderException e) {
            // a character YAML does not allow (a NUL byte): at its line
            throw new ParseException(e.getCodePoint() == 0 ? "NUL byte: a YAML file holds text only"
                    : "character U+" + String.format("%04X", e.getCodePoint()) + " is not allowed in YAML",
                    atCodePoint(file, body, e.getPosition()));
        } catch (MarkedYamlEngineException e) {
            throw new ParseException(describe(e), where(file, body, e));
        } catch (StackOverflowError e) {
            throw new ParseException("too deep: nesting exhausts the parser", Source.fileStart(file));
        } catch (RuntimeException e) {
            // anything unexpected from snakeyaml, which raises unmarked errors too
            throw new ParseException(LibraryMessages.fixed(e.getMessage(), "invalid YAML"), Source.fileStart(file));
        }
    }

    /** The first document's root, the tree that built it (its problems) and the events that follow it. */
    private record Read(Node root, YamlTree tree, Bounded events) {
    }

    private static Read read(String file, String body, boolean stream) throws ParseException {
        Bounded events = events(file, body);
        YamlGraph graph = new YamlGraph(file, events);
        YamlTree tree = new YamlTree(file, body, graph);
        if (!graph.hasNext()) return new Read(null, tree, events);
        if (!stream) return new Read(tree.convert(graph.next()), tree, events);
        Node root = tree.convert(graph.stream());
        graph.endStream();
        return new Read(root, tree, events);
    }

    private static Bounded events(String file, String body) {
        LoadSettings settings = settingsFor(body.length());
        return new Bounded(file, new ParserImpl(settings, new StreamReader(settings, body)));
    }

    /**
     * Settings whose read-ahead buffer fits the text: the reader allocates (and zeroes) a buffer of its full size
     * per file, 128 KB at {@link #READ_AHEAD}, while most templates are a few kilobytes.
     */
    private static LoadSettings settingsFor(int length) {
        int size = 0;
        while (size < SETTINGS.length - 1 && SETTINGS[size].getBufferSize() <= length) size++;
        return SETTINGS[size];
    }

    /**
     * Settings made once, for buffers of 1 KiB to {@link #READ_AHEAD} (instead of new ones per parse). The label
     * is not ours to show (findings carry the file's own path), so it names no file. Only the reader and parser
     * use them: {@link YamlGraph} composes, with the schema and alias limit of its own.
     */
    private static final LoadSettings[] SETTINGS = new LoadSettings[7];

    static {
        // a loop, not a stream: this runs at the start of every scan of YAML, where lambdas cost their linking
        for (int i = 0; i < SETTINGS.length; i++) {
            SETTINGS[i] = LoadSettings.builder()
                    .setLabel("yaml")
                    .setCodePointLimit(Limits.MAX_BYTES)
                    .setBufferSize(READ_AHEAD >> (SETTINGS.length - 1 - i)) // 1 KiB ... READ_AHEAD
                    .build();
        }
    }

    /** A line longer than {@link Limits#MAX_YAML_LINE} is refused at that line, before snakeyaml reads it. */
    private static void checkLines(String file, String text) throws ParseException {
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end - start > Limits.MAX_YAML_LINE) {
                throw new ParseException("line longer than " + Limits.MAX_YAML_LINE + " characters; headroom reads "
                        + "YAML lines of at most that length", Source.at(file, line, 1));
            }
            start = end + 1;
        }
    }

    /** The start of a second document, as a problem; null when the stream ends after the first. */
    private static Problem furtherDocument(String file, Bounded events) {
        try {
            Event next = events.peekEvent();
            if (next.getEventId() != Event.ID.DocumentStart) return null;
            return Problem.of("HR900", at(file, next.getStartMark()), "a second YAML document starts here; "
                    + "CloudFormation and the Serverless Framework read only the first, so headroom does not check it");
        } catch (MarkedYamlEngineException e) {
            return Problem.of("HR900", at(file, e.getProblemMark().or(e::getContextMark)),
                    "after the first YAML document: " + describe(e));
        } catch (Bounded.Exceeded | ReaderException e) {
            return Problem.of("HR900", Source.fileStart(file), "content after the first YAML document cannot be read");
        }
    }

    private static String describe(MarkedYamlEngineException e) {
        String context = LibraryMessages.fixed(e.getContext(), "");
        String problem = LibraryMessages.fixed(e.getProblem(), "invalid YAML");
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

    /** The line and column of the code point at {@code index} (snakeyaml counts code points, not chars). */
    private static Source atCodePoint(String file, String text, int index) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int cp = 0; cp < index && i < text.length(); cp++) {
            char c = text.charAt(i);
            i += Character.charCount(text.codePointAt(i));
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Source.at(file, line, column);
    }

    /**
     * The parser's events, counted and their nesting tracked as they pass to {@link YamlGraph}, so that a document
     * with too many values or too deep a nesting is refused at the line where it crosses the bound, before
     * the whole graph is built (or recursed into).
     */
    private static final class Bounded implements Parser {

        /** Carries the located problem out of the parser's {@code next()}, which only lets runtime exceptions out. */
        static final class Exceeded extends RuntimeException {
            final transient ParseException problem;

            Exceeded(ParseException problem) {
                super(problem.getMessage(), null, false, false);
                this.problem = problem;
            }
        }

        private final String file;
        private final Parser parser;
        private long values;
        private int depth;

        Bounded(String file, Parser parser) {
            this.file = file;
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event e = parser.next();
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > Limits.MAX_DEPTH) throw new Exceeded(Limits.tooDeep(at(file, e.getStartMark())));
                    count(e);
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Scalar, Alias -> count(e);
                default -> {
                    // stream and document boundaries, comments
                }
            }
            return e;
        }

        private void count(Event e) {
            if (++values > Limits.MAX_NODES) throw new Exceeded(Limits.tooManyValues(at(file, e.getStartMark())));
        }
    }
}
