package io.anke.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.anke.cli.Main;
import io.anke.samples.access.AuditTrailExample;
import io.anke.samples.docs.DocBlocks.Block;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Keeps every code block of README.md and docs/ true to the code. Each block follows a marker that
 * says how it is held:
 *
 * <ul>
 *   <li>{@code <!-- from: PATH -->}: its lines are lines of that file of the repository, in order
 *       (a line {@code ...} or {@code …} stands for code left out) — compiled and run by the build;
 *   <li>{@code <!-- run -->}: a shell example, run here with this checkout's {@code anke} and the
 *       system's {@code openssl} ({@code run: exit=N creates=FILE,FILE} when it should fail or
 *       write files);
 *   <li>{@code <!-- transcript -->}: a console session, run here and compared with what it shows
 *       ({@link Transcript});
 *   <li>{@code <!-- excerpt: NAME -->}, {@code <!-- guard-excerpt: NAME -->}: real output, held to
 *       what the program printed by the checker {@link #EXCERPT_CHECKERS} names for the document;
 *   <li>{@code <!-- synopsis -->}: command summaries, whose subcommands and options must exist;
 *   <li>{@code <!-- command -->}: build and CLI commands, whose modules, profiles, subcommands and
 *       options must exist;
 *   <li>{@code <!-- coordinates -->}: Maven XML for a user's POM, whose Anke artifacts, versions,
 *       goals and plugin parameters must exist;
 *   <li>{@code <!-- figure -->}: a diagram or byte layout, neither code nor output nor a command.
 * </ul>
 *
 * Any {@code anke} command line in any block must name real subcommands and options.
 */
class DocsTest {
  private static final Set<String> KINDS =
      Set.of(
          "from",
          "run",
          "transcript",
          "excerpt",
          "guard-excerpt",
          "synopsis",
          "command",
          "coordinates",
          "figure");

  /** Which test or build script holds a document's excerpts to real output. */
  static final Map<String, List<String>> EXCERPT_CHECKERS =
      Map.of(
          "docs/startup-guard.md",
          List.of("samples/src/test/java/io/anke/samples/guard/StartupGuardDocTest.java"),
          "docs/maven-plugin.md",
          // each excerpt by the verify script of the invoker build it comes from; this test checks
          // that every excerpt has one
          List.of("maven-plugin/src/test/java/io/anke/maven/it/PluginDocTest.java"),
          "docs/data-access.md",
          List.of(
              "maven-plugin/src/it/crypto-md5-l3/verify.groovy",
              "samples/src/test/java/io/anke/samples/guard/DataAccessDocTest.java"));

  /**
   * What a transcript marked {@code <!-- transcript: NAME -->} finds in its directory before its
   * first command: files that a program, not a command, writes.
   */
  static final Map<String, Setup> SETUPS = Map.of("audit-trail", AuditTrailExample::writeInto);

  /** Prepares a transcript's directory. */
  interface Setup {
    void prepare(Path dir) throws Exception;
  }

  private static final Set<String> ELISIONS = Set.of("...", "…", "// ...", "// …", "# ...", "# …");

  private final DocBlocks docs = DocBlocks.ofRepository();

  @TempDir Path temp;

  @Test
  void everyBlockSaysHowItIsHeldToTheCode() {
    List<Block> blocks = docs.all();
    assertThat(blocks).hasSizeGreaterThan(100);
    assertThat(blocks.stream().filter(b -> !KINDS.contains(b.kind())).map(Block::where))
        .as("blocks without a marker (<!-- from: PATH -->, run, transcript, excerpt, …)")
        .isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> fromBlocksAreLinesOfTheirSourceFile() {
    return blocks("from")
        .map(
            b ->
                DynamicTest.dynamicTest(
                    b.where(), () -> assertThat(notInSource(b)).as(b.where()).isNull()));
  }

  /** The first line of a {@code from:} block that its file does not hold in order, or null. */
  private String notInSource(Block b) throws Exception {
    Path source = docs.root().resolve(b.argument());
    if (!Files.isRegularFile(source)) {
      return b.argument() + ": no such file";
    }
    List<String> lines = Files.readAllLines(source).stream().map(String::strip).toList();
    int at = 0;
    for (String line : b.lines()) {
      String wanted = line.strip();
      if (wanted.isEmpty() || ELISIONS.contains(wanted)) {
        continue;
      }
      int found = lines.subList(at, lines.size()).indexOf(wanted);
      if (found < 0) {
        return b.argument() + " does not hold (after the lines before it): " + wanted;
      }
      at += found + 1;
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> runBlocksRun() {
    return blocks("run")
        .map(
            b ->
                DynamicTest.dynamicTest(
                    b.where(),
                    () -> {
                      Map<String, String> args = arguments(b.argument());
                      DocShell shell = shell(b);
                      DocShell.Result result = shell.run(String.join("\n", b.lines()));
                      int exit = Integer.parseInt(args.getOrDefault("exit", "0"));
                      assertThat(result.exit())
                          .as("%s exit code; it printed:%n%s", b.where(), result.output())
                          .isEqualTo(exit);
                      for (String file : args.getOrDefault("creates", "").split(",")) {
                        if (!file.isEmpty()) {
                          assertThat(shell.dir().resolve(file))
                              .as(b.where() + " creates " + file)
                              .isNotEmptyFile();
                        }
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> transcriptsPrintWhatTheyShow() {
    return blocks("transcript")
        .map(
            b ->
                DynamicTest.dynamicTest(
                    b.where(),
                    () -> {
                      Transcript session = Transcript.parse(b.lines(), b.line() + 1);
                      assertThat(session.steps()).as(b.where()).isNotEmpty();
                      DocShell shell = shell(b);
                      if (!b.argument().isEmpty()) {
                        assertThat(SETUPS).as(b.where() + ": setup").containsKey(b.argument());
                        SETUPS.get(b.argument()).prepare(shell.dir());
                      }
                      List<String> problems = session.check(shell);
                      if (Boolean.getBoolean("docs.record")) {
                        RECORDED.add(new Recorded(b, session.recorded(b.lines())));
                        return;
                      }
                      assertThat(problems).as(b.where()).isEmpty();
                    }));
  }

  private record Recorded(Block block, List<String> lines) {}

  private static final List<Recorded> RECORDED =
      java.util.Collections.synchronizedList(new ArrayList<>());

  /** With {@code -Ddocs.record=true}: writes what the transcripts printed into the documents. */
  @org.junit.jupiter.api.AfterAll
  static void writeRecordedTranscripts() throws Exception {
    Path root = DocBlocks.ofRepository().root();
    List<Recorded> lastFirst = new ArrayList<>(RECORDED);
    lastFirst.sort(
        java.util.Comparator.comparing((Recorded r) -> r.block().doc())
            .thenComparing(r -> -r.block().line()));
    for (Recorded r : lastFirst) {
      Path doc = root.resolve(r.block().doc());
      List<String> text = new ArrayList<>(Files.readAllLines(doc));
      int from = r.block().line(); // the opening fence is line - 1 (0-based), content starts here
      for (int i = 0; i < r.block().lines().size(); i++) {
        text.remove(from);
      }
      text.addAll(from, r.lines());
      Files.write(doc, text);
    }
  }

  @Test
  void excerptsAreCheckedByATestThatReadsTheDocument() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Block b : docs.all()) {
      if (!b.kind().endsWith("excerpt")) {
        continue;
      }
      List<String> checkers = EXCERPT_CHECKERS.get(b.doc());
      if (checkers == null) {
        problems.add(b.where() + ": no checker for the excerpts of " + b.doc());
        continue;
      }
      for (String checker : checkers) {
        Path file = docs.root().resolve(checker);
        if (!Files.isRegularFile(file) || !Files.readString(file).contains(b.doc())) {
          problems.add(b.where() + ": " + checker + " does not read " + b.doc());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void ankeCommandLinesNameRealSubcommandsAndOptions() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Block b : docs.all()) {
      for (int i = 0; i < b.lines().size(); i++) {
        List<String> words = ankeWords(b.lines().get(i));
        if (words == null) {
          continue;
        }
        checked++;
        String problem = unknownWord(words);
        if (problem != null) {
          problems.add(b.doc() + ":" + (b.line() + 1 + i) + ": " + problem);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void buildCommandsNameRealModulesAndProfiles() throws Exception {
    List<String> problems = new ArrayList<>();
    sources();
    String poms = allPoms();
    PluginDescriptor plugin = PluginDescriptor.load();
    for (Block b : docs.all()) {
      if (!b.kind().equals("command")) {
        continue;
      }
      for (String line : b.lines()) {
        List<String> words = Arrays.asList(line.strip().split("\\s+"));
        if (words.isEmpty() || !(words.get(0).equals("mvn") || words.get(0).equals("./mvnw"))) {
          continue;
        }
        for (int i = 0; i < words.size(); i++) {
          String w = words.get(i);
          if (w.equals("-pl") && i + 1 < words.size()) {
            for (String module : words.get(i + 1).split(",")) {
              if (!Files.isRegularFile(docs.root().resolve(module).resolve("pom.xml"))) {
                problems.add(b.where() + ": no module " + module);
              }
            }
          } else if (w.startsWith("-Danke.")) {
            String property = w.substring(2).replaceFirst("=.*", "");
            if (!plugin.properties().contains(property) && !sourcesRead(property)) {
              problems.add(b.where() + ": neither the plugin nor a test reads " + property);
            }
          } else if (w.startsWith("-P")) {
            for (String profile : w.substring(2).split(",")) {
              if (!poms.contains("<id>" + profile + "</id>")) {
                problems.add(b.where() + ": no profile " + profile);
              }
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void mavenCoordinatesNameRealArtifactsGoalsAndParameters() throws Exception {
    PluginDescriptor plugin = PluginDescriptor.load();
    String version = System.getProperty("anke.version");
    Set<String> artifacts = managedAnkeArtifacts();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Block b : docs.all()) {
      if (!b.kind().equals("coordinates")) {
        continue;
      }
      Document xml = parseFragment(String.join("\n", b.lines()));
      for (Element e : elements(xml, "dependency", "plugin")) {
        if (!"io.anke".equals(child(e, "groupId"))) {
          continue;
        }
        checked++;
        String artifact = child(e, "artifactId");
        if (!artifacts.contains(artifact)) {
          problems.add(b.where() + ": no artifact io.anke:" + artifact);
        }
        String v = child(e, "version");
        if (v != null && !v.equals(version)) {
          problems.add(b.where() + ": " + artifact + " version " + v + ", the build is " + version);
        }
        if (e.getTagName().equals("plugin")) {
          for (Element goal : elements(e, "goal")) {
            if (!plugin.goals().contains(goal.getTextContent().strip())) {
              problems.add(b.where() + ": the plugin has no goal " + goal.getTextContent());
            }
          }
          for (Element config : elements(e, "configuration")) {
            for (Element p : children(config)) {
              if (!plugin.parameters().contains(p.getTagName())) {
                problems.add(b.where() + ": the plugin has no parameter " + p.getTagName());
              }
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(2);
  }

  // ---------------------------------------------------------------------------------------------

  /** The goals, parameters and user properties of the Maven plugin, from its descriptor. */
  record PluginDescriptor(Set<String> goals, Set<String> parameters, Set<String> properties) {
    static PluginDescriptor load() throws Exception {
      Document d;
      try (var in = Main.class.getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
        assertThat(in).as("the plugin descriptor on the class path").isNotNull();
        d = xmlParser().parse(in);
      }
      Set<String> goals = new java.util.TreeSet<>();
      Set<String> parameters = new java.util.TreeSet<>();
      Set<String> properties = new java.util.TreeSet<>();
      for (Element mojo : elements(d, "mojo")) {
        goals.add(child(mojo, "goal"));
        for (Element parameter : elements(mojo, "parameter")) {
          parameters.add(child(parameter, "name"));
        }
        for (Element config : elements(mojo, "configuration")) {
          for (Element p : children(config)) {
            Matcher m = Pattern.compile("\\$\\{(anke\\.[^}]+)}").matcher(p.getTextContent());
            if (m.find()) {
              properties.add(m.group(1));
            }
          }
        }
      }
      return new PluginDescriptor(goals, parameters, properties);
    }
  }

  private Set<String> managedAnkeArtifacts() throws Exception {
    Document bom = xmlParser().parse(docs.root().resolve("bom/pom.xml").toFile());
    Set<String> artifacts = new java.util.TreeSet<>();
    artifacts.add("anke-bom");
    for (Element e : elements(bom, "dependency")) {
      artifacts.add(child(e, "artifactId"));
    }
    return artifacts;
  }

  private static javax.xml.parsers.DocumentBuilder xmlParser() throws Exception {
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder();
  }

  private static Document parseFragment(String fragment) throws Exception {
    return xmlParser()
        .parse(
            new java.io.ByteArrayInputStream(
                ("<fragment>" + fragment + "</fragment>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(org.w3c.dom.Node in, String... names) {
    List<Element> found = new ArrayList<>();
    for (String name : names) {
      NodeList list =
          in instanceof Document d
              ? d.getElementsByTagName(name)
              : ((Element) in).getElementsByTagName(name);
      for (int i = 0; i < list.getLength(); i++) {
        found.add((Element) list.item(i));
      }
    }
    return found;
  }

  private static List<Element> children(Element parent) {
    List<Element> found = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }

  /** The text of {@code parent}'s direct child {@code name}, or null. */
  private static String child(Element parent, String name) {
    for (Element e : children(parent)) {
      if (e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return null;
  }

  private Stream<Block> blocks(String kind) {
    return docs.all().stream().filter(b -> b.kind().equals(kind));
  }

  private DocShell shell(Block b) throws Exception {
    return DocShell.in(
        Files.createDirectories(temp.resolve(b.doc().replace('/', '_') + "-" + b.line())),
        docs.root());
  }

  /** {@code key=value} pairs separated by blanks. */
  private static Map<String, String> arguments(String argument) {
    Map<String, String> args = new java.util.HashMap<>();
    for (String pair : argument.trim().split("\\s+")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        args.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return args;
  }

  private static final Pattern ANKE = Pattern.compile("^(?:\\$ )?(?:\\./)?anke(?:\\s+(.*))?$");

  /**
   * The words of an {@code anke} command line after {@code anke}, up to the first shell operator or
   * comment; null when the line is not an {@code anke} command.
   */
  static List<String> ankeWords(String line) {
    Matcher m = ANKE.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    String rest = m.group(1) == null ? "" : m.group(1).replace(";", " ; ");
    for (String word : rest.split("\\s+")) {
      if (word.equals("#")
          || word.equals("|")
          || word.equals(";")
          || word.equals("&&")
          || word.startsWith(">")
          || word.startsWith("<")
          || word.startsWith("2>")) {
        if (!word.equals("|")) {
          break;
        }
        continue; // a "|" between alternatives of a synopsis
      }
      String w = word.replaceAll("^[\\[(]+|[\\])]+$", "");
      if (!w.isEmpty() && !w.equals("\\")) {
        words.add(w);
      }
    }
    return words;
  }

  /** What in {@code words} the command line does not know, or null. */
  static String unknownWord(List<String> words) {
    CommandLine root = new CommandLine(new Main());
    CommandLine at = root;
    int i = 0;
    while (i < words.size() && at.getSubcommands().containsKey(words.get(i))) {
      at = at.getSubcommands().get(words.get(i++));
    }
    if (i < words.size() && !words.get(i).startsWith("-") && !at.getSubcommands().isEmpty()) {
      return "'anke " + String.join(" ", words.subList(0, i + 1)) + "': no such command";
    }
    for (; i < words.size(); i++) {
      String w = words.get(i);
      if (!w.matches("--?[A-Za-z][A-Za-z0-9-]*(=.*)?")) {
        continue;
      }
      String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
      if (!hasOption(at.getCommandSpec(), name) && !hasOption(root.getCommandSpec(), name)) {
        return "'"
            + name
            + "' is not an option of 'anke "
            + at.getCommandSpec().qualifiedName(" ").replaceFirst("^\\S+\\s*", "")
            + "'";
      }
    }
    return null;
  }

  private static boolean hasOption(CommandSpec spec, String name) {
    return spec.findOption(name) != null;
  }

  /** Whether a source file or POM of the repository names the property (a test's switch). */
  private boolean sourcesRead(String property) throws Exception {
    return sources().stream()
        .anyMatch(t -> t.contains("\"" + property + "\"") || t.contains("<" + property + ">"));
  }

  private String allPoms() throws Exception {
    StringBuilder all = new StringBuilder();
    for (Map.Entry<Path, String> e : SOURCES.entrySet()) {
      if (e.getKey().getFileName().toString().equals("pom.xml")) {
        all.append(e.getValue());
      }
    }
    return all.toString();
  }

  /** The repository's Java sources and POMs, read once: build output and .git are not walked. */
  private static final Map<Path, String> SOURCES = new java.util.LinkedHashMap<>();

  private java.util.Collection<String> sources() throws Exception {
    synchronized (SOURCES) {
      if (SOURCES.isEmpty()) {
        Files.walkFileTree(
            docs.root(),
            new java.nio.file.SimpleFileVisitor<>() {
              @Override
              public java.nio.file.FileVisitResult preVisitDirectory(
                  Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return name.equals("target") || name.equals(".git") || name.equals("node_modules")
                    ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                    : java.nio.file.FileVisitResult.CONTINUE;
              }

              @Override
              public java.nio.file.FileVisitResult visitFile(
                  Path file, java.nio.file.attribute.BasicFileAttributes attrs)
                  throws java.io.IOException {
                String name = file.getFileName().toString();
                if (name.endsWith(".java") || name.equals("pom.xml")) {
                  SOURCES.put(file, Files.readString(file));
                }
                return java.nio.file.FileVisitResult.CONTINUE;
              }
            });
      }
      return SOURCES.values();
    }
  }
}
