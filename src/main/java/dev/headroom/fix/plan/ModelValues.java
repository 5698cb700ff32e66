package dev.headroom.fix.plan;

import dev.headroom.model.Located;
import dev.headroom.model.Stack;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every {@link Located} value of a stack, found by walking its records: the planner asks which model values are
 * written at a place before it changes that place. Walking the records, not a list kept by hand, means a value a
 * reader adds later is counted too.
 */
final class ModelValues {

    private ModelValues() {
    }

    static List<Located<?>> of(Stack stack) {
        List<Located<?>> out = new ArrayList<>();
        collect(stack, out, 0);
        return out;
    }

    private static void collect(Object o, List<Located<?>> out, int depth) {
        if (o == null || depth > 8) return;
        if (o instanceof Located<?> l) {
            out.add(l);
            return;
        }
        if (o instanceof Collection<?> c) {
            for (Object item : c) collect(item, out, depth + 1);
            return;
        }
        if (!o.getClass().isRecord() || !o.getClass().getPackageName().equals(Stack.class.getPackageName())) return;
        for (RecordComponent rc : o.getClass().getRecordComponents()) {
            try {
                collect(rc.getAccessor().invoke(o), out, depth + 1);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + rc, e);
            }
        }
    }
}
