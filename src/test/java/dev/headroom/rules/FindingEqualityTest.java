package dev.headroom.rules;

import dev.headroom.fix.Applicability;
import dev.headroom.fix.Fix;
import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Finding and About.Element write out equals and hashCode (start-up), as the model's records do: every component
 * but a finding's derived fix takes part. A new component makes the count check fail, so it cannot be left out.
 */
class FindingEqualityTest {

    private static final Source AT = Source.at("a.yaml", 4, 14);
    private static final Origin FN = Origin.of("Fn", "AWS::Lambda::Function", Source.at("a.yaml", 2, 3));
    private static final About.Element TIMEOUT = new About.Element("Function", "timeout 900 s");

    private static Finding finding(String rule, Severity level, String message, Source at, List<Related> related,
                                   Origin origin, String subject, Fix fix, About about) {
        return new Finding(rule, level, message, at, related, origin, subject, fix, about);
    }

    private static Finding base() {
        return finding("HR102", Severity.WARNING, "Function Fn: timeout 900 s", AT, List.of(), FN, "Timeout", null, TIMEOUT);
    }

    @Test
    void findingComparesEveryComponentButItsFix() {
        assertEquals(9, Finding.class.getRecordComponents().length, "a new component must join equals and hashCode");
        Finding f = base();
        assertEquals(f, base());
        assertEquals(f.hashCode(), base().hashCode());
        Fix fix = Fix.intent(Applicability.SAFE, List.of());
        assertEquals(f, f.withFix(fix), "the fix is derived data");
        assertEquals(f.hashCode(), f.withFix(fix).hashCode());
        assertNotEquals(f, finding("HR101", Severity.WARNING, f.message(), AT, List.of(), FN, "Timeout", null, TIMEOUT));
        assertNotEquals(f, f.withSeverity(Severity.ERROR));
        assertNotEquals(f, finding("HR102", Severity.WARNING, "other", AT, List.of(), FN, "Timeout", null, TIMEOUT));
        assertNotEquals(f, finding("HR102", Severity.WARNING, f.message(), Source.at("a.yaml", 5, 1), List.of(), FN,
                "Timeout", null, TIMEOUT));
        assertNotEquals(f, finding("HR102", Severity.WARNING, f.message(), AT, List.of(new Related(AT, "here")), FN,
                "Timeout", null, TIMEOUT));
        assertNotEquals(f, finding("HR102", Severity.WARNING, f.message(), AT, List.of(), null, "Timeout", null, TIMEOUT));
        assertNotEquals(f, finding("HR102", Severity.WARNING, f.message(), AT, List.of(), FN, "MemorySize", null, TIMEOUT));
        assertNotEquals(f, finding("HR102", Severity.WARNING, f.message(), AT, List.of(), FN, "Timeout", null, null));
        assertNotEquals(f, finding("HR102", Severity.WARNING, f.message(), AT, List.of(), FN, "Timeout", null,
                About.UNUSED_COMMENT));
        assertNotEquals(f, null);
    }

    @Test
    void anElementComparesKindAndDetail() {
        assertEquals(2, About.Element.class.getRecordComponents().length, "a new component must join equals and hashCode");
        assertEquals(TIMEOUT, new About.Element("Function", "timeout 900 s"));
        assertEquals(TIMEOUT.hashCode(), new About.Element("Function", "timeout 900 s").hashCode());
        assertNotEquals(TIMEOUT, new About.Element("Queue", "timeout 900 s"));
        assertNotEquals(TIMEOUT, new About.Element("Function", "timeout 901 s"));
        assertEquals("Function App/Fn: timeout 900 s", TIMEOUT.message("App/Fn"));
    }
}
