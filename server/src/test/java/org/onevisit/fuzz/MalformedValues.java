package org.onevisit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.onevisit.fuzz.Draw.Malformation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a request's values from the OpenAPI schemas — a well-formed value first, with known good values for the
 * names that need them (an existing case number, a valid ID number), so that requests get past the first checks — and
 * then spoils one of them as the {@link Draw} says.
 */
final class MalformedValues {

    /** Stands in the JSON text for a value that cannot be built as a node, and is then replaced by raw text. */
    private static final String RAW = "fuzz-raw-value-7f3a";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int[] LIMITS = {17, 19, 21, 41, 51, 65, 101, 201, 301, 501, 1001, 2001, 4001, 8001};

    private final JsonNode schemas;
    private final JsonMapper json;
    private final Function<String, @Nullable JsonNode> known;

    /**
     * @param known a good value for a property or parameter of that name, or null to build one from the schema
     */
    MalformedValues(JsonNode document, JsonMapper json, Function<String, @Nullable JsonNode> known) {
        this.schemas = document.path("components").path("schemas");
        this.json = json;
        this.known = known;
    }

    /** A body for the schema, spoiled as drawn, as the bytes to send. */
    byte[] body(JsonNode schema, Draw draw) {
        JsonNode value = example(schema, "", 0, draw);
        if (draw.malformation() == Malformation.NOT_JSON) {
            String text = json.writeValueAsString(value);
            String[] broken = {text.substring(0, draw.where() % Math.max(1, text.length())), "{\"" + draw.word() + "\":",
                    "<" + draw.word() + "/>", draw.word(), "", "[1,2", "{}}", "\uFEFF" + text, "nul"};
            return broken[draw.number() % broken.length].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        List<Spot> spots = new ArrayList<>();
        spots(value, null, null, spots);
        Spot spot = spots.get(draw.where() % spots.size());
        String raw = null;
        JsonNode replacement = null;
        switch (draw.malformation()) {
            case NONE, BAD_PARAMETER -> replacement = spot.node();
            case NULL -> replacement = NODES.nullNode();
            case NULL_IN_CONTAINER -> replacement = withNull(spot.node(), draw);
            case WRONG_TYPE -> replacement = wrongType(spot.node(), draw);
            case HUGE_TEXT -> replacement = NODES.stringNode((draw.flag() ? "x" : "理").repeat(1000 + draw.size() % 400_000));
            case JUST_OVER_A_LIMIT -> replacement = NODES.stringNode("9".repeat(LIMITS[draw.number() % LIMITS.length]));
            case DEEP_NESTING -> {
                int depth = 600 + draw.size() % 5000;
                raw = (draw.flag() ? "[" : "{\"a\":").repeat(depth) + "1" + (draw.flag() ? "]" : "}").repeat(depth);
            }
            case EMPTY_OBJECT -> replacement = NODES.objectNode();
            case ARRAY_FOR_OBJECT -> replacement = NODES.arrayNode().add(spot.node());
            case INVALID_ENUM -> replacement = NODES.stringNode(draw.word().toUpperCase(java.util.Locale.ROOT) + "_NOT_A_VALUE");
            case CONTROL_CHARACTER -> raw = "\"" + draw.word() + (draw.flag() ? "\\u0000" : "\\u001b[31m") + "\"";
            case LONE_SURROGATE -> raw = "\"" + draw.word() + (draw.flag() ? "\\ud800" : "\\udfff\\ud800") + "\"";
            case NEGATIVE_NUMBER -> replacement = draw.flag() ? NODES.numberNode(-1 - draw.number())
                    : NODES.numberNode(Long.MIN_VALUE);
            case HUGE_NUMBER -> raw = draw.flag() ? "1e400" : "9".repeat(20 + draw.size() % 400);
        }
        if (raw != null) {
            replacement = NODES.stringNode(RAW);
        }
        JsonNode root = spot.put(replacement);
        String text = json.writeValueAsString(root);
        if (raw != null) {
            text = text.replace("\"" + RAW + "\"", raw);
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A query, path or header parameter's value as text: the good one, or a spoiled one. */
    String parameter(ApiOperation.Parameter parameter, Draw draw, boolean spoiled) {
        if (!spoiled) {
            JsonNode value = example(parameter.schema(), parameter.name(), 0, draw);
            return value.isArray() ? value.path(0).asString("") : value.asString("");
        }
        return switch (draw.number() % 8) {
            case 0 -> "9".repeat(300 + draw.size() % 3000);
            case 1 -> draw.word() + "\u0000";
            case 2 -> "-1";
            case 3 -> "-9223372036854775809";
            case 4 -> draw.word() + " " + draw.word();
            case 5 -> "";
            case 6 -> "理".repeat(41 + draw.size() % 200);
            default -> "../" + draw.word();
        };
    }

    /** A well-formed value of the schema; known names get their known values. */
    JsonNode example(JsonNode schema, String name, int depth, Draw draw) {
        JsonNode s = resolved(schema);
        JsonNode good = known.apply(name);
        if (good != null && fits(good, s)) {
            return good;
        }
        if (s.has("enum")) {
            return s.get("enum").get(draw.number() % s.get("enum").size());
        }
        String type = s.path("type").asString("object");
        return switch (type) {
            case "string" -> switch (s.path("format").asString("")) {
                case "date" -> NODES.stringNode("2026-10-26");
                case "date-time" -> NODES.stringNode("2026-10-26T02:00:00Z");
                default -> NODES.stringNode(draw.word().substring(0, Math.min(draw.word().length(),
                        s.path("maxLength").asInt(Integer.MAX_VALUE))));
            };
            case "integer" -> NODES.numberNode(Math.max(s.path("minimum").asInt(0), 1));
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(draw.flag());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    array.add(example(s.path("items"), singular(name), depth + 1, draw));
                }
                yield array;
            }
            default -> object(s, depth, draw);
        };
    }

    private JsonNode object(JsonNode s, int depth, Draw draw) {
        ObjectNode object = NODES.objectNode();
        if (depth >= 6) {
            return object;
        }
        for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
            JsonNode value = example(property.getValue(), property.getKey(), depth + 1, draw);
            if (!value.isMissingNode()) {
                object.set(property.getKey(), value);
            }
        }
        if (s.path("additionalProperties").isObject()) {
            object.set("M1", example(s.get("additionalProperties"), "", depth + 1, draw));
        }
        return object;
    }

    /** Whether a known value is of the schema's type (a name may be a date in one place and a number in another). */
    private static boolean fits(JsonNode value, JsonNode schema) {
        return switch (schema.path("type").asString("object")) {
            case "string" -> value.isString() || value.isMissingNode();
            case "integer", "number" -> value.isNumber() || value.isMissingNode();
            case "boolean" -> value.isBoolean() || value.isMissingNode();
            case "array" -> value.isArray() || value.isMissingNode();
            default -> value.isObject() || value.isMissingNode();
        };
    }

    private JsonNode resolved(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.has("allOf") && s.get("allOf").size() > 0) {
            return resolved(s.get("allOf").get(0));
        }
        if (s.has("oneOf") && s.get("oneOf").size() > 0) {
            return resolved(s.get("oneOf").get(0));
        }
        return s;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static JsonNode withNull(JsonNode node, Draw draw) {
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.deepCopy();
            copy.addNull();
            return copy;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            List<String> names = new ArrayList<>(copy.propertyNames());
            copy.putNull(names.isEmpty() ? draw.word() : names.get(draw.number() % names.size()));
            return copy;
        }
        return NODES.arrayNode().add(node).addNull();
    }

    private static JsonNode wrongType(JsonNode node, Draw draw) {
        if (node.isNumber()) {
            return NODES.stringNode(draw.word());
        }
        if (node.isString()) {
            return draw.flag() ? NODES.numberNode(draw.number()) : NODES.booleanNode(true);
        }
        if (node.isObject()) {
            return draw.flag() ? NODES.stringNode(draw.word()) : NODES.numberNode(draw.number());
        }
        if (node.isArray()) {
            return NODES.objectNode().put(draw.word(), 1);
        }
        return NODES.objectNode();
    }

    /** Where in a value a spoiled one may be put: the root, or a property or element of a container. */
    private record Spot(JsonNode root, JsonNode node, @Nullable JsonNode parent, @Nullable Object at) {

        JsonNode put(JsonNode replacement) {
            if (parent == null) {
                return replacement;
            }
            if (parent instanceof ObjectNode object) {
                object.set((String) at, replacement);
            } else if (parent instanceof ArrayNode array) {
                array.set((Integer) at, replacement);
            }
            return root;
        }
    }

    private static void spots(JsonNode root, @Nullable JsonNode parent, @Nullable Object at, List<Spot> spots) {
        collect(root, root, parent, at, spots);
    }

    private static void collect(JsonNode root, JsonNode node, @Nullable JsonNode parent, @Nullable Object at,
            List<Spot> spots) {
        spots.add(new Spot(root, node, parent, at));
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                collect(root, object.get(name), object, name, spots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collect(root, array.get(i), array, i, spots);
            }
        }
    }
}
