package dev.headroom.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import de.jcup.sarif_2_1_0.model.ArtifactChange;
import de.jcup.sarif_2_1_0.model.ArtifactContent;
import de.jcup.sarif_2_1_0.model.ArtifactLocation;
import de.jcup.sarif_2_1_0.model.Fix;
import de.jcup.sarif_2_1_0.model.Invocation;
import de.jcup.sarif_2_1_0.model.Location;
import de.jcup.sarif_2_1_0.model.LogicalLocation;
import de.jcup.sarif_2_1_0.model.Message;
import de.jcup.sarif_2_1_0.model.MultiformatMessageString;
import de.jcup.sarif_2_1_0.model.Notification;
import de.jcup.sarif_2_1_0.model.PartialFingerprints;
import de.jcup.sarif_2_1_0.model.PhysicalLocation;
import de.jcup.sarif_2_1_0.model.PropertyBag;
import de.jcup.sarif_2_1_0.model.Region;
import de.jcup.sarif_2_1_0.model.Replacement;
import de.jcup.sarif_2_1_0.model.ReportingConfiguration;
import de.jcup.sarif_2_1_0.model.ReportingDescriptor;
import de.jcup.sarif_2_1_0.model.Result;
import de.jcup.sarif_2_1_0.model.Run;
import de.jcup.sarif_2_1_0.model.SarifSchema210;
import de.jcup.sarif_2_1_0.model.Suppression;
import de.jcup.sarif_2_1_0.model.Tool;
import de.jcup.sarif_2_1_0.model.ToolComponent;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes sarif-java's model with the layout of every JSON output, deterministically.
 *
 * <p>The library's own writer ({@code SarifSchema210ImportExportSupport}) pretty-prints with the platform's line
 * separator and writes every empty array the generated model starts with. Mix-ins instead give each class we write
 * a fixed key order (the order of the SARIF specification's examples, which our golden reports pin) and leave out
 * empty arrays and objects; {@code results} and {@code suppressions} keep {@code []}, which means something there
 * (no result; not suppressed).
 */
final class SarifJson {

    private static final ObjectWriter WRITER = Json.writer(Json.builder()
            .addMixIn(SarifSchema210.class, LogOrder.class)
            .addMixIn(Run.class, RunOrder.class)
            .addMixIn(Tool.class, NonEmpty.class)
            .addMixIn(ToolComponent.class, DriverOrder.class)
            .addMixIn(ReportingDescriptor.class, DescriptorOrder.class)
            .addMixIn(Message.class, NonEmpty.class)
            .addMixIn(MultiformatMessageString.class, MultiformatOrder.class)
            .addMixIn(ReportingConfiguration.class, NonEmpty.class)
            .addMixIn(PropertyBag.class, NonEmpty.class)
            .addMixIn(Invocation.class, InvocationOrder.class)
            .addMixIn(Notification.class, NotificationOrder.class)
            .addMixIn(Result.class, ResultOrder.class)
            .addMixIn(Suppression.class, SuppressionOrder.class)
            .addMixIn(Fix.class, FixOrder.class)
            .addMixIn(ArtifactChange.class, ArtifactChangeOrder.class)
            .addMixIn(Replacement.class, ReplacementOrder.class)
            .addMixIn(ArtifactContent.class, NonEmpty.class)
            .addMixIn(Location.class, LocationOrder.class)
            .addMixIn(PhysicalLocation.class, PhysicalLocationOrder.class)
            .addMixIn(ArtifactLocation.class, ArtifactLocationOrder.class)
            .addMixIn(Region.class, RegionOrder.class)
            .addMixIn(LogicalLocation.class, LogicalLocationOrder.class)
            .addMixIn(PartialFingerprints.class, NonEmpty.class)
            .build());

    private SarifJson() {
    }

    static void write(SarifSchema210 log, Writer out) throws IOException {
        Json.write(WRITER, log, out);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private abstract static class NonEmpty {
    }

    @JsonPropertyOrder({"$schema", "version", "runs"})
    private abstract static class LogOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"tool", "invocations", "columnKind", "results"})
    private abstract static class RunOrder extends NonEmpty {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object results;
    }

    @JsonPropertyOrder({"name", "version", "semanticVersion", "informationUri", "rules"})
    private abstract static class DriverOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"id", "name", "shortDescription", "fullDescription", "help", "helpUri",
            "defaultConfiguration", "properties"})
    private abstract static class DescriptorOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"text", "markdown"})
    private abstract static class MultiformatOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"executionSuccessful", "toolExecutionNotifications"})
    private abstract static class InvocationOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"message", "level"})
    private abstract static class NotificationOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations",
            "partialFingerprints", "fixes", "baselineState", "suppressions", "properties"})
    private abstract static class ResultOrder extends NonEmpty {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object suppressions; // [] = not suppressed
    }

    @JsonPropertyOrder({"kind", "status", "justification", "location"})
    private abstract static class SuppressionOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"description", "artifactChanges"})
    private abstract static class FixOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"artifactLocation", "replacements"})
    private abstract static class ArtifactChangeOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"deletedRegion", "insertedContent"})
    private abstract static class ReplacementOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"id", "physicalLocation", "logicalLocations", "message"})
    private abstract static class LocationOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"artifactLocation", "region"})
    private abstract static class PhysicalLocationOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"uri", "uriBaseId"})
    private abstract static class ArtifactLocationOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"startLine", "startColumn", "endLine", "endColumn"})
    private abstract static class RegionOrder extends NonEmpty {
    }

    @JsonPropertyOrder({"fullyQualifiedName", "name", "kind"})
    private abstract static class LogicalLocationOrder extends NonEmpty {
    }
}
