package io.anke.scan.internal;

import io.anke.core.rule.MessageId;
import io.anke.core.rule.TextBundle;

/**
 * Every error message of the readers and scanners ({@code io.anke.scan}), one constant per message.
 * The constant's name is its stable id and its key in {@code
 * io/anke/scan/internal/ErrorMessages.properties} (English) and {@code
 * ErrorMessages_zh_CN.properties} (Chinese); the patterns are {@link java.text.MessageFormat}
 * patterns. Anke's exceptions carry the {@link #text(Object...)}; JDK exceptions thrown for misuse
 * of an API carry {@link #english(Object...)}.
 */
public enum ScanMessage implements MessageId {

  // Reading bills of materials (io.anke.scan.bom)
  BOM_CANNOT_READ_FORMAT,
  BOM_ARCHIVE_NOT_A_FILE,
  BOM_NO_SUCH_FILE,
  BOM_PERMISSION_DENIED,
  BOM_CANNOT_READ,
  BOM_EMPTY_FILE,
  BOM_JSON_UNKNOWN,
  BOM_XML_UNKNOWN,
  BOM_SPDX_TAG_VALUE,
  BOM_FORMAT_UNKNOWN,
  BOM_TOO_LARGE,
  BOM_CYCLONEDX_OCCURRENCES,
  BOM_CYCLONEDX_GENERATE,
  BOM_CYCLONEDX_OUTPUT_VERSION,
  BOM_XML_DOCTYPE,
  BOM_XML_ENTITY,
  BOM_XML_MALFORMED,
  BOM_SCHEMA_UNRESTRICTED,
  BOM_SCHEMA_UNREADABLE,
  BOM_XML_SCHEMA_UNLOADABLE,
  BOM_RESOURCE_MISSING,
  BOM_CYCLONEDX_BOM_FORMAT,
  BOM_CYCLONEDX_NO_SPEC_VERSION,
  BOM_DETAIL,
  BOM_SCHEMA_MISMATCH,
  BOM_SCHEMA_MISMATCH_MORE,
  BOM_CYCLONEDX_NAMESPACE,
  BOM_CANNOT_VALIDATE,
  BOM_CYCLONEDX_VERSION,
  BOM_COMPONENT_NO_NAME,
  BOM_COMPONENT_PROBLEM,
  BOM_COMPONENT_NOT_A_CATEGORY,
  BOM_COMPONENT_QUANTITY,
  BOM_SPDX3_GRAPH,
  BOM_SPDX3_VERSION,
  BOM_SPDX3_ELEMENT,
  BOM_SPDX3_RELATIONSHIP,
  BOM_SPDX3_NO_ID,
  BOM_SPDX_PACKAGE_NO_NAME,
  BOM_SPDX3_IDENTIFIER,
  BOM_JSON_NOT_OBJECT,
  BOM_JSON_MALFORMED,
  BOM_JSON_UNREADABLE,
  BOM_SPDX_NO_VERSION,
  BOM_SPDX_VERSION,
  BOM_SPDX_PACKAGES,
  BOM_SPDX_NO_ID,
  BOM_SPDX_EXTERNAL_REF,
  BOM_SPDX_ORGANIZATION,
  BOM_SPDX_RELATIONSHIP,

  // Archives (io.anke.scan.archive)
  ARCHIVE_NO_SUCH_FILE,
  ARCHIVE_CORRUPT,
  ARCHIVE_TRUNCATED,
  ARCHIVE_ENTRY_COUNT_MISMATCH,
  ARCHIVE_LOOP,
  ARCHIVE_CORRUPT_ENTRY,
  ARCHIVE_ENTRY_SIZE_MISMATCH,
  ARCHIVE_TOO_DEEP,
  ARCHIVE_SHA256_MISSING,
  ARCHIVE_LIMITS_POSITIVE,
  ARCHIVE_TOO_MANY_ENTRIES,
  ARCHIVE_TOO_MANY_BYTES,
  ARCHIVE_ZIP_BOMB,

  // The running JVM's class path (io.anke.scan.classpath)
  CLASSPATH_PERMISSION_DENIED,

  // Code scanning (io.anke.scan.bytecode, io.anke.scan.cbom, io.anke.scan.data, io.anke.scan)
  LINE_NOT_NEGATIVE,
  BYTECODE_EMPTY_PACKAGE,
  BYTECODE_THREADS,
  SCAN_THREADS,
  DATA_FIELD_UNNAMED,
  DATA_DECLARATIONS_ONLY,
  DATA_NO_ELEMENT,

  // Configuration files (io.anke.rules.config)
  CONFIG_XML_INVALID,
  CONFIG_XML_UNPARSABLE,
  CONFIG_XML_TOO_MANY,
  CONFIG_ESCAPE_INCOMPLETE,
  CONFIG_ESCAPE_MALFORMED,
  CONFIG_YAML_INVALID,
  CONFIG_YAML_TOO_DEEP,
  CONFIG_YAML_RECURSIVE_ALIAS,
  CONFIG_AT_LINE,
  CONFIG_FILE_TOO_LARGE,

  // Inventories of devices and software (io.anke.scan.bom: CSV and YAML)
  INVENTORY_CSV,
  INVENTORY_YAML,
  INVENTORY_NOT_UTF8,
  INVENTORY_ROW_ENDS,
  INVENTORY_ROW_WIDTH,
  INVENTORY_NO_HEADER,
  INVENTORY_NOT_CSV,
  INVENTORY_CANNOT_READ,
  INVENTORY_EMPTY_COLUMN,
  INVENTORY_COLUMN_TWICE,
  INVENTORY_COLUMN_MISSING,
  INVENTORY_NOT_YAML,
  INVENTORY_KEY_TWICE,
  INVENTORY_ITEMS_NOT_LIST,
  INVENTORY_NO_ITEMS,
  INVENTORY_KEY_NOT_TEXT,
  INVENTORY_ITEM_NOT_MAP,
  INVENTORY_VALUE_NOT_SCALAR,
  INVENTORY_CATEGORY_UNKNOWN,
  INVENTORY_CATEGORY_SOFTWARE,
  INVENTORY_VALUE_EMPTY,
  INVENTORY_QUANTITY;

  @Override
  public TextBundle bundle() {
    return Bundle.ERRORS;
  }

  /** Loaded on first use, after the constants exist. */
  private static final class Bundle {
    static final TextBundle ERRORS =
        TextBundle.of("io.anke.scan.internal.ErrorMessages", ScanMessage.class.getClassLoader());
  }
}
