package io.anke.cli;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes browser screenshots small enough to commit: a page is a few flat colours plus the
 * anti-aliased edges of text, so 256 colours (the most frequent ones, every other pixel mapped to
 * the nearest of them) keep it legible at about half the size of the browser's true-colour PNG.
 */
final class Screenshots {
  private static final int COLOURS = 256;

  private Screenshots() {}

  /** {@code png} as an 8-bit palette PNG of the same dimensions, deflated as far as it goes. */
  static byte[] compact(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int w = image.getWidth();
    int h = image.getHeight();
    int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
    Map<Integer, Integer> frequency = new HashMap<>();
    for (int p : rgb) {
      frequency.merge(p & 0xffffff, 1, Integer::sum);
    }
    List<Map.Entry<Integer, Integer>> byFrequency = new ArrayList<>(frequency.entrySet());
    byFrequency.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    int n = Math.min(COLOURS, byFrequency.size());
    int[] palette = new int[n];
    for (int i = 0; i < n; i++) {
      palette[i] = byFrequency.get(i).getKey();
    }
    Map<Integer, Integer> index = new HashMap<>();
    byte[] r = new byte[n];
    byte[] g = new byte[n];
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      r[i] = (byte) (palette[i] >> 16);
      g[i] = (byte) (palette[i] >> 8);
      b[i] = (byte) palette[i];
      index.put(palette[i], i);
    }
    BufferedImage out =
        new BufferedImage(
            w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, n, r, g, b));
    byte[] pixels = new byte[w * h];
    for (int i = 0; i < rgb.length; i++) {
      int c = rgb[i] & 0xffffff;
      pixels[i] = (byte) (int) index.computeIfAbsent(c, x -> nearest(palette, x));
    }
    out.getRaster().setDataElements(0, 0, w, h, pixels);
    return write(out);
  }

  private static int nearest(int[] palette, int c) {
    int best = 0;
    long bestDistance = Long.MAX_VALUE;
    for (int i = 0; i < palette.length; i++) {
      int dr = (palette[i] >> 16 & 0xff) - (c >> 16 & 0xff);
      int dg = (palette[i] >> 8 & 0xff) - (c >> 8 & 0xff);
      int db = (palette[i] & 0xff) - (c & 0xff);
      long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    return best;
  }

  private static byte[] write(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (param.canWriteCompressed()) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0f);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
