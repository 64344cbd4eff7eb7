package dev.otelint.validate;

import dev.otelint.catalog.MappingCatalog;
import dev.otelint.records.Record;
import dev.otelint.records.Signal;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Picks the mapping a record is checked against: the one the user named (--schema, --integration),
 * else the catalog's Simple Schema template for the record's signal, loaded once per signal.
 */
final class MappingSelector {
    private final MappingValidator fixed;
    private final Signal forced;
    /** By signal ordinal; read without a lock, as both screening threads ask for every record. */
    private final AtomicReferenceArray<MappingValidator> bySignal = new AtomicReferenceArray<>(Signal.values().length);

    private MappingSelector(MappingValidator fixed, Signal forced) {
        this.fixed = fixed;
        this.forced = forced;
    }

    static MappingSelector of(ValidationRequest request) {
        Signal forced = request.signal();
        if (request.schema() != null) {
            return new MappingSelector(new MappingValidator(MappingLoader.fromSchema(request.schema())), forced);
        }
        if (request.integration() != null) {
            return new MappingSelector(new MappingValidator(MappingLoader.fromIntegration(request.integration())), forced);
        }
        return new MappingSelector(null, forced);
    }

    /** The validator for this record, or null when its signal is unknown and no mapping was named. */
    MappingValidator forRecord(Record record) {
        return forSignal(record.signal());
    }

    /**
     * The validator for records whose signal is guessed as {@code guessed} (may be null). Thread-safe:
     * a {@link CleanDocumentScreen} asks from the reading thread.
     */
    MappingValidator forSignal(Signal guessed) {
        if (fixed != null) {
            return fixed;
        }
        Signal signal = forced != null ? forced : guessed;
        if (signal == null) {
            return null;
        }
        MappingValidator loaded = bySignal.get(signal.ordinal());
        return loaded != null ? loaded : load(signal);
    }

    private synchronized MappingValidator load(Signal signal) {
        MappingValidator loaded = bySignal.get(signal.ordinal());
        if (loaded == null) {
            loaded = new MappingValidator(CatalogMappings.load(MappingCatalog.builtin(), signal));
            bySignal.set(signal.ordinal(), loaded);
        }
        return loaded;
    }
}
