package dev.headroom.rules;

import dev.headroom.fit.PriceOverrides;
import dev.headroom.fix.Applicability;
import dev.headroom.fix.Change;
import dev.headroom.fix.Fix;
import dev.headroom.model.Located;
import dev.headroom.model.Origin;
import dev.headroom.model.Related;
import dev.headroom.model.Source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What a rule sees while it checks a stack: its configured parameters and a sink for findings. */
public final class RuleContext {

    private final RuleMeta meta;
    private final Severity severity;
    private final Map<String, String> params;
    private final Consumer<Finding> sink;
    private final PriceOverrides prices;
    private final Fix fix;

    public RuleContext(RuleMeta meta, Severity severity, Map<String, String> params, Consumer<Finding> sink) {
        this(meta, severity, params, sink, PriceOverrides.NONE);
    }

    /** {@code prices}: the team's own prices over the bundled table, for the cost rules. */
    public RuleContext(RuleMeta meta, Severity severity, Map<String, String> params, Consumer<Finding> sink,
                       PriceOverrides prices) {
        this(meta, severity, params, sink, prices, null);
    }

    private RuleContext(RuleMeta meta, Severity severity, Map<String, String> params, Consumer<Finding> sink,
                        PriceOverrides prices, Fix fix) {
        this.meta = meta;
        this.severity = severity;
        this.params = params;
        this.sink = sink;
        this.prices = prices;
        this.fix = fix;
    }

    public PriceOverrides prices() {
        return prices;
    }

    /**
     * This context, with {@code changes} as the fix of the findings reported through it. Only a rule whose
     * {@code @RuleInfo} declares a fix may call it; the applicability comes from there.
     */
    public RuleContext withFix(Change... changes) {
        if (meta.fix() == Applicability.NONE) throw new IllegalStateException(meta.id() + " declares no fix");
        return new RuleContext(meta, severity, params, sink, prices, Fix.intent(meta.fix(), List.of(changes)));
    }

    public Severity severity() {
        return severity;
    }

    public String param(String name) {
        String v = params.get(name);
        if (v == null) throw new IllegalStateException(meta.id() + " has no parameter " + name);
        return v;
    }

    public int intParam(String name) {
        return Integer.parseInt(param(name).trim());
    }

    public double doubleParam(String name) {
        return Double.parseDouble(param(name).trim());
    }

    public List<String> listParam(String name) {
        return Arrays.stream(param(name).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Reports a finding about {@code origin} at {@code value}'s place; the value's own related places (the
     * function that inherits a Globals value, the reference to a parameter) follow {@code related}.
     */
    public void report(Origin origin, String subject, Located<?> value, String message, Related... related) {
        emit(severity, origin, subject, value.source(), message, null, withValueRelated(value, related));
    }

    public void report(Origin origin, String subject, Source at, String message, List<Related> related) {
        emit(severity, origin, subject, at, message, null, related);
    }

    /** Reports at another level than the configured one (HR107 escalates once updates are blocked). */
    public void report(Severity level, Origin origin, String subject, Source at, String message, List<Related> related) {
        emit(level, origin, subject, at, message, null, related);
    }

    /**
     * Reports a finding worded "{@code kind} label: {@code detail}" about {@code origin} (the label is the origin's),
     * at {@code value}'s place as {@link #report(Origin, String, Located, String, Related...)} does. Kind and detail
     * stay data ({@link About.Element}): the findings of several elements that share one value are merged on them.
     */
    public void reportOn(String kind, Origin origin, String subject, Located<?> value, String detail, Related... related) {
        reportOn(severity, kind, origin, subject, value.source(), detail, withValueRelated(value, related));
    }

    public void reportOn(String kind, Origin origin, String subject, Source at, String detail, List<Related> related) {
        reportOn(severity, kind, origin, subject, at, detail, related);
    }

    public void reportOn(Severity level, String kind, Origin origin, String subject, Source at, String detail,
                         List<Related> related) {
        About.Element about = new About.Element(kind, detail);
        emit(level, origin, subject, at, about.message(origin.label()), about, related);
    }

    private static List<Related> withValueRelated(Located<?> value, Related... related) {
        List<Related> all = new ArrayList<>(Arrays.asList(related));
        for (Related r : value.related()) if (!all.contains(r)) all.add(r);
        return all;
    }

    private void emit(Severity level, Origin origin, String subject, Source at, String message, About about,
                      List<Related> related) {
        List<Related> all = new ArrayList<>(related);
        // A CDK user edits the app, not the template: every finding on a construct names the line that made it.
        if (origin != null && origin.userSource() != null) {
            all.add(new Related(origin.userSource(), "construct " + origin.label() + " is created here"));
        }
        List<Related> rel = all.stream().filter(r -> !r.source().equals(at)).distinct().toList();
        sink.accept(new Finding(meta.id(), level, message, at, rel, origin, subject, fix, about));
    }

    /** A list parameter of regular expressions, each matched against a whole value. */
    public List<java.util.regex.Pattern> patternsParam(String name) {
        return listParam(name).stream().map(java.util.regex.Pattern::compile).toList();
    }
}
