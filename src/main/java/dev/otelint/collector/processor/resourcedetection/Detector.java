package dev.otelint.collector.processor.resourcedetection;

/** Finds resource attributes of where the collector runs (resourcedetection's internal.Detector). */
interface Detector {
    String name();

    /** The detected resource; {@link DetectionException} with contrib's message when detection fails. */
    DetectedResource detect();
}
