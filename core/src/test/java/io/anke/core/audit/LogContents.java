package io.anke.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.anke.core.audit.internal.LogFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a log directory holds, read independently of the verifier: every complete line parsed as
 * JSON, in file order, and the bytes each file has after its last line feed (a torn write). The
 * crash and stress tests compare this with what the writers were told.
 */
final class LogContents {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One complete record line. */
  record Line(Path file, long line, long seq, String type, String user, JsonNode json) {}

  /** The bytes after the last line feed of {@code file}. */
  record TornTail(Path file, long line, int bytes) {}

  final List<Path> files;
  final List<Line> lines;
  final List<TornTail> tornTails;

  private LogContents(List<Path> files, List<Line> lines, List<TornTail> tornTails) {
    this.files = files;
    this.lines = lines;
    this.tornTails = tornTails;
  }

  static LogContents read(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    List<TornTail> torn = new ArrayList<>();
    for (LogFiles.LogFile f : LogFiles.list(dir)) {
      Path p = f.path();
      files.add(p);
      byte[] all = Files.readAllBytes(p);
      int from = 0;
      long number = 0;
      for (int i = 0; i < all.length; i++) {
        if (all[i] == '\n') {
          number++;
          JsonNode n = JSON.readTree(Arrays.copyOfRange(all, from, i));
          JsonNode subject = n.get("subject");
          lines.add(
              new Line(
                  p,
                  number,
                  n.get("seq").asLong(),
                  n.get("type").asText(),
                  subject == null || subject.get("user") == null
                      ? null
                      : subject.get("user").asText(),
                  n));
          from = i + 1;
        }
      }
      if (from < all.length) {
        torn.add(new TornTail(p, number + 1, all.length - from));
      }
    }
    return new LogContents(List.copyOf(files), List.copyOf(lines), List.copyOf(torn));
  }

  /** The sequence numbers of the records of each user (events only, not the log's own records). */
  Map<String, List<Long>> sequencesByUser() {
    Map<String, List<Long>> out = new HashMap<>();
    for (Line l : lines) {
      if (l.user() != null) {
        out.computeIfAbsent(l.user(), u -> new ArrayList<>()).add(l.seq());
      }
    }
    return out;
  }

  /** The event records (types that are not the log's own). */
  long events() {
    return lines.stream().filter(l -> !l.type().startsWith("audit.")).count();
  }

  /** The file.start records, in order. */
  List<Line> fileStarts() {
    return lines.stream().filter(l -> l.type().equals(SystemTypes.FILE_START)).toList();
  }
}
