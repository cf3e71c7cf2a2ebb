package io.anke.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.core.rule.Text;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFailureTest {
  @TempDir Path dir;

  private static Text failureOf(Path path, boolean writing) {
    try {
      if (writing) {
        Files.writeString(path, "x");
      } else {
        Files.readString(path);
      }
    } catch (IOException e) {
      return FileFailure.reason(path, e);
    }
    throw new AssertionError("no failure for " + path);
  }

  @Test
  void namesTheMissingDirectoryOrTheFileInTheWay() throws Exception {
    Path missing = dir.resolve("no/such/out.json");
    assertThat(failureOf(missing, true))
        .isEqualTo(
            new Text("目录不存在：" + missing.getParent(), "no such directory: " + missing.getParent()));
    Files.writeString(dir.resolve("file"), "x");
    Path under = dir.resolve("file/out.json");
    assertThat(failureOf(under, true).en()).isEqualTo(dir.resolve("file") + " is not a directory");
    assertThat(failureOf(dir.resolve("absent.txt"), false))
        .isEqualTo(new Text("文件不存在", "no such file"));
    Files.createDirectory(dir.resolve("d"));
    assertThat(failureOf(dir.resolve("d"), true).en()).isEqualTo("it is a directory");
  }

  @Test
  void theUsualCausesByNameAndNeverTheTemporaryFile() {
    Path target = dir.resolve("report.html");
    Path temporary = dir.resolve(".anke-8812736.tmp");
    assertThat(
            FileFailure.reason(
                    target,
                    new FileSystemException(temporary.toString(), null, "No space left on device"))
                .en())
        .isEqualTo("no space left on the device (disk full)");
    assertThat(
            FileFailure.reason(
                    target,
                    new FileSystemException(
                        temporary.toString(), target.toString(), "Input/output error"))
                .en())
        .as("an unknown cause: the system's reason, without the file names")
        .isEqualTo("Input/output error")
        .doesNotContain(".anke-");
    assertThat(
            FileFailure.reason(
                    target, new java.nio.file.AccessDeniedException(temporary.toString()))
                .zh())
        .isEqualTo("权限不足");
  }
}
