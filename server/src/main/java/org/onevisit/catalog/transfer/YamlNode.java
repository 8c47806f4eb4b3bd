package org.onevisit.catalog.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.ImportProblem;
import org.onevisit.catalog.ImportProblem.Where;
import org.onevisit.catalog.Labelled;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A mapping of a YAML document with its path and line, reading typed fields and noting every problem instead
 * of stopping at the first: a missing or mistyped field reads as a neutral value and is reported.
 */
final class YamlNode {

    private final String path;
    private final @Nullable MappingNode node;
    private final List<ImportProblem> problems;
    private final Set<String> read = new HashSet<>();

    YamlNode(String path, Node node, List<ImportProblem> problems) {
        this.path = path;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            this.node = mapping;
        } else {
            this.node = null;
            problems.add(ImportProblem.at(where(node), "not-a-mapping"));
        }
    }

    String path() {
        return path;
    }

    Where at(String field) {
        int at = value(field).map(n -> n.getStartMark().getLine() + 1).orElse(line());
        return Where.path(path + "." + field, at);
    }

    int line() {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String text(String field) {
        return scalar(field, true).orElse("");
    }

    /** Whether the field is given: a field left out leaves the value to its default. */
    boolean present(String field) {
        return scalar(field, false).isPresent();
    }

    String optionalText(String field) {
        return scalar(field, false).orElse("");
    }

    int integer(String field, int fallback) {
        Optional<String> text = scalar(field, false);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get().strip());
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.at(at(field), "not-a-number", text.get()));
            return fallback;
        }
    }

    @Nullable Integer optionalInteger(String field) {
        return scalar(field, false).isPresent() ? integer(field, 0) : null;
    }

    @Nullable Long optionalLong(String field) {
        Optional<String> text = scalar(field, false);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text.get().strip());
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.at(at(field), "not-a-number", text.get()));
            return null;
        }
    }

    boolean bool(String field) {
        Optional<String> text = scalar(field, false);
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.get().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "是" -> true;
            case "false", "no", "否" -> false;
            default -> {
                problems.add(ImportProblem.at(at(field), "not-a-boolean", text.get()));
                yield false;
            }
        };
    }

    <E extends Enum<E> & Labelled> E choice(String field, Class<E> type, E fallback) {
        Optional<String> text = scalar(field, true);
        return text.map(t -> parse(type, t, at(field)).orElse(fallback)).orElse(fallback);
    }

    <E extends Enum<E> & Labelled> E optionalChoice(String field, Class<E> type, E fallback) {
        Optional<String> text = scalar(field, false);
        return text.map(t -> parse(type, t, at(field)).orElse(fallback)).orElse(fallback);
    }

    <E extends Enum<E> & Labelled> Set<E> choices(String field, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String t : strings(field)) {
            parse(type, t, at(field)).ifPresent(values::add);
        }
        return values;
    }

    List<String> strings(String field) {
        Optional<Node> value = value(field);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s) {
                    out.add(s.getValue().strip());
                } else {
                    problems.add(ImportProblem.at(where(n), "not-a-text"));
                }
            }
            return out;
        }
        if (value.get() instanceof ScalarNode s && s.getValue().isBlank()) {
            return List.of();
        }
        problems.add(ImportProblem.at(at(field), "not-a-list"));
        return List.of();
    }

    List<YamlNode> list(String field, boolean required) {
        Optional<Node> value = value(field);
        if (value.isEmpty()) {
            if (required) {
                problems.add(ImportProblem.at(at(field), "required"));
            }
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode seq)) {
            if (!(value.get() instanceof ScalarNode s && s.getValue().isBlank())) {
                problems.add(ImportProblem.at(at(field), "not-a-list"));
            }
            return List.of();
        }
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            out.add(new YamlNode(path + "." + field + "[" + i + "]", seq.getValue().get(i), problems));
        }
        return out;
    }

    YamlNode child(String field) {
        Optional<Node> value = value(field);
        if (value.isEmpty()) {
            problems.add(ImportProblem.at(at(field), "required"));
            return new YamlNode(path + "." + field, new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, List.of(), null), problems);
        }
        return new YamlNode(path + "." + field, value.get(), problems);
    }

    /** Reports the fields this mapping has that the format does not know, usually a typing mistake. */
    void rejectUnknownFields() {
        if (node == null) {
            return;
        }
        for (NodeTuple t : node.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!read.contains(key)) {
                problems.add(ImportProblem.at(where(t.getKeyNode()), "unknown-field", key));
            }
        }
    }

    private Optional<String> scalar(String field, boolean required) {
        Optional<Node> value = value(field);
        if (value.isEmpty() || value.get() instanceof ScalarNode s && s.getValue().isBlank() && required) {
            if (required) {
                problems.add(ImportProblem.at(at(field), "required"));
            }
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        problems.add(ImportProblem.at(at(field), "not-a-text"));
        return Optional.empty();
    }

    private Optional<Node> value(String field) {
        read.add(field);
        if (node == null) {
            return Optional.empty();
        }
        return node.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(field))
                .map(NodeTuple::getValueNode)
                .filter(v -> !(v instanceof ScalarNode s && "null".equals(s.getTag().getValue().replace("tag:yaml.org,2002:", ""))))
                .findFirst();
    }

    private <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text, Where where) {
        Optional<E> value = Labelled.parse(type, text);
        if (value.isEmpty()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toCollection(LinkedHashSet::new)).toString();
            problems.add(ImportProblem.at(where, "unknown-value", text, allowed));
        }
        return value;
    }

    private Where where(Node n) {
        return Where.path(path, n.getStartMark().getLine() + 1);
    }
}
