package io.anke.cli;

import io.anke.core.audit.AuditVerifier;
import picocli.CommandLine.Command;

/**
 * {@code anke audit verify LOG... [--key FILE --kek FILE] [--pubkey FILE]... [--closed] [--format
 * text|json]}: checks audit log files written by {@code io.anke.core.audit.AuditLog} with {@link
 * AuditVerifier} and names the file, line and sequence number of every record changed, removed,
 * inserted or moved. Exit 1 when something shows tampering, else 3 when a file could not be read,
 * else 0 (notices such as a record torn by a crash do not fail).
 */
@Command(
    name = "audit",
    resourceBundle = "io.anke.cli.AuditMessages",
    mixinStandardHelpOptions = true,
    subcommands = {AuditVerifyCommand.class},
    sortOptions = false,
    usageHelpAutoWidth = true)
final class AuditCommand extends CommandGroup {

  /** Output formats of {@code audit verify}. */
  enum Format {
    text,
    json
  }
}
