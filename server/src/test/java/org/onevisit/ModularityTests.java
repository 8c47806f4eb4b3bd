package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, and the module documentation in {@code docs/modules}: the diagram of all modules, one of
 * each module and its canvas (public API, events, beans), as Spring Modulith's {@link Documenter} generates them from
 * the code. A change to the modules fails this test until the documentation is generated again with
 * {@code mvn -pl server test -Dtest=ModularityTests -Donevisit.modules.regenerate=true} and committed with it. The
 * {@code Documenter} lists relations, components and canvas entries in an order that varies from run to run; each run
 * of such lines is sorted, so that the files change only when the modules do.
 */
class ModularityTests {

    private static final Path COMMITTED = Path.of("..", "docs", "modules");
    private static final Path GENERATED = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(OneVisitApplication.class);

    @Test
    void the_modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void the_committed_module_documentation_is_what_the_code_generates() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> generated = new TreeMap<>();
        files(GENERATED).forEach((name, content) -> generated.put(name, inStableOrder(content)));
        if (Boolean.getBoolean("onevisit.modules.regenerate")) {
            write(generated);
        }

        assertThat(files(COMMITTED)).as("docs/modules as committed; generate it again, see ModularityTests")
                .isEqualTo(generated);
    }

    /** The content with each run of list lines (relations, components, canvas entries) sorted. */
    static String inStableOrder(String content) {
        List<String> lines = new ArrayList<>(content.lines().toList());
        int start = 0;
        while (start < lines.size()) {
            int end = start + 1;
            if (listLine(lines.get(start))) {
                while (end < lines.size() && listLine(lines.get(end)) && !lines.get(end).startsWith("|")) {
                    end++;
                }
                boolean cell = lines.get(start).startsWith("|");
                List<String> run = new ArrayList<>(lines.subList(start, end));
                if (cell) {
                    run.set(0, run.get(0).substring(1));
                }
                Collections.sort(run);
                if (cell) {
                    run.set(0, "|" + run.get(0));
                }
                for (int i = 0; i < run.size(); i++) {
                    lines.set(start + i, run.get(i));
                }
            }
            start = end;
        }
        return String.join("\n", lines) + "\n";
    }

    private static boolean listLine(String line) {
        String text = line.strip();
        return text.startsWith("Rel(") || text.startsWith("Component(") || line.startsWith("* ") || line.startsWith("|* ");
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> all = Files.list(folder)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static void write(Map<String, String> generated) throws IOException {
        Files.createDirectories(COMMITTED);
        try (Stream<Path> old = Files.list(COMMITTED)) {
            for (Path file : old.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
