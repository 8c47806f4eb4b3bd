package org.onevisit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An operation of the JSON API as the OpenAPI document ({@code /api-docs}) describes it: its method and path, its
 * parameters with their schemas, and the schema and media type of its body, if it takes one.
 */
record ApiOperation(String method, String path, List<Parameter> parameters, @Nullable JsonNode body,
        @Nullable String mediaType) {

    /** A path, query or header parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    String key() {
        return method + " " + path;
    }

    boolean multipart() {
        return mediaType != null && mediaType.startsWith("multipart/");
    }

    /** Every operation of the document, in the document's order. */
    static List<ApiOperation> of(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : operation.path("parameters")) {
                    parameters.add(new Parameter(p.get("name").asString(), p.get("in").asString(),
                            p.path("required").asBoolean(false), p.path("schema")));
                }
                JsonNode content = operation.path("requestBody").path("content");
                String mediaType = content.isObject() && !content.isEmpty() ? content.propertyNames().iterator().next() : null;
                JsonNode body = mediaType == null ? null : content.get(mediaType).path("schema");
                operations.add(new ApiOperation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        List.copyOf(parameters), body, mediaType));
            }
        }
        return operations;
    }
}
