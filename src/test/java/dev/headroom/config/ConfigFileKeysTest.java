package dev.headroom.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ConfigFile derives a key from its component's name; Jackson binds by the annotations. They must agree. */
class ConfigFileKeysTest {

    @Test
    void eachDerivedKeyIsTheKeyJacksonBinds() {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : ConfigFile.class.getRecordComponents()) {
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            String bound = p != null ? p.value() : c.getName();
            assertEquals(bound, ConfigFile.key(c), c.getName());
            keys.add(ConfigFile.key(c));
        }
        assertEquals(List.of(ConfigFile.class.getAnnotation(JsonPropertyOrder.class).value()), keys,
                "the file order Jackson writes");
    }
}
