package dev.otelint.catalog;

import java.util.Map;

/** The instrument a semantic-conventions metric is recorded with. */
public enum SemconvInstrument {
    COUNTER, UPDOWNCOUNTER, GAUGE, HISTOGRAM;

    private static final Map<String, SemconvInstrument> BY_MODEL_NAME = SemconvModelNames.index(SemconvInstrument.class);

    public String modelName() {
        return SemconvModelNames.of(this);
    }

    /** The instrument of a model spelling, or null if unknown. */
    public static SemconvInstrument parse(String text) {
        return BY_MODEL_NAME.get(text);
    }
}
