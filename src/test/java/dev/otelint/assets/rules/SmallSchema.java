package dev.otelint.assets.rules;

import dev.otelint.validate.MappingLoader;
import java.util.List;

/** A small hand-written index template exercising every way a field can resolve. */
final class SmallSchema {

    static final String PATTERN = "small-*";

    private static final String TEMPLATE = """
            {"index_patterns": ["small-*"], "template": {"mappings": {
              "dynamic_templates": [
                {"labels": {"path_match": "labels.*", "match_mapping_type": "string", "mapping": {"type": "keyword"}}},
                {"notes": {"path_match": "notes.*", "match_mapping_type": "string",
                           "mapping": {"type": "text", "fields": {"keyword": {"type": "keyword"}}}}}
              ],
              "properties": {
                "@timestamp": {"type": "date"},
                "message": {"type": "text"},
                "service": {"type": "text", "fields": {"raw": {"type": "keyword"}}},
                "bytes": {"type": "long"},
                "location": {"type": "geo_point"},
                "client_ip": {"type": "ip"},
                "request_id": {"type": "keyword", "index": false},
                "session": {"type": "keyword", "doc_values": "false"},
                "tags": {"type": "text", "fielddata": true, "fields": {"exact": {"type": "keyword", "index": false}}},
                "span": {"properties": {"attributes": {"properties": {"http@method": {"type": "keyword"}}}}},
                "labels": {"type": "object"},
                "notes": {"type": "object"},
                "payload": {"type": "object", "enabled": false},
                "locked": {"type": "object", "dynamic": "strict", "properties": {"a": {"type": "keyword"}}},
                "host": {"type": "alias", "path": "service.raw"},
                "machine": {"properties": {"os": {"type": "keyword"}, "osVersion": {"type": "keyword"}}}
              }}}}
            """;

    private SmallSchema() {}

    static Schema schema() {
        return Schema.of("small template", List.of(PATTERN), List.of(new MappingLoader.SchemaText("small.json",
                TEMPLATE)));
    }
}
