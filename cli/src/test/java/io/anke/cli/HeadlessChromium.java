package io.anke.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with nothing but the JDK's WebSocket
 * client and Jackson. Started with no network: every request goes to a proxy on a port where
 * nothing listens, and no host name resolves, so a page that tried to load anything would fail (and
 * show it in {@link Page#requests()}).
 *
 * <p>Each {@link Page} is a tab attached in flat mode; it records what a test asserts on: console
 * calls, uncaught exceptions and log entries at warning or error level ({@link Page#problems()}),
 * and the URL of every request the page made ({@link Page#requests()}).
 */
final class HeadlessChromium implements AutoCloseable {
  /** Where Debian's {@code chromium} package installs the browser. */
  static final Path DEBIAN_BINARY = Path.of("/usr/bin/chromium");

  /** Set to {@code true} to skip the browser tests in a local run without Chromium. */
  static final String SKIP_PROPERTY = "browser.skip";

  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration COMMAND = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path log;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, Path log, WebSocket socket) {
    this.process = process;
    this.log = log;
    this.socket = socket;
  }

  /**
   * The browser binary: {@link #DEBIAN_BINARY}, else {@code chromium} found on {@code PATH}; null
   * when there is none.
   */
  static Path binary() {
    if (Files.isExecutable(DEBIAN_BINARY)) {
      return DEBIAN_BINARY;
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, "chromium");
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * Starts the browser with a fresh profile in {@code dir} and connects to it.
   *
   * @throws IOException when it does not start; the message holds the end of its output
   */
  static HeadlessChromium start(Path binary, Path dir) throws IOException, InterruptedException {
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Path log = dir.resolve("chromium.log");
    List<String> command =
        List.of(
            binary.toString(),
            "--headless=new",
            "--remote-debugging-port=0",
            "--user-data-dir=" + profile,
            "--no-sandbox",
            // No network: a proxy where nothing listens, loopback included, and no name resolves.
            "--proxy-server=http://127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-sync",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--mute-audio",
            "--force-color-profile=srgb",
            "--lang=en-US",
            "about:blank");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      Path portFile = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + START.toNanos();
      List<String> lines = List.of();
      while (lines.size() < 2) {
        if (!process.isAlive()) {
          throw new IOException(
              "chromium exited with status " + process.exitValue() + ": " + tail(log));
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("chromium did not open its DevTools port: " + tail(log));
        }
        Thread.sleep(100);
        if (Files.isRegularFile(portFile)) {
          lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
        }
      }
      URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
      Receiver receiver = new Receiver();
      WebSocket socket =
          HttpClient.newBuilder()
              .proxy(HttpClient.Builder.NO_PROXY)
              .build()
              .newWebSocketBuilder()
              .connectTimeout(COMMAND)
              .buildAsync(uri, receiver)
              .get(COMMAND.toSeconds(), TimeUnit.SECONDS);
      HeadlessChromium browser = new HeadlessChromium(process, log, socket);
      receiver.browser = browser;
      return browser;
    } catch (IOException | InterruptedException | RuntimeException e) {
      destroy(process);
      throw e;
    } catch (ExecutionException | TimeoutException e) {
      destroy(process);
      throw new IOException("cannot connect to chromium's DevTools port: " + tail(log), e);
    }
  }

  /** A new tab of {@code width} × {@code height} CSS pixels; a phone's when narrower than 500. */
  Page open(int width, int height) throws IOException {
    JsonNode target = send(null, "Target.createTarget", params("url", "about:blank"));
    String targetId = target.get("targetId").asText();
    ObjectNode attach = params("targetId", targetId);
    attach.put("flatten", true);
    String session = send(null, "Target.attachToTarget", attach).get("sessionId").asText();
    Page page = new Page(targetId, session);
    pages.put(session, page);
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      send(session, domain + ".enable", params());
    }
    page.resize(width, height);
    return page;
  }

  /** One tab. */
  final class Page {
    private final String targetId;
    private final String session;
    private final List<JsonNode> events = new ArrayList<>();
    private final List<String> requests = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private Page(String targetId, String session) {
      this.targetId = targetId;
      this.session = session;
    }

    /** Sets the viewport; below 500 CSS pixels wide it is a phone's (mobile, touch layout). */
    void resize(int width, int height) throws IOException {
      ObjectNode p = params();
      p.put("width", width);
      p.put("height", height);
      p.put("deviceScaleFactor", 1);
      p.put("mobile", width < 500);
      send(session, "Emulation.setDeviceMetricsOverride", p);
    }

    /** Loads {@code url} and waits for its load event. */
    void navigate(String url) throws IOException {
      int seen;
      synchronized (events) {
        seen = events.size();
      }
      JsonNode r = send(session, "Page.navigate", params("url", url));
      if (r.hasNonNull("errorText")) {
        throw new IOException("cannot load " + url + ": " + r.get("errorText").asText());
      }
      long deadline = System.nanoTime() + COMMAND.toNanos();
      synchronized (events) {
        while (events.subList(seen, events.size()).stream()
            .noneMatch(e -> e.path("method").asText().equals("Page.loadEventFired"))) {
          long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
          if (left <= 0) {
            throw new IOException("no load event from " + url);
          }
          try {
            events.wait(left);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading " + url, e);
          }
        }
      }
    }

    /**
     * The value of a JavaScript expression (awaited when it is a promise).
     *
     * @throws IOException when it throws, naming the expression and the exception
     */
    JsonNode eval(String expression) throws IOException {
      ObjectNode p = params("expression", expression);
      p.put("returnByValue", true);
      p.put("awaitPromise", true);
      JsonNode r = send(session, "Runtime.evaluate", p);
      if (r.has("exceptionDetails")) {
        throw new IOException(
            "the page threw on " + expression + ": " + r.get("exceptionDetails").toString());
      }
      return r.path("result").path("value");
    }

    /** A PNG of the viewport. */
    byte[] screenshot() throws IOException {
      ObjectNode p = params("format", "png");
      p.put("captureBeyondViewport", false);
      return Base64.getDecoder()
          .decode(send(session, "Page.captureScreenshot", p).get("data").asText());
    }

    /** Lays the page out for {@code media} ({@code print} or {@code screen}). */
    void emulateMedia(String media) throws IOException {
      send(session, "Emulation.setEmulatedMedia", params("media", media));
    }

    /** The page printed to PDF on A4 as the browser prints it, with backgrounds. */
    byte[] printToPdf() throws IOException {
      ObjectNode p = params();
      p.put("paperWidth", 8.27);
      p.put("paperHeight", 11.69);
      p.put("preferCSSPageSize", true);
      p.put("printBackground", true);
      return Base64.getDecoder().decode(send(session, "Page.printToPDF", p).get("data").asText());
    }

    /** The URL of every request the page made, in order. */
    List<String> requests() {
      synchronized (events) {
        return List.copyOf(requests);
      }
    }

    /** Console calls, uncaught exceptions and warning or error log entries, as text. */
    List<String> problems() {
      synchronized (events) {
        return List.copyOf(problems);
      }
    }

    void close() throws IOException {
      send(null, "Target.closeTarget", params("targetId", targetId));
      pages.remove(session);
    }

    private void event(JsonNode message) {
      String method = message.path("method").asText();
      JsonNode p = message.path("params");
      synchronized (events) {
        events.add(message);
        switch (method) {
          case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
          case "Runtime.consoleAPICalled" ->
              problems.add("console." + p.path("type").asText() + ": " + p.path("args"));
          case "Runtime.exceptionThrown" ->
              problems.add("exception: " + p.path("exceptionDetails"));
          case "Log.entryAdded" -> {
            String level = p.path("entry").path("level").asText();
            if (level.equals("warning") || level.equals("error")) {
              problems.add("log " + level + ": " + p.path("entry").path("text").asText());
            }
          }
          default -> {}
        }
        events.notifyAll();
      }
    }
  }

  private static ObjectNode params(String... keyValues) {
    ObjectNode p = JSON.createObjectNode();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      p.put(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }

  /** Sends a command (to the browser when {@code session} is null) and waits for its result. */
  private JsonNode send(String session, String method, ObjectNode params) throws IOException {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    try {
      socket.sendText(JSON.writeValueAsString(message), true).get(COMMAND.toSeconds(), SECONDS);
      JsonNode response = result.get(COMMAND.toSeconds(), SECONDS);
      if (response.has("error")) {
        throw new IOException(method + " failed: " + response.get("error"));
      }
      return response.path("result");
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException(method + " got no answer from chromium: " + tail(log), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(method + " interrupted", e);
    } finally {
      pending.remove(id);
    }
  }

  private static final TimeUnit SECONDS = TimeUnit.SECONDS;

  private void receive(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      return;
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> f = pending.get(message.get("id").asInt());
      if (f != null) {
        f.complete(message);
      }
      return;
    }
    Page page = pages.get(message.path("sessionId").asText());
    if (page != null) {
      page.event(message);
    }
  }

  /** Collects the frames of each message; CDP messages (screenshots) span many frames. */
  private static final class Receiver implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();
    private volatile HeadlessChromium browser;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        HeadlessChromium b = browser;
        if (b != null) {
          b.receive(text);
        }
      }
      webSocket.request(1);
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true).get(10, SECONDS);
      process.waitFor(10, SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // The browser is ended below in any case.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      socket.abort();
      destroy(process);
    }
  }

  private static void destroy(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    } catch (IOException | java.io.UncheckedIOException e) {
      return "(no output)";
    }
  }
}
