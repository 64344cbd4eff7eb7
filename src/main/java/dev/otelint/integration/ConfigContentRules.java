package dev.otelint.integration;

import dev.otelint.records.JsonValue;
import dev.otelint.report.Finding;
import dev.otelint.report.Rule;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rules on what a config says, beyond its schema: its name and version agree with its file, its type
 * is a component (Dashboards' validateTemplate invariant), it has assets, and its assets' workflows exist.
 */
final class ConfigContentRules {

    private ConfigContentRules() {}

    static void check(IntegrationDirectory dir, IntegrationConfig config, Consumer<Finding> out) {
        String file = config.file().toString();
        config.name().filter(name -> !name.equals(dir.name())).ifPresent(name -> out.accept(
                at(IntegrationRules.NAME_MISMATCH, file, config, "/name")
                        .message("the config names the integration \"" + name + "\" but its folder is \"" + dir.name()
                                + "\"; Dashboards knows it by the folder's name")
                        .expected(dir.name()).actual(name).build()));
        String fileVersion = dir.configVersion().map(ConfigVersion::text).orElse("");
        config.version().filter(version -> !version.equals(fileVersion)).ifPresent(version -> out.accept(
                at(IntegrationRules.VERSION_MISMATCH, file, config, "/version")
                        .message("the config says version " + version + " but its file name says " + fileVersion)
                        .expected(fileVersion).actual(version).build()));
        config.type().ifPresent(type -> checkTypeComponent(config, type, file, out));
        JsonValue assets = config.member("assets");
        if (assets != null && assets.isArray() && assets.elements().isEmpty()) {
            out.accept(at(IntegrationRules.NO_ASSETS, file, config, "/assets")
                    .message("assets is empty: the integration installs no dashboard or query").build());
        }
        checkWorkflows(config, file, out);
    }

    private static void checkTypeComponent(IntegrationConfig config, String type, String file, Consumer<Finding> out) {
        List<IntegrationConfig.Component> components = config.components();
        if (components.stream().anyMatch(c -> c.name().equals(type))) {
            return;
        }
        JsonValue list = config.member("components");
        if (list == null || !list.isArray()) {
            return; // the schema reports a missing or malformed components
        }
        String found = components.isEmpty() ? "components is empty"
                : "the components are " + String.join(", ", components.stream().map(IntegrationConfig.Component::name).toList());
        out.accept(at(IntegrationRules.MISSING_TYPE_COMPONENT, file, config, "/type")
                .message("the integration's type \"" + type + "\" must be one of its components; " + found)
                .expected("a component named \"" + type + "\"").build());
    }

    private static void checkWorkflows(IntegrationConfig config, String file, Consumer<Finding> out) {
        List<String> declared = config.workflowNames();
        if (config.member("workflows") == null) {
            return; // without declared workflows Dashboards offers no choice: every asset is installed
        }
        for (IntegrationConfig.Asset asset : config.assets()) {
            for (String workflow : asset.workflows()) {
                if (!declared.contains(workflow)) {
                    out.accept(IntegrationRules.UNKNOWN_WORKFLOW.finding().file(file)
                            .at(asset.node().line(), asset.node().column()).path(asset.pointer() + "/workflows")
                            .message("asset " + asset.fileName() + " belongs to workflow \"" + workflow
                                    + "\", which the config does not declare")
                            .expected("one of " + String.join(", ", declared)).actual(workflow).build());
                }
            }
        }
    }

    /** A finding placed at the top-level member {@code pointer} names, or at the config when it is absent. */
    private static Finding.Builder at(Rule rule, String file, IntegrationConfig config, String pointer) {
        JsonValue node = Optional.ofNullable(config.member(pointer.substring(1))).orElse(config.tree());
        return rule.finding().file(file).at(node.line(), node.column()).path(pointer);
    }
}
