package io.anke.scan.archive.internal;

import io.anke.scan.archive.ArchiveEntry;
import io.anke.scan.archive.ArchiveVisitor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Several visitors sharing one walk (see {@link ArchiveVisitor#all}). A nested archive is entered
 * when any visitor enters it; a visitor that declined it sees nothing inside it. Every visitor
 * reads an entry's full content: what the ones before it read is kept in memory and replayed to the
 * next, followed by the rest of the walker's stream, so memory stays bounded by what the visitors
 * themselves read.
 */
public final class SharedWalkVisitor implements ArchiveVisitor {
  private final List<ArchiveVisitor> visitors;
  // one frame per container entered: which visitors are inside it
  private final Deque<boolean[]> inside = new ArrayDeque<>();

  /** Shares a walk among {@code visitors}, called in the order given. */
  public SharedWalkVisitor(List<ArchiveVisitor> visitors) {
    this.visitors = List.copyOf(visitors);
  }

  private boolean[] current() {
    boolean[] top = inside.peek();
    if (top == null) {
      top = new boolean[visitors.size()];
      Arrays.fill(top, true);
    }
    return top;
  }

  @Override
  public boolean enterArchive(ArchiveEntry archive) {
    boolean[] outer = current();
    boolean[] frame = new boolean[visitors.size()];
    boolean any = false;
    for (int i = 0; i < frame.length; i++) {
      // the walk root is entered whatever a visitor answers
      frame[i] = outer[i] && (visitors.get(i).enterArchive(archive) || archive.chain().isEmpty());
      any |= frame[i];
    }
    if (any) {
      inside.push(frame);
    }
    return any;
  }

  @Override
  public void leaveArchive(ArchiveEntry archive, String sha256) {
    boolean[] frame = inside.pop();
    for (int i = 0; i < frame.length; i++) {
      if (frame[i]) {
        visitors.get(i).leaveArchive(archive, sha256);
      }
    }
  }

  @Override
  public void visitEntry(ArchiveEntry entry, InputStream content) throws IOException {
    boolean[] active = current();
    int last = active.length - 1;
    while (last >= 0 && !active[last]) {
      last--;
    }
    ByteArrayOutputStream seen = new ByteArrayOutputStream(0);
    for (int i = 0; i <= last; i++) {
      if (!active[i]) {
        continue;
      }
      InputStream rest = i == last ? content : new Recording(content, seen);
      InputStream stream =
          seen.size() == 0
              ? rest
              : new SequenceInputStream(new ByteArrayInputStream(seen.toByteArray()), rest);
      visitors.get(i).visitEntry(entry, stream);
    }
  }

  /** Keeps a copy of the bytes read from the walker's stream for the visitors that follow. */
  private static final class Recording extends FilterInputStream {
    private final ByteArrayOutputStream copy;

    Recording(InputStream in, ByteArrayOutputStream copy) {
      super(in);
      this.copy = copy;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        copy.write(b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        copy.write(b, off, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // skipped bytes must still reach the visitors that follow
      byte[] buffer = new byte[(int) Math.max(0, Math.min(n, 8192))];
      return Math.max(read(buffer, 0, buffer.length), 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // the walker owns the entry stream
    }
  }
}
