package dev.headroom.discover;

import dev.headroom.model.InputFormat;
import dev.headroom.tree.ListNode;
import dev.headroom.tree.MapNode;
import dev.headroom.tree.Node;
import dev.headroom.tree.ScalarNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Tells the input format from content, not from the file name: SAM (a {@code Transform} naming
 * {@code AWS::Serverless-2016-10-31}, or {@code AWS::Serverless::*} resources without one), CloudFormation
 * (a {@code Resources} map of {@code AWS::} types), the Serverless Framework (a file named
 * {@code serverless.yml}/{@code .yaml}/{@code .json} with a {@code provider}, or any file with a top-level
 * {@code service} and {@code provider.name: aws}), a CDK cloud assembly (a directory whose
 * {@code manifest.json} has {@code version} and {@code artifacts}). Anything else is not ours and is skipped
 * silently.
 */
public final class FormatDetector {

    public static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    /** Cheap text test before parsing a file found in a directory: could it be a template at all? */
    private static final Pattern MAYBE_TEMPLATE = Pattern.compile(
            "\"?(Resources|AWSTemplateFormatVersion)\"?\\s*:|(?m)^\\s*\"?provider\"?\\s*:");

    private static final Pattern SERVERLESS_NAME = Pattern.compile("(?i)serverless\\.(yml|yaml|json)");

    /** The file that makes a directory a cloud assembly. */
    public static final String CDK_MANIFEST = "manifest.json";

    /**
     * A cloud assembly manifest names its schema {@code version}, its {@code artifacts} and their CDK types
     * ({@code aws:cloudformation:stack}, {@code cdk:tree}, {@code cdk:asset-manifest}). The test is on the
     * text, not a parse, so that a manifest with a syntax error is still read as one, and reported at its line.
     */
    private static final Pattern ASSEMBLY_KEYS = Pattern.compile("\"artifacts\"\\s*:");
    private static final Pattern VERSION_KEY = Pattern.compile("\"version\"\\s*:");
    /** Every assembly names a CDK artifact type; another tool's manifest.json with these keys does not. */
    private static final Pattern CDK_ARTIFACT = Pattern.compile("\"(aws:cloudformation:stack|cdk:[\\w-]+)\"");

    /** Larger manifests are not assemblies we could read anyway; the reader reports them if given directly. */
    private static final long MAX_MANIFEST_BYTES = 50L * 1024 * 1024;

    private FormatDetector() {
    }

    /**
     * True when {@code dir} holds the manifest of a CDK cloud assembly ({@code cdk.out}, a stage's assembly) whose
     * real path is inside the scan root {@code root}: a {@code manifest.json} that links out of the tree is not read,
     * even to recognise it (discovery then names the link).
     */
    public static boolean isCloudAssembly(Path dir, Path root) {
        Path manifest = dir.resolve(CDK_MANIFEST);
        try {
            if (!Files.isRegularFile(manifest) || !ScanRoot.contains(root, manifest)
                    || Files.size(manifest) > MAX_MANIFEST_BYTES) return false;
            String text = Files.readString(manifest, StandardCharsets.UTF_8);
            return ASSEMBLY_KEYS.matcher(text).find() && VERSION_KEY.matcher(text).find()
                    && CDK_ARTIFACT.matcher(text).find();
        } catch (IOException | RuntimeException e) {
            return false; // unreadable or not UTF-8: not an assembly we recognise; its files are scanned one by one
        }
    }

    public static boolean mayBeTemplate(CharSequence text) {
        return MAYBE_TEMPLATE.matcher(text).find();
    }

    /** Why a file without any template key is skipped (the cheap text test found none). */
    public static final String NO_RESOURCES = "no Resources section";

    /** Why a parsed document is none of our formats, in a few words for a notice. */
    public static String whyNot(Node root) {
        if (!(root instanceof MapNode m)) return "not a mapping at the top level, so not a template";
        if (m.get("Resources") instanceof MapNode) return "no resource under Resources has an AWS:: type";
        if (m.has("Resources")) return "Resources is not a mapping";
        if (m.has("provider")) return "has a provider but no service with provider.name: aws (not a serverless.yml)";
        return NO_RESOURCES;
    }

    /** The format of a parsed document, or null when it is none of ours. */
    public static InputFormat detect(Node root) {
        return detect(root, null);
    }

    /** The format of a parsed document named {@code fileName} (may be null), or null when it is none of ours. */
    public static InputFormat detect(Node root, String fileName) {
        if (!(root instanceof MapNode m)) return null;
        if (isServerless(m, fileName)) return InputFormat.SERVERLESS;
        boolean sam = hasSamTransform(m.get("Transform"));
        boolean aws = false;
        if (m.get("Resources") instanceof MapNode resources) {
            for (MapNode.Entry e : resources.entries()) {
                if (e.value() instanceof MapNode r && r.get("Type") instanceof ScalarNode t && t.isString()) {
                    if (t.text().startsWith("AWS::Serverless::")) sam = true;
                    if (t.text().startsWith("AWS::") || t.text().startsWith("Custom::")) aws = true;
                }
            }
        }
        if (sam) return InputFormat.SAM;
        return aws ? InputFormat.CLOUDFORMATION : null;
    }

    private static boolean isServerless(MapNode m, String fileName) {
        if (m.has("Resources") || m.has("AWSTemplateFormatVersion")) return false;
        Node provider = m.get("provider");
        Node name = provider instanceof MapNode p ? p.get("name") : null;
        boolean aws = name instanceof ScalarNode s && "aws".equals(s.text());
        if (m.has("service") && aws) return true;
        // By its name, with any AWS-compatible provider (a variable for the name is taken as AWS).
        boolean named = fileName != null && SERVERLESS_NAME.matcher(java.nio.file.Path.of(fileName).getFileName().toString()).matches();
        boolean otherCloud = name instanceof ScalarNode s && s.isString() && !aws && !s.text().contains("${");
        return named && (m.has("service") || provider != null) && !otherCloud;
    }

    private static boolean hasSamTransform(Node transform) {
        if (transform instanceof ScalarNode s) return SAM_TRANSFORM.equals(s.text());
        if (transform instanceof ListNode l) {
            for (Node n : l.items()) if (n instanceof ScalarNode s && SAM_TRANSFORM.equals(s.text())) return true;
        }
        return false;
    }
}
