package dev.otelint.cli;

import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Options whose value names an enum constant (--format, --signal, --fail-on). */
final class OptionValues {

    private OptionValues() {}

    /**
     * The constant {@code value} names, ignoring case and surrounding blanks. Any other value is the user's
     * mistake, reported in one line that lists the constants in lower case and then {@code moreChoices} (values
     * the caller has already handled, like --fail-on's "none").
     */
    static <E extends Enum<E>> E parse(String option, String value, Class<E> type, String... moreChoices) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> choices = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                choices.add(constant.name().toLowerCase(Locale.ROOT));
            }
            choices.addAll(List.of(moreChoices));
            String last = choices.remove(choices.size() - 1);
            throw new BadInputException(option + ": expected " + String.join(", ", choices) + " or " + last
                    + ", got '" + value + "'");
        }
    }
}
