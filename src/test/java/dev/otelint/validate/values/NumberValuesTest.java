package dev.otelint.validate.values;

import static dev.otelint.validate.values.V.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.validate.values.NumberValues.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verdicts observed on OpenSearch 2.18 for numeric fields (NumberFieldMapper, AbstractXContentParser). */
class NumberValuesTest {

    private static Outcome check(Kind kind, boolean coerce, String literal) {
        return new NumberValues(kind, coerce).check(json(literal));
    }

    @ParameterizedTest(name = "long {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1                       | OK",
        "-9223372036854775808    | OK",
        "9223372036854775808     | OUT_OF_RANGE",   // Jackson: out of range of long
        "1.9                     | COERCED",        // decimals are truncated
        "9223372036854775807.0   | OK",             // 2^63 as a double is Long.MAX_VALUE
        "9.3e18                  | OUT_OF_RANGE",
        "1e3                     | OK",
        "\"12\"                  | COERCED",
        "\"1.5\"                 | COERCED",        // Numbers.toLong: BigDecimal, truncated
        "\"9223372036854775807.9\" | COERCED",
        "\"9223372036854775808\" | OUT_OF_RANGE",
        "\" 12 \"                | MALFORMED",      // Long.parseLong and BigDecimal do not trim
        "\"0x10\"                | MALFORMED",
        "\"+5\"                  | COERCED",
        "\"\"                    | COERCED",        // an empty string is null when coerce is on
        "true                    | MALFORMED",      // not numeric: ignore_malformed can drop it
        "{}                      | REJECTED",       // not a value token: never ignorable
        "null                    | OK",
    })
    void longFollowsLongParsingRules(String literal, Outcome expected) {
        assertThat(check(Kind.LONG, true, literal)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "integer {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2147483647        | OK",
        "2147483648        | OUT_OF_RANGE",
        "2147483647.5      | OUT_OF_RANGE",   // Jackson range-checks the double before truncating
        "\"2147483647.5\"  | OUT_OF_RANGE",   // strings go through Double.parseDouble with a range check
        "\" 12 \"          | COERCED",        // ... which trims blanks, unlike long
        "\"1.5f\"          | COERCED",
        "\"NaN\"           | COERCED",        // NaN passes the range checks and becomes 0
        "\"1e10\"          | OUT_OF_RANGE",
    })
    void integerReadsStringsAsDoubles(String literal, Outcome expected) {
        assertThat(check(Kind.INTEGER, true, literal)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "BYTE  | 127      | OK",
        "BYTE  | 128      | OUT_OF_RANGE",
        "BYTE  | 127.9    | COERCED",
        "BYTE  | 128.5    | OUT_OF_RANGE",     // truncated to 128 first
        "BYTE  | -128.9   | COERCED",
        "SHORT | 32767.9  | COERCED",          // getShortValue checks the truncated int
        "SHORT | 32768    | OUT_OF_RANGE",
        "SHORT | \"32768\" | OUT_OF_RANGE",
    })
    void smallIntegersCheckTheTruncatedValue(Kind kind, String literal, Outcome expected) {
        assertThat(check(kind, true, literal)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "coerce:false {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1.0    | OK",
        "1e3    | OK",
        "1.5    | MALFORMED",   // "cannot be converted to Long without data loss"
        "\"1\"  | MALFORMED",   // "Long value passed as String"
        "\"\"   | MALFORMED",
    })
    void coerceFalseRefusesStringsAndFractions(String literal, Outcome expected) {
        assertThat(check(Kind.LONG, false, literal)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "FLOAT      | 3.4e38      | OK",
        "FLOAT      | 3.5e38      | OUT_OF_RANGE",   // rounds to infinity: only finite values
        "FLOAT      | \"1.5f\"    | COERCED",        // Float.parseFloat accepts Java literals
        "FLOAT      | \"\\t1\\n\" | COERCED",
        "FLOAT      | \"NaN\"     | OUT_OF_RANGE",
        "FLOAT      | \"1,5\"     | MALFORMED",
        "DOUBLE     | 1.8e308     | OUT_OF_RANGE",
        "HALF_FLOAT | 65504       | OK",
        "HALF_FLOAT | 65519.99    | OK",
        "HALF_FLOAT | 65520       | OUT_OF_RANGE",   // half precision rounds it to infinity
    })
    void floatingPointNeedsFiniteValues(Kind kind, String literal, Outcome expected) {
        assertThat(check(kind, true, literal)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "unsigned_long {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "18446744073709551615     | OK",
        "18446744073709551616     | RANGE_REJECTED",   // checked outside ignore_malformed
        "-1                       | RANGE_REJECTED",
        "-0.5                     | COERCED",          // truncates to 0
        "\"18446744073709551616\" | OUT_OF_RANGE",     // strings are range-checked while parsing
        "\"-1\"                   | OUT_OF_RANGE",
        "\"-0.5\"                 | COERCED",
        "1.8446744073709552e19    | RANGE_REJECTED",
    })
    void unsignedLongRange(String literal, Outcome expected) {
        assertThat(check(Kind.UNSIGNED_LONG, true, literal)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "scaled_float {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1.25      | OK",
        "\"NaN\"   | OUT_OF_RANGE",
        "true      | MALFORMED",
        "{}        | MALFORMED",   // ScaledFloatFieldMapper lets ignore_malformed take objects too
    })
    void scaledFloat(String literal, Outcome expected) {
        assertThat(check(Kind.SCALED_FLOAT, true, literal)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1e400", "-1e400",
    })
    void hugeLiteralsAreOutOfRangeForEveryType(String literal) {
        for (Kind kind : Kind.values()) {
            assertThat(check(kind, true, literal)).as(kind.typeName()).isIn(Outcome.OUT_OF_RANGE, Outcome.RANGE_REJECTED);
        }
    }
}
