package dev.otelint.collector.service.telemetry;

import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** An explicit-bucket histogram: written as cumulative {@code _bucket{le=...}}, {@code _sum} and {@code _count}. */
public final class Histogram implements Series {
    private final double[] bounds;
    /** Per bucket, not cumulative; the last is +Inf. */
    private final AtomicLongArray counts;
    private final DoubleAdder sum = new DoubleAdder();
    private final LongAdder count = new LongAdder();

    Histogram(List<Double> bounds) {
        this.bounds = bounds.stream().mapToDouble(Double::doubleValue).toArray();
        this.counts = new AtomicLongArray(this.bounds.length + 1);
    }

    public void record(double value) {
        int bucket = 0;
        while (bucket < bounds.length && value > bounds[bucket]) { // upper bounds are inclusive
            bucket++;
        }
        counts.incrementAndGet(bucket);
        sum.add(value);
        count.increment();
    }

    public long count() {
        return count.sum();
    }

    @Override
    public boolean recorded() {
        return count.sum() > 0;
    }

    @Override
    public void write(StringBuilder out, String family, Labels labels) {
        long cumulative = 0;
        for (int i = 0; i <= bounds.length; i++) {
            cumulative += counts.get(i);
            TreeMap<String, String> le = new TreeMap<>();
            le.put("le", i < bounds.length ? Series.number(bounds[i]) : "+Inf");
            out.append(family).append("_bucket").append(labels.and(new Labels(le)).exposition()).append(' ')
                    .append(cumulative).append('\n');
        }
        out.append(family).append("_sum").append(labels.exposition()).append(' ').append(Series.number(sum.sum()))
                .append('\n');
        out.append(family).append("_count").append(labels.exposition()).append(' ').append(count.sum()).append('\n');
    }
}
