package dev.otelint.collector.processor.resourcedetection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.records.AnyValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvDetectorTest {

    private static Map<String, String> detect(Map<String, String> env, EnvDetectorConfig config) {
        Map<String, String> out = new LinkedHashMap<>();
        DetectedResource r = new EnvDetector(env, config).detect();
        r.attributes().forEach(kv -> out.put(kv.getKey(), AnyValues.asString(kv.getValue())));
        assertThat(r.schemaUrl()).isEmpty();
        return out;
    }

    private static Map<String, String> detect(String value) {
        return detect(Map.of(EnvDetector.VARIABLE, value), new EnvDetectorConfig());
    }

    @Test
    void readsPairsTrimmingSpacesAndPercentDecodingValues() {
        assertThat(detect(" service.name = checkout , deployment.environment.name=prod%2Ceu ,k8s.pod.name=a+b%20c"))
                .containsExactly(Map.entry("service.name", "checkout"),
                        Map.entry("deployment.environment.name", "prod,eu"), Map.entry("k8s.pod.name", "a b c"));
        assertThat(detect("emoji=%F0%9F%98%80,empty=")).containsEntry("emoji", "\uD83D\uDE00").containsEntry("empty", "");
    }

    @Test
    void unsetOrBlankIsAnEmptyResourceAndTheOlderVariableIsRead() {
        assertThat(detect(Map.of(), new EnvDetectorConfig())).isEmpty();
        assertThat(detect(Map.of(EnvDetector.VARIABLE, "  ", EnvDetector.DEPRECATED_VARIABLE, "a=1"),
                new EnvDetectorConfig())).containsExactly(Map.entry("a", "1"));
        assertThat(detect(Map.of(EnvDetector.VARIABLE, "b=2", EnvDetector.DEPRECATED_VARIABLE, "a=1"),
                new EnvDetectorConfig())).containsExactly(Map.entry("b", "2"));
    }

    @Test
    void malformedTextFailsWithTheDetectorsMessages() {
        assertThatThrownBy(() -> detect("novalue")).isInstanceOf(DetectionException.class)
                .hasMessage("invalid resource format: \"novalue\"");
        assertThat(detect("a=1,,b=2")).as("the detector's pattern reads a stray comma into the next key")
                .containsExactly(Map.entry("a", "1"), Map.entry(",b", "2"));
        assertThatThrownBy(() -> detect("a=1,junk")).hasMessage("invalid resource format, invalid text: \"junk\"");
        assertThatThrownBy(() -> detect("a=%zz,b=1"))
                .hasMessage("invalid resource format in attribute: \"a=%zz,\", err: invalid URL escape \"%zz\"");
        assertThatThrownBy(() -> detect("a=1%4")).hasMessageEndingWith("err: invalid URL escape \"%4\"");
    }

    @Test
    void includedAndExcludedPatternsFilterKeys() {
        EnvDetectorConfig config = new EnvDetectorConfig();
        config.attributes.included = List.of("service.*", "host.name");
        config.attributes.excluded = List.of("*.version");
        assertThat(detect(Map.of(EnvDetector.VARIABLE, "service.name=a,service.version=1,host.name=h,os.type=linux"),
                config)).containsExactly(Map.entry("service.name", "a"), Map.entry("host.name", "h"));
    }
}
