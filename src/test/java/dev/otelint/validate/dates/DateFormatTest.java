package dev.otelint.validate.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date formats as OpenSearch 2.18 parses them (DateFormatter.forPattern + DateFormatters.from),
 * each expectation checked against OpenSearch's own classes. "-" means not a date.
 */
class DateFormatTest {

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "strict_date_optional_time ; 2020                           ; 2020-01-01T00:00:00Z",
        "strict_date_optional_time ; 2020-01-01T                    ; 2020-01-01T00:00:00Z",
        "strict_date_optional_time ; 2020-01-01T10Z                 ; 2020-01-01T10:00:00Z",
        "strict_date_optional_time ; 2020-01-01Z                    ; -",
        "strict_date_optional_time ; 2020-02-30                     ; -",
        "strict_date_optional_time ; +10000-01-01                   ; +10000-01-01T00:00:00Z",
        "strict_date_optional_time ; 2020-01-01T10:00:00,5          ; 2020-01-01T10:00:00.500Z",
        "strict_date_optional_time ; 2020-01-01T10:00:00.1234567890 ; -",
        "strict_date_optional_time ; 2020-01-01T10:00:00Europe/Paris ; 2020-01-01T09:00:00Z",
        "strict_date_optional_time ; 2020-01-01T10:00:00+01:00[Europe/Paris] ; -",
        "strict_date_optional_time ; 2020-1-1                       ; -",
        "date_optional_time        ; 2020-1-1                       ; 2020-01-01T00:00:00Z",
        "strict_date               ; 2021-02-29                     ; 2021-03-01T00:00:00Z",
        "strict_date_hour          ; 2020-02-30T10                  ; 2020-02-29T10:00:00Z",
        "strict_week_date          ; 2020-W1-1                      ; -",
        "week_date                 ; 2020-W1-1                      ; 2019-12-30T00:00:00Z",
        "basic_date                ; 2020101                        ; 2020-10-01T00:00:00Z",
        "epoch_millis              ; -1.                            ; 1969-12-31T23:59:59.999Z",
        "epoch_millis              ; 1234567890123.4567             ; 2009-02-13T23:31:30.123456700Z",
        "epoch_millis              ; 1e3                            ; -",
        "epoch_second              ; -1                             ; 1969-12-31T23:59:59Z",
        "epoch_second              ; -0000                          ; -",
        "rfc3339_lenient           ; 2020-01-01 10:00:00Z           ; 2020-01-01T10:00:00Z",
        "rfc3339_lenient           ; 2020-01-01T10:00+01:00         ; 2020-01-01T09:00:00Z",
        "rfc3339_lenient           ; 2020-01-01T10:00               ; -",
        "rfc3339_lenient           ; 2020-01-01T10:00:00.5          ; -",
        "rfc3339_lenient           ; 2020-01-01T10:00:00-00:00      ; -",
        "yyyy-MM-dd                ; 2021-02-29                     ; -",
        "yyyy||epoch_millis        ; 1234                           ; 1234-01-01T00:00:00Z",
        "8yyyy                     ; 2020                           ; 2020-01-01T00:00:00Z",
        "YYYY-ww                   ; 2020-01                        ; 2019-12-30T00:00:00Z",
        "yyyy/MM/dd HH:mm:ss||yyyy/MM/dd ; 2020/01/01               ; 2020-01-01T00:00:00Z",
        "yyyy/MM/dd HH:mm:ss||yyyy/MM/dd ; 102981ABCD2901           ; -",
        "yy/MM/dd                  ; 20/01/31                       ; 2020-01-31T00:00:00Z",
        "yy/MM/dd                  ; 2020/01/31                     ; -",
        "strict_date_optional_time ; 102981ABCD2901                 ; -",
        "strict_date_optional_time ; 102981-01-01                   ; -",
    })
    void parsesLikeOpenSearch(String format, String text, String expected) {
        Instant parsed = DateFormat.of(format).parse(text);
        assertThat(parsed == null ? "-" : parsed.toString()).isEqualTo(expected);
    }

    /** OpenSearch runs with the COMPAT locale data: English names, case-sensitive, era "AD"/"CE". */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
        "dd/MMM/yyyy:HH:mm:ss Z      ; 19/Jun/2023:16:59:05 +0000      ; 2023-06-19T16:59:05Z",
        "dd/MMM/yyyy:HH:mm:ss Z      ; 19/jun/2023:16:59:05 +0000      ; -",
        "MMMM d yyyy                 ; June 19 2023                    ; 2023-06-19T00:00:00Z",
        "G yyyy                      ; AD 2020                         ; 2020-01-01T00:00:00Z",
        "G yyyy                      ; CE 2020                         ; -",
        "EEE, dd MMM yyyy HH:mm:ss Z ; Tue, 19 Jun 2023 16:59:05 +0000 ; 2023-06-19T16:59:05Z",
    })
    void customPatternsUseOpenSearchLocaleData(String format, String text, String expected) {
        Instant parsed = DateFormat.of(format).parse(text);
        assertThat(parsed == null ? "-" : parsed.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "format [{0}]")
    @CsvSource(delimiter = ';', value = {
        "strict_date_optional_time|| ; Cannot have empty element",
        "abc                         ; Unknown pattern letter: b",
        "''                          ; No date pattern provided",
    })
    void invalidFormatsAreRefusedWithOpenSearchsReason(String format, String reason) {
        assertThatThrownBy(() -> DateFormat.of(format)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "2020-01-01T10:00:00Z", "1999-12-31T23:59:59.999999999+14:00", "2020-02-29T00:00:00-01:30", "0001-01-01T00:00:00Z",
    })
    void fastPathAgreesWithJavaTime(String text) {
        Instant fast = IsoFastPath.parse(text);
        Instant slow = DateFormat.of("strict_date_time").parse(text);
        assertThat(fast).isNotNull().isEqualTo(slow);
    }
}
