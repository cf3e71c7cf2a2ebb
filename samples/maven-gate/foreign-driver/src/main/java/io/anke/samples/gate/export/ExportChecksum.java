package io.anke.samples.gate.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checksum that travels with each export file to the receiving platform. */
public final class ExportChecksum {
  private ExportChecksum() {}

  public static String of(Path exportFile) throws IOException, NoSuchAlgorithmException {
    MessageDigest md5 = MessageDigest.getInstance("MD5"); // what the gate reports
    try (InputStream in = new DigestInputStream(Files.newInputStream(exportFile), md5)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md5.digest());
  }
}
