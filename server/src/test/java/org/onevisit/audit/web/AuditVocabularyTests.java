package org.onevisit.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every subject and action the code base writes to the audit trail has words on the audit page in Chinese and in
 * English ({@code supervision.audit.subjectKind.*}, {@code supervision.audit.act.*} or the subject's own
 * {@code supervision.audit.act.<subject>.<action>}), found by reading the sources:
 * <ul>
 * <li>each {@code new AuditedChange(…)} with a literal subject, and every literal in its action argument (both sides
 * of a choice);</li>
 * <li>for the helpers that record a change under an action they are given (a parameter {@code String action}), the
 * literal passed in that place by every call of them (a method of the same name and arity elsewhere may add a
 * literal that is no action; {@code "system"}, the actor of timers, is such a one and left out);</li>
 * <li>the actions of the enums that name the steps of a case and of a review ({@code CaseStep}, {@code TaskTransition},
 * {@code IntakeCase.Step}).</li>
 * </ul>
 * A new subject or action written without its words fails here, naming it.
 */
class AuditVocabularyTests {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z-]*)\"");
    private static final Pattern HELPER = Pattern.compile("\\b(\\w+)\\(([^()]*\\bString action\\b[^()]*)\\)\\s*(throws [\\w., ]+)?\\{");
    /** An action argument: a literal action, or a choice between two. */
    private static final Pattern ACTION_ARGUMENT = Pattern.compile(
            "\"[a-z][A-Za-z-]*\"|[\\w.()! =<>&|]+\\?\\s*\"[a-z][A-Za-z-]*\"\\s*:\\s*\"[a-z][A-Za-z-]*\"");
    private static final Pattern ENUM_ACTION = Pattern.compile("^\\s+[A-Z_]+\\(\"([a-zA-Z]+)\"", Pattern.MULTILINE);
    private static final Set<String> ACTION_ENUMS = Set.of("CaseStep.java", "TaskTransition.java", "IntakeCase.java");
    /** Subjects written through a variable, with the values it takes. */
    private static final Map<String, List<String>> SUBJECT_VARIABLES = Map.of("LoginAttempts.java",
            List.of("login", "login-address"));

    private static Map<Path, String> sources;
    private static Properties chinese;
    private static Properties english;

    @BeforeAll
    static void read_the_sources_and_the_words() throws IOException {
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(p, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        chinese = new Properties();
        english = new Properties();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("messages(-[a-z-]+)?(_en)?\\.properties"))
                    .toList()) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    (p.getFileName().toString().endsWith("_en.properties") ? english : chinese).load(r);
                }
            }
        }
    }

    /** The arguments of the call whose opening parenthesis is at {@code open}, split at the top level. */
    private static List<String> arguments(String source, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        StringBuilder current = new StringBuilder();
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                if (depth == 0) {
                    args.add(current.toString().strip());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return args;
    }

    /** Not pages (their {@code action} is a form's button) nor the trail and the platform themselves. */
    private static boolean helpersMayBeIn(Path file) {
        String path = file.toString().replace('\\', '/');
        return !path.contains("/web/") && !path.contains("/onevisit/audit/") && !path.contains("/onevisit/platform/");
    }

    private static List<String> literals(String argument) {
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(argument);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** subject → actions written under it, with "*" for actions whose subject the sources do not tell. */
    private static Map<String, Set<String>> written() {
        Map<String, Set<String>> written = new TreeMap<>();
        Pattern change = Pattern.compile("new AuditedChange\\(");
        Map<String, List<int[]>> helpers = new TreeMap<>();
        for (Map.Entry<Path, String> e : sources.entrySet()) {
            String source = e.getValue();
            String file = e.getKey().getFileName().toString();
            Matcher m = change.matcher(source);
            while (m.find()) {
                List<String> args = arguments(source, m.end() - 1);
                List<String> subjects = literals(args.get(0));
                if (subjects.isEmpty()) {
                    subjects = SUBJECT_VARIABLES.getOrDefault(file, List.of());
                }
                if (subjects.isEmpty() && args.get(0).endsWith("SUBJECT")) {
                    subjects = List.of("spot-check");
                }
                for (String subject : subjects) {
                    written.computeIfAbsent(subject, s -> new TreeSet<>()).addAll(literals(args.get(2)));
                }
                assertThat(subjects).as("the subject of an audit record in " + file + ": " + args.get(0)).isNotEmpty();
            }
            Matcher h = HELPER.matcher(helpersMayBeIn(e.getKey()) ? source : "");
            while (h.find()) {
                String[] params = h.group(2).split(",");
                for (int i = 0; i < params.length; i++) {
                    if (params[i].strip().endsWith("String action")) {
                        helpers.computeIfAbsent(h.group(1), n -> new ArrayList<>()).add(new int[] {i, params.length});
                    }
                }
            }
            if (ACTION_ENUMS.contains(file)) {
                Matcher a = ENUM_ACTION.matcher(source);
                while (a.find()) {
                    written.computeIfAbsent("*", s -> new TreeSet<>()).add(a.group(1));
                }
            }
        }
        for (Map.Entry<String, List<int[]>> helper : helpers.entrySet()) {
            Pattern call = Pattern.compile("\\b" + helper.getKey() + "\\(");
            for (String source : sources.values()) {
                Matcher m = call.matcher(source);
                while (m.find()) {
                    List<String> args = arguments(source, m.end() - 1);
                    for (int[] place : helper.getValue()) {
                        if (args.size() == place[1] && ACTION_ARGUMENT.matcher(args.get(place[0])).matches()
                                && !args.get(place[0]).equals("\"system\"")) {
                            written.computeIfAbsent("*", s -> new TreeSet<>()).addAll(literals(args.get(place[0])));
                        }
                    }
                }
            }
        }
        return written;
    }

    private static boolean hasAction(Properties words, String subject, String action) {
        if (words.containsKey("supervision.audit.act." + action)
                || words.containsKey("supervision.audit.act." + subject + "." + action)) {
            return true;
        }
        return subject.equals("*") && words.stringPropertyNames().stream()
                .anyMatch(k -> k.startsWith("supervision.audit.act.") && k.endsWith("." + action));
    }

    @Test
    void the_sources_are_read_as_expected() {
        Map<String, Set<String>> written = written();
        assertThat(written.keySet()).contains("case", "alert", "rating", "complaint", "spot-check", "supervision-group",
                "error-correction", "login", "login-address");
        assertThat(written.get("alert")).contains("raiseAlert");
        assertThat(written.get("*")).contains("acknowledgeAlert", "answerAlert", "callBack", "upholdAppeal", "route",
                "handOver", "refuse", "giveLateOpinion", "complete");
    }

    @Test
    void every_subject_and_action_written_to_the_trail_has_words_in_chinese_and_english() {
        List<String> missing = new ArrayList<>();
        written().forEach((subject, actions) -> {
            if (!subject.equals("*")) {
                for (Properties words : List.of(chinese, english)) {
                    if (!words.containsKey("supervision.audit.subjectKind." + subject)) {
                        missing.add((words == chinese ? "zh" : "en") + " subject " + subject);
                    }
                }
            }
            for (String action : actions) {
                for (Properties words : List.of(chinese, english)) {
                    if (!hasAction(words, subject, action)) {
                        missing.add((words == chinese ? "zh" : "en") + " action " + subject + "." + action);
                    }
                }
            }
        });
        assertThat(missing).as("subjects and actions without words on the audit page").isEmpty();
    }

    @Test
    void every_subject_with_words_can_be_picked_on_the_audit_page() {
        Set<String> subjects = new TreeSet<>(written().keySet());
        subjects.remove("*");
        assertThat(AuditPage.SUBJECTS).containsAll(subjects);
    }
}
