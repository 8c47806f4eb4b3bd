package org.onevisit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The README's curl walk-through, run as it is written, by bash and curl, against a started server with the demo data:
 * the bash blocks between its two markers, one after the other in one shell that stops at the first failing command.
 * Only {@code BASE} is set, to the test server's address, as the walk-through's first line allows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadmeWalkthroughTests {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @Value("${local.server.port}")
    int port;

    @Test
    void the_readme_walk_through_runs_as_written(@TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")) || Files.isExecutable(Path.of("/bin/curl")),
                "curl is not installed");
        String script = "set -euo pipefail\n" + String.join("\n", walkThrough());

        Path log = folder.resolve("walk-through.log");
        ProcessBuilder shell = new ProcessBuilder("bash", "-c", script).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        shell.environment().put("BASE", "http://localhost:" + port);
        Process run = shell.start();
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("the walk-through ends").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(run.exitValue()).as("every command of the walk-through succeeds:\n%s", output).isZero();
        assertThat(output).contains("\"key\":\"M6\"", "case ", "\"status\":\"ACCEPTED\"", "\"approved\":true",
                "\"status\":\"ACCEPTED_ON_PLEDGE\"");
        assertThat(output.lines()).as("the acceptance without M6 is refused").contains("422");
        for (String pdf : List.of("receipt.pdf", "decision.pdf", "pledge.pdf")) {
            byte[] bytes = Files.readAllBytes(folder.resolve(pdf));
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).as(pdf).isEqualTo("%PDF-");
        }
    }

    /** The bash blocks of the README between its walk-through markers. */
    private static List<String> walkThrough() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("<!-- walk-through:");
        int end = readme.indexOf("<!-- end of walk-through -->");
        assertThat(start).as("the README marks its walk-through").isNotNegative();
        assertThat(end).as("the README marks the end of its walk-through").isGreaterThan(start);
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(readme.substring(start, end));
        while (block.find()) {
            blocks.add(block.group(1));
        }
        assertThat(blocks).as("bash blocks of the walk-through").isNotEmpty();
        return blocks;
    }
}
