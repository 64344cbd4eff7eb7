package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.validate.dates.DateFormat;
import dev.otelint.validate.mapping.Dynamic;
import dev.otelint.validate.mapping.DynamicMapping;
import dev.otelint.validate.mapping.DynamicTemplate;
import dev.otelint.validate.mapping.DynamicTemplate.ValueKind;
import dev.otelint.validate.mapping.IndexMapping;
import dev.otelint.validate.values.NumberText;
import java.util.List;

/**
 * Chooses the mapper for a new scalar field (DocumentParser.createBuilderFromDynamicValue): JSON
 * integers are long, decimals float, booleans boolean; strings become long/float under numeric
 * detection, date under date detection (never for strings that read as numbers), else text with
 * a keyword sub-field. A matching dynamic template wins over each default.
 */
final class DynamicValues {

    private final IndexMapping mapping;

    DynamicValues(IndexMapping mapping) {
        this.mapping = mapping;
    }

    /** The mapper, or null when dynamic is strict_allow_templates and no template applies. */
    DynamicMapping mapperFor(String name, String fullPath, JsonValue value, Dynamic dynamic) {
        switch (value.kind()) {
            case INTEGER:
                return choose(name, fullPath, ValueKind.LONG, null, dynamic);
            case DECIMAL:
                return choose(name, fullPath, ValueKind.DOUBLE, null, dynamic);
            case BOOLEAN:
                return choose(name, fullPath, ValueKind.BOOLEAN, null, dynamic);
            default:
                return forString(name, fullPath, value.text(), dynamic);
        }
    }

    private DynamicMapping forString(String name, String fullPath, String text, Dynamic dynamic) {
        boolean isLong = NumberText.isLong(text);
        boolean isDouble = isLong || NumberText.isDouble(text);
        if (isLong && mapping.numericDetection()) {
            return choose(name, fullPath, ValueKind.LONG, null, dynamic);
        }
        if (isDouble && mapping.numericDetection()) {
            return choose(name, fullPath, ValueKind.DOUBLE, null, dynamic);
        }
        // pure numbers are never taken for dates: too likely to be false positives with epoch formats
        if (!isDouble && mapping.dateDetection()) {
            List<DateFormat> formats = mapping.dynamicDateFormats();
            for (int i = 0; i < formats.size(); i++) {
                DateFormat format = formats.get(i);
                if (format.matches(text)) {
                    return choose(name, fullPath, ValueKind.DATE, format, dynamic);
                }
            }
        }
        return choose(name, fullPath, ValueKind.STRING, null, dynamic);
    }

    private DynamicMapping choose(String name, String fullPath, ValueKind kind, DateFormat date, Dynamic dynamic) {
        DynamicTemplate template = mapping.findTemplate(fullPath, name, kind);
        if (template != null) {
            return mapping.instantiate(template, name, fullPath, kind, date);
        }
        if (dynamic == Dynamic.STRICT_ALLOW_TEMPLATES) {
            return null;
        }
        return mapping.defaultDynamicField(name, fullPath, kind, date);
    }
}
