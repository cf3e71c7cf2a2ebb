package io.anke.cli;

import static io.anke.cli.KeysetCommand.row;

import io.anke.crypto.keyset.KeyInfo;
import io.anke.crypto.keyset.KeysetHandle;
import io.anke.crypto.keyset.OutputPrefix;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code anke keyset list --keyset FILE --kek FILE}: the keyset's keys, their statuses and which is
 * primary, as a table aligned by display width.
 */
@Command(
    name = "list",
    resourceBundle = "io.anke.cli.KeysetMessages",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true)
final class KeysetListCommand extends KeysetFileCommand {
  @Override
  public Integer call() {
    KeysetHandle h = open();
    PrintWriter out = out();
    out.println(
        t("list.summary", h.type().cliName(), h.keys().size(), KeyInfo.formatId(h.primaryKeyId())));
    out.println(
        row(
            t("list.col.id"),
            t("list.col.status"),
            t("list.col.primary"),
            t("list.col.output"),
            t("list.col.created")));
    DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);
    for (KeyInfo k : h.keys()) {
      out.println(
          row(
              k.idHex(),
              t("status." + k.status().name().toLowerCase(Locale.ROOT)),
              k.primary() ? "*" : "",
              k.outputPrefix() == OutputPrefix.KEY_ID ? "key-id" : "raw",
              iso.format(k.created())));
    }
    out.flush();
    return 0;
  }
}
