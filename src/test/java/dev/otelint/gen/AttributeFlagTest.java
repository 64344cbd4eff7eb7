package dev.otelint.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import org.junit.jupiter.api.Test;

class AttributeFlagTest {

    @Test
    void quotedTextIsAStringBoolsAndWholeNumbersAreTyped() {
        assertThat(value("k=\"v=1\"").getStringValue()).isEqualTo("v=1");
        assertThat(value("k=\"\"").getStringValue()).isEmpty();
        assertThat(value("k=true").getBoolValue()).isTrue();
        assertThat(value("k=false").hasBoolValue()).isTrue();
        assertThat(value("k=-42").getIntValue()).isEqualTo(-42);
        assertThat(AttributeFlag.parse("--otlp-attributes", "service.name=\"shop\"").getKey()).isEqualTo("service.name");
    }

    @Test
    void unquotedTextIsRefusedWithTheFlagAndTheExpectedFormat() {
        assertThatThrownBy(() -> AttributeFlag.parse("--telemetry-attributes", "k=v"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("--telemetry-attributes k=v: value should be a string wrapped in double quotes");
        assertThatThrownBy(() -> AttributeFlag.parse("--otlp-header", "novalue"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("key=\"value\", key=true, key=false, or key=<integer>");
        assertThatThrownBy(() -> AttributeFlag.parse("--otlp-attributes", "=\"v\""))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> AttributeFlag.parse("--otlp-attributes", "n=99999999999999999999"))
                .hasMessageContaining("integer out of range");
    }

    @Test
    void aHeaderValueIsItsTextWithoutQuotes() {
        KeyValue header = AttributeFlag.parse("--otlp-header", "authorization=\"Bearer abc\"");
        assertThat(AttributeFlag.headerValue(header)).isEqualTo("Bearer abc");
        assertThat(AttributeFlag.headerValue(AttributeFlag.parse("--otlp-header", "x-debug=true"))).isEqualTo("true");
        assertThat(AttributeFlag.headerValue(AttributeFlag.parse("--otlp-header", "x-n=7"))).isEqualTo("7");
    }

    private static AnyValue value(String flag) {
        return AttributeFlag.parse("--otlp-attributes", flag).getValue();
    }
}
