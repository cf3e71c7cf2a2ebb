package io.anke.scan.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records every call as a line, and the content of each visited entry. */
class RecordingVisitor implements ArchiveVisitor {
  final List<String> events = new ArrayList<>();
  final List<ArchiveEntry> entries = new ArrayList<>();
  final Map<String, byte[]> contents = new LinkedHashMap<>();
  final Map<String, String> digests = new LinkedHashMap<>();

  @Override
  public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
    events.add("entry " + entry.path());
    entries.add(entry);
    contents.put(entry.path(), content.readAllBytes());
  }

  @Override
  public boolean enterArchive(ArchiveEntry archive) {
    events.add("enter " + archive.path());
    return true;
  }

  @Override
  public void leaveArchive(ArchiveEntry archive, String sha256) {
    events.add("leave " + archive.path());
    digests.put(archive.path(), sha256);
  }

  String text(String path) {
    return new String(contents.get(path), StandardCharsets.UTF_8);
  }

  ArchiveEntry entry(String path) {
    return entries.stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow();
  }
}
