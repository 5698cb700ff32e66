package dev.headroom.tree;

import dev.headroom.model.Problem;

import java.util.List;

/**
 * A parsed file: the root node (null for an empty document), the syntax it was written in, and what the parser
 * accepted but CloudFormation would not (an unknown YAML tag): HR900 problems that do not stop the file being read.
 */
public record Document(String file, Syntax syntax, Node root, List<Problem> problems) {

    public Document {
        problems = List.copyOf(problems);
    }

    public Document(String file, Syntax syntax, Node root) {
        this(file, syntax, root, List.of());
    }
}
