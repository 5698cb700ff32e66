package dev.headroom.fit;

/** A CPU architecture as Lambda and Fargate price it. */
public enum Arch {
    X86_64("x86_64"), ARM64("arm64");

    private final String id;

    Arch(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Lambda's {@code Architectures} value or Fargate's {@code CpuArchitecture} ({@code X86_64}, {@code ARM64}); x86 when absent. */
    public static Arch of(String value) {
        return value != null && value.equalsIgnoreCase("arm64") ? ARM64 : X86_64;
    }
}
