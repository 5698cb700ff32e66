package dev.headroom.tree;

/** A parsed file: the root node (null for an empty document) and the syntax it was written in. */
public record Document(String file, Syntax syntax, Node root) {
}
