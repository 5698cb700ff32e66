package dev.headroom.read.cdk;

import dev.headroom.model.Problem;
import dev.headroom.model.Stack;
import dev.headroom.tree.ParseException;

import java.util.List;

/**
 * What was read from one cloud assembly (with its nested assemblies and nested stacks).
 *
 * @param stacks        one per stack template read, nested stacks included
 * @param problems      HR900 problems outside any one stack's resources (a missing template file)
 * @param parseErrors   files of the assembly that did not parse (the manifest, a template)
 * @param notifications run-level notes (no source-location metadata)
 * @param templates     template files read
 * @param resources     CloudFormation resources in those templates
 */
public record Assembly(List<Stack> stacks, List<Problem> problems, List<ParseException> parseErrors,
                       List<String> notifications, int templates, int resources) {

    public Assembly {
        stacks = List.copyOf(stacks);
        problems = List.copyOf(problems);
        parseErrors = List.copyOf(parseErrors);
        notifications = List.copyOf(notifications);
    }
}
