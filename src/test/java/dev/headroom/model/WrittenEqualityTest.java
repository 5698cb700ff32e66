package dev.headroom.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Source, Related and Origin write out equals and hashCode (start-up); they must mean what the generated ones meant. A new
 * component makes the count check fail, so it cannot be left out of them.
 */
class WrittenEqualityTest {

    @Test
    void sourceComparesEveryComponent() {
        assertEquals(5, Source.class.getRecordComponents().length, "a new component must join equals and hashCode");
        Source s = new Source("a.yaml", 2, 3, 4, 5);
        assertEquals(s, new Source("a.yaml", 2, 3, 4, 5));
        assertEquals(s.hashCode(), new Source("a.yaml", 2, 3, 4, 5).hashCode());
        assertNotEquals(s, new Source("b.yaml", 2, 3, 4, 5));
        assertNotEquals(s, new Source("a.yaml", 1, 3, 4, 5));
        assertNotEquals(s, new Source("a.yaml", 2, 4, 4, 5));
        assertNotEquals(s, new Source("a.yaml", 2, 3, 5, 5));
        assertNotEquals(s, new Source("a.yaml", 2, 3, 4, 6));
        assertNotEquals(s, null);
        assertEquals(new Source(null, 1, 1, 1, 1), new Source(null, 1, 1, 1, 1));
    }

    @Test
    void relatedComparesEveryComponent() {
        assertEquals(2, Related.class.getRecordComponents().length, "a new component must join equals and hashCode");
        Related r = new Related(Source.at("a.yaml", 1, 1), "here");
        assertEquals(r, new Related(Source.at("a.yaml", 1, 1), "here"));
        assertEquals(r.hashCode(), new Related(Source.at("a.yaml", 1, 1), "here").hashCode());
        assertNotEquals(r, new Related(Source.at("a.yaml", 2, 1), "here"));
        assertNotEquals(r, new Related(Source.at("a.yaml", 1, 1), "there"));
        assertEquals(new Related(null, null), new Related(null, null));
    }
    @Test
    void originComparesEveryComponent() {
        assertEquals(8, Origin.class.getRecordComponents().length, "a new component must join equals and hashCode");
        Source at = Source.at("a.yaml", 1, 1);
        Origin o = new Origin("Fn", "AWS::Lambda::Function", "fn", at, "App/Fn", "Function", Source.at("app.ts", 3, 1), true);
        Origin same = new Origin("Fn", "AWS::Lambda::Function", "fn", at, "App/Fn", "Function", Source.at("app.ts", 3, 1), true);
        assertEquals(o, same);
        assertEquals(o.hashCode(), same.hashCode());
        assertNotEquals(o, new Origin("Fx", "AWS::Lambda::Function", "fn", at, "App/Fn", "Function", Source.at("app.ts", 3, 1), true));
        assertNotEquals(o, new Origin("Fn", "AWS::Serverless::Function", "fn", at, "App/Fn", "Function", Source.at("app.ts", 3, 1), true));
        assertNotEquals(o, new Origin("Fn", "AWS::Lambda::Function", "fx", at, "App/Fn", "Function", Source.at("app.ts", 3, 1), true));
        assertNotEquals(o, new Origin("Fn", "AWS::Lambda::Function", "fn", Source.at("a.yaml", 2, 1), "App/Fn", "Function", Source.at("app.ts", 3, 1), true));
        assertNotEquals(o, new Origin("Fn", "AWS::Lambda::Function", "fn", at, "App/Fx", "Function", Source.at("app.ts", 3, 1), true));
        assertNotEquals(o, new Origin("Fn", "AWS::Lambda::Function", "fn", at, "App/Fn", "Queue", Source.at("app.ts", 3, 1), true));
        assertNotEquals(o, new Origin("Fn", "AWS::Lambda::Function", "fn", at, "App/Fn", "Function", Source.at("app.ts", 4, 1), true));
        assertNotEquals(o, new Origin("Fn", "AWS::Lambda::Function", "fn", at, "App/Fn", "Function", Source.at("app.ts", 3, 1), false));
        assertNotEquals(o, null);
        assertEquals(Origin.of(null, null, null), Origin.of(null, null, null));
        assertEquals(Origin.of(null, null, null).hashCode(), Origin.of(null, null, null).hashCode());
    }
}
