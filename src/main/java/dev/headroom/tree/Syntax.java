package dev.headroom.tree;

public enum Syntax { YAML, JSON }
