package dev.headroom.read;

import dev.headroom.model.InputFormat;
import dev.headroom.model.Stack;
import dev.headroom.read.cfn.CloudFormationReader;
import dev.headroom.read.sam.SamReader;
import dev.headroom.read.sls.ServerlessReader;
import dev.headroom.tree.Document;

import java.util.List;

/** Chooses the reader of a parsed document's format. */
public final class Readers {

    private Readers() {
    }

    public static List<Stack> read(Document doc, InputFormat format, ReadOptions options) {
        return switch (format) {
            case SAM -> SamReader.readWithNested(doc, options);
            case CLOUDFORMATION, CDK -> List.of(CloudFormationReader.read(doc, format, options));
            case SERVERLESS -> List.of(ServerlessReader.read(doc, options));
        };
    }
}
