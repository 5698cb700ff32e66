package dev.headroom.tree;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Our regex-free core schema resolves every plain scalar to the tag snakeyaml's regular expressions give. */
class YamlCoreSchemaTest {

    private static final ScalarResolver SNAKEYAML = new CoreScalarResolver(true);

    /** snakeyaml's environment-variable tag is text for us; every other tag must be the same. */
    private static Tag expected(String value, boolean implicit) {
        Tag tag = SNAKEYAML.resolve(value, implicit);
        return tag.equals(Tag.ENV_TAG) ? Tag.STR : tag;
    }

    @Test
    void theCoreSchemaCases() {
        List<String> cases = List.of("", " ", "~", "null", "Null", "NULL", "nULL", "nul", "true", "True", "TRUE",
                "tRUE", "false", "False", "FALSE", "yes", "on", "0", "-0", "+0", "12", "-12", "+12", "012", "0o17", "0o8",
                "0o", "0x", "0x1F", "0xg", "0X1F", "-0x1F", "+0o7", "1_000", "1.", "1.5", ".5", "-.5", "+.5", ".", "-.",
                "1e3", "1E+3", "1e-3", "1.5e3", ".5e3", "1e", "1e+", "e3", "1.5.5", "1..5", ".inf", "-.inf", "+.Inf",
                ".INF", ".iNF", "-.nan", ".nan", ".NaN", ".NAN", "<<", "<", "<<<", "${VAR}", "${ VAR:-x }", "$x",
                "3000000000", "99999999999999999999999999", "1e400", "1000.5", "12:30", "2024-01-01", "0.1.2",
                "arn:aws:lambda", "Timeout", "٣", "1\n", "١٢");
        for (String v : cases) {
            assertEquals(expected(v, true), YamlCoreSchema.INSTANCE.resolve(v, true), "plain '" + v + "'");
            assertEquals(expected(v, false), YamlCoreSchema.INSTANCE.resolve(v, false), "quoted '" + v + "'");
        }
    }

    @Test
    void randomScalarsOverTheCharactersThatMatter() {
        String alphabet = "0123456789+-.eExXoOabfinNtTlrsuAIF~<${} _:\t";
        Random random = new Random(42);
        for (int n = 0; n < 300_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String v = b.toString();
            assertEquals(expected(v, true), YamlCoreSchema.INSTANCE.resolve(v, true), "plain '" + v + "'");
        }
    }
}
