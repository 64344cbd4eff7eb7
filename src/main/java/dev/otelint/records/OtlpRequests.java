package dev.otelint.records;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.List;

/**
 * Walks an export request of any signal down to its records, with their OTLP/JSON sources when
 * there are any. The three signals share one shape, by field number: the request holds ResourceXxx
 * (1); ResourceXxx holds resource (1), ScopeXxx (2) and schema_url (3); ScopeXxx holds scope (1),
 * the records (2) and schema_url (3).
 */
final class OtlpRequests {
    private static final int RESOURCES = 1;
    private static final int RESOURCE = 1;
    private static final int SCOPES = 2;
    private static final int SCOPE = 1;
    private static final int ITEMS = 2;
    private static final int SCHEMA_URL = 3;

    private OtlpRequests() {}

    /** Where an item sits in its request, e.g. resourceLogs[0].scopeLogs[1].logRecords[2]. */
    record ItemPath(FieldDescriptor resources, int resource, FieldDescriptor scopes, int scope,
                    FieldDescriptor items, int item) {
        @Override
        public String toString() {
            return resources.getJsonName() + "[" + resource + "]." + scopes.getJsonName() + "[" + scope + "]."
                    + items.getJsonName() + "[" + item + "]";
        }
    }

    interface ItemConsumer {
        void accept(OtlpScope scope, Message item, JsonValue itemSource, ItemPath path);
    }

    /** Calls {@code consumer} for each log record, span or metric of {@code request}, in order. */
    static void forEachItem(Message request, JsonValue source, ItemConsumer consumer) {
        FieldDescriptor resourcesField = field(request, RESOURCES);
        List<JsonValue> resourceSources = OtlpSource.objects(source, resourcesField.getJsonName());
        List<?> resources = (List<?>) request.getField(resourcesField);
        for (int i = 0; i < resources.size(); i++) {
            Message resourceXxx = (Message) resources.get(i);
            JsonValue resourceXxxSource = OtlpSource.at(resourceSources, i);
            Resource resource = (Resource) resourceXxx.getField(field(resourceXxx, RESOURCE));
            FieldDescriptor scopesField = field(resourceXxx, SCOPES);
            List<JsonValue> scopeSources = OtlpSource.objects(resourceXxxSource, scopesField.getJsonName());
            List<?> scopes = (List<?>) resourceXxx.getField(scopesField);
            for (int j = 0; j < scopes.size(); j++) {
                Message scopeXxx = (Message) scopes.get(j);
                JsonValue scopeXxxSource = OtlpSource.at(scopeSources, j);
                OtlpScope scope = new OtlpScope(resource,
                        (InstrumentationScope) scopeXxx.getField(field(scopeXxx, SCOPE)),
                        (String) scopeXxx.getField(field(scopeXxx, SCHEMA_URL)),
                        OtlpSource.value(resourceXxxSource, "resource"),
                        OtlpSource.value(scopeXxxSource, "scope"),
                        scopeXxxSource);
                FieldDescriptor itemsField = field(scopeXxx, ITEMS);
                List<JsonValue> itemSources = OtlpSource.objects(scopeXxxSource, itemsField.getJsonName());
                List<?> items = (List<?>) scopeXxx.getField(itemsField);
                for (int k = 0; k < items.size(); k++) {
                    consumer.accept(scope, (Message) items.get(k), OtlpSource.at(itemSources, k),
                            new ItemPath(resourcesField, i, scopesField, j, itemsField, k));
                }
            }
        }
    }

    private static FieldDescriptor field(Message message, int number) {
        return message.getDescriptorForType().findFieldByNumber(number);
    }
}
