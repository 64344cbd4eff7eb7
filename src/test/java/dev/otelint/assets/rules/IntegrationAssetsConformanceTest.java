package dev.otelint.assets.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.assets.FieldReference;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The field rules over the saved objects of every observability integration in ../shared/reference
 * that has schemas/ and assets/, each against its own schemas: references and findings per rule, as
 * read by hand (k8s's index pattern lists .keyword sub-fields its schema maps as plain keyword;
 * aws_cloudtrail queries logs-cloudtrail-*, which its template does not create).
 */
class IntegrationAssetsConformanceTest {

    private static final Map<String, String> EXPECTED = Map.of(
            "apache/apache-1.0.0.ndjson", "108 {asset.deprecated-field=5, asset.field-missing=1, "
                    + "asset.index-pattern-type=2}",
            "aws_cloudtrail/aws_cloudtrail-1.0.0.ndjson", "747 {asset.unchecked-pattern=14}",
            "aws_cloudtrail/aws_cloudtrail-flint-1.0.0.ndjson", "744 {asset.unchecked-pattern=12}",
            "amazon_elb/aws_elb-1.0.0.ndjson", "158 {asset.deprecated-field=4, asset.index-pattern-type=2}",
            "haproxy/haproxy-1.0.0.ndjson", "92 {asset.deprecated-field=6, asset.field-missing=4, "
                    + "asset.index-pattern-type=1}",
            "k8s/k8s-1.0.0.ndjson", "112 {asset.field-missing=3, asset.index-pattern-type=3, "
                    + "asset.subfield-missing=41}",
            "nginx/nginx-1.0.0.ndjson", "92 {asset.deprecated-field=6, asset.field-missing=4, "
                    + "asset.index-pattern-type=1}",
            "nginx/nginx-index-patterns-1.0.0.ndjson", "95 {asset.deprecated-field=3}");

    private static Path integrations;

    @BeforeAll
    static void locate() {
        integrations = ReferenceIntegrations.locate(IntegrationAssetsConformanceTest.class);
    }

    @Test
    void everyIntegrationsAssetsGiveTheFindingsReadByHand() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (Path integration : list(integrations)) {
            if (Files.isDirectory(integration.resolve("schemas")) && Files.isDirectory(integration.resolve("assets"))) {
                AssetFieldCheck check = new AssetFieldCheck(SchemaResolver.forIntegration(integration),
                        SemconvRegistry.builtin());
                for (Path ndjson : list(integration.resolve("assets"))) {
                    List<FieldReference> refs = ndjson.toString().endsWith(".ndjson")
                            ? SavedObjectFields.references(ndjson) : List.of();
                    if (!refs.isEmpty()) {
                        actual.put(integration.getFileName() + "/" + ndjson.getFileName(), refs.size() + " "
                                + ReferenceIntegrations.countByRule(check.check(refs)));
                    }
                }
            }
        }
        assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
