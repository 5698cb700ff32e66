package dev.headroom.tree;

import dev.headroom.model.Source;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;

import java.util.ArrayList;
import java.util.List;

/**
 * The comments of a YAML file's first document, from the parser's event stream, so that a {@code #} inside a
 * quoted or block scalar is never taken for a comment.
 */
public final class YamlComments {

    /**
     * One comment.
     *
     * @param text     what follows the {@code #}, unstripped
     * @param at       where the {@code #} is
     * @param trailing true when the comment ends a line that holds YAML, false when it stands on its own line
     */
    public record Comment(String text, Source at, boolean trailing) {
    }

    private YamlComments() {
    }

    /** The comments of {@code text}; an empty list when the parser rejects the text. */
    public static List<Comment> read(String file, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setParseComments(true)
                .setCodePointLimit(Limits.MAX_BYTES).build();
        List<Comment> out = new ArrayList<>();
        int documents = 0;
        try {
            for (Event e : new Parse(settings).parseString(text)) {
                if (e instanceof DocumentStartEvent && ++documents > 1) break;
                if (!(e instanceof CommentEvent c) || c.getCommentType() == CommentType.BLANK_LINE) continue;
                if (c.getStartMark().isEmpty()) continue;
                var m = c.getStartMark().get();
                out.add(new Comment(c.getValue(), Source.at(file, m.getLine() + 1, m.getColumn() + 1),
                        c.getCommentType() == CommentType.IN_LINE));
            }
        } catch (RuntimeException e) {
            // The file already parsed without comments; a comment the parser cannot place is not worth a failure.
            return out;
        }
        return out;
    }
}
