package dev.otelint.catalog;

/** The instrument a semantic-conventions metric is recorded with. */
public enum SemconvInstrument {
    COUNTER, UPDOWNCOUNTER, GAUGE, HISTOGRAM;

    public String modelName() {
        return SemconvModelNames.of(this);
    }

    /** The instrument of a model spelling, or null if unknown. */
    public static SemconvInstrument parse(String text) {
        return SemconvModelNames.parse(SemconvInstrument.class, text);
    }
}
