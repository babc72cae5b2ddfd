package vn.ccvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagrams in the module's README are the ones the code generates. */
class MermaidDiagramTest {

  private static final String OPEN = "```mermaid\n";
  private static final String CLOSE = "```";

  private static List<String> readmeDiagrams() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> diagrams = new ArrayList<>();
    int start = readme.indexOf(OPEN);
    while (start >= 0) {
      int end = readme.indexOf(CLOSE, start + OPEN.length());
      diagrams.add(readme.substring(start + OPEN.length(), end));
      start = readme.indexOf(OPEN, end);
    }
    return diagrams;
  }

  @Test
  void readme_showsGeneratedDiagrams() throws IOException {
    assertThat(readmeDiagrams()).containsExactly(MermaidDiagram.statuses(),
        MermaidDiagram.syncStates());
  }

  @Test
  void statuses_oneArrowPerTransition() {
    String diagram = MermaidDiagram.statuses();

    assertThat(diagram).startsWith("stateDiagram-v2\n");
    assertThat(diagram).contains(
        "    state \"Chờ xác nhận (AWAITING_CONFIRMATION)\" as AWAITING_CONFIRMATION\n");
    assertThat(diagram).contains("    AWAITING_CONFIRMATION --> REJECTED: reject (approver)\n");
    assertThat(diagram.lines().filter(line -> line.contains("-->")).count())
        .isEqualTo(Workflow.transitions().size() + 1);
  }

  @Test
  void syncStates_oneArrowPerTransition() {
    String diagram = MermaidDiagram.syncStates();

    assertThat(diagram).contains(
        "    SYNC_PENDING --> SYNC_FAILED: record sync outcome (system), failed\n");
    assertThat(diagram.lines().filter(line -> line.contains("-->")).count())
        .isEqualTo(Workflow.syncTransitions().size() + 1);
  }
}
