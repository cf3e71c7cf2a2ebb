package io.anke.samples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fenced blocks of the project's Markdown documents, each with the marker comment on the line
 * before it that says how a test holds the block to the code ({@code <!-- from: PATH -->}, {@code
 * <!-- run -->}, {@code <!-- transcript -->} and the others {@link DocsTest} knows).
 */
record DocBlocks(Path root) {
  private static final Pattern MARKER = Pattern.compile("<!--\\s*([a-z-]+)(?::\\s*(.*?))?\\s*-->");

  /**
   * One fenced block.
   *
   * @param doc the document, relative to the repository root
   * @param line the line of the opening fence, from 1
   * @param kind the marker's kind ({@code from}, {@code run}, …), or "" when the block has none
   * @param argument what follows the kind and a colon in the marker, or ""
   * @param lines the block's lines, without the fences
   */
  record Block(String doc, int line, String kind, String argument, List<String> lines) {
    String where() {
      return doc + ":" + line;
    }

    @Override
    public String toString() {
      return where() + (kind.isEmpty() ? "" : " (" + kind + ")");
    }
  }

  static DocBlocks ofRepository() {
    return new DocBlocks(Path.of("..").toAbsolutePath().normalize());
  }

  /** The documents whose blocks are held to the code: README.md and every page of docs/. */
  List<Path> documents() {
    List<Path> docs = new ArrayList<>();
    docs.add(root.resolve("README.md"));
    try (Stream<Path> pages = Files.list(root.resolve("docs"))) {
      pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  List<Block> all() {
    List<Block> blocks = new ArrayList<>();
    for (Path doc : documents()) {
      blocks.addAll(of(doc));
    }
    return blocks;
  }

  List<Block> of(Path doc) {
    List<String> text;
    try {
      text = Files.readAllLines(doc, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = root.relativize(doc).toString();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (!text.get(i).stripLeading().startsWith("```")) {
        continue;
      }
      // a block inside a list item is indented with its item
      int indent = text.get(i).length() - text.get(i).stripLeading().length();
      int end = i + 1;
      while (end < text.size() && !text.get(end).stripLeading().startsWith("```")) {
        end++;
      }
      List<String> lines = new ArrayList<>();
      for (String line : text.subList(i + 1, end)) {
        int blanks = line.length() - line.stripLeading().length();
        lines.add(line.substring(Math.min(indent, blanks)));
      }
      String kind = "";
      String argument = "";
      Matcher m = i > 0 ? MARKER.matcher(text.get(i - 1).strip()) : null;
      if (m != null && m.matches()) {
        kind = m.group(1);
        argument = m.group(2) == null ? "" : m.group(2);
      }
      blocks.add(new Block(name, i + 1, kind, argument, List.copyOf(lines)));
      i = end;
    }
    return blocks;
  }
}
