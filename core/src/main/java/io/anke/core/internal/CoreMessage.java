package io.anke.core.internal;

import io.anke.core.rule.MessageId;
import io.anke.core.rule.Text;
import io.anke.core.rule.TextBundle;
import java.util.List;

/**
 * Every error message of the core module, one constant per message. The constant's name is its
 * stable id and its key in {@code io/anke/core/internal/ErrorMessages.properties} (English) and
 * {@code ErrorMessages_zh_CN.properties} (Chinese); the patterns are {@link
 * java.text.MessageFormat} patterns. Anke's exceptions carry the {@link #text(Object...)}; JDK
 * exceptions thrown for misuse of an API carry {@link #english(Object...)}.
 */
public enum CoreMessage implements MessageId {

  // Delivery manifests (io.anke.core.manifest)
  MANIFEST_NO_SUCH_INPUT,
  MANIFEST_CANNOT_LIST,
  MANIFEST_OUTSIDE_DIRECTORY,
  MANIFEST_UNNAMEABLE,
  MANIFEST_UNREADABLE_FILE,
  MANIFEST_NOTHING_TO_SIGN,
  MANIFEST_CANNOT_WRITE,
  MANIFEST_NO_FINAL_LF,
  MANIFEST_CRLF,
  MANIFEST_DIGEST_UNSUPPORTED,
  MANIFEST_LINE_MALFORMED,
  MANIFEST_BAD_PATH,
  MANIFEST_DUPLICATE_PATH,
  MANIFEST_EMPTY,
  MANIFEST_VERSION_UNSUPPORTED,
  MANIFEST_NOT_A_MANIFEST,
  MANIFEST_KEYSET_NO_ENABLED_KEY,
  MANIFEST_KEY_UNUSABLE,
  MANIFEST_KEY_UNREADABLE,
  MANIFEST_FILE_TOO_LARGE,
  MANIFEST_FILE_MISSING,
  MANIFEST_FILE_UNREADABLE,
  MANIFEST_PART_MANIFEST,
  MANIFEST_PART_SIGNATURE,
  MANIFEST_PART_TRUSTED_KEY,
  MANIFEST_NOT_UTF8,
  MANIFEST_PATH_EMPTY,
  MANIFEST_PATH_CONTROL,
  MANIFEST_PATH_BACKSLASH,
  MANIFEST_PATH_ABSOLUTE,
  MANIFEST_PATH_DOT_SEGMENT,
  MANIFEST_PATH_PARENT,

  // Severities and thresholds (io.anke.core)
  SEVERITY_UNKNOWN,
  FAIL_ON_UNKNOWN,

  // Access policies (io.anke.core.policy)
  POLICY_CANNOT_READ,
  POLICY_NO_SUCH_FIELD,
  POLICY_DEPARTMENT_TWICE,
  POLICY_RESOURCE_NAME_TAKEN,
  POLICY_NULL_RECORD,
  POLICY_MIXED_RECORDS,
  POLICY_DEPARTMENT_BLANK,

  // The engine (io.anke.core.engine)
  ENGINE_PROVIDER_FAILED,
  ENGINE_RULE_ID_RESERVED,
  ENGINE_RULE_ID_TWICE,
  ENGINE_WAIVER_FILE_MISSING,
  ENGINE_FOREIGN_FINDING,

  // Reports (io.anke.core.report)
  REPORT_WIDTH_TOO_SMALL,
  REPORT_FORMAT_ID_TWICE,
  REPORT_FORMAT_PROVIDER_FAILED,
  REPORT_FORMAT_UNKNOWN,
  REPORT_NOT_A_URI,
  REPORT_HTML_RESOURCE_MISSING,

  // Audit trail (io.anke.core.audit)
  AUDIT_NOT_A_RECORD_LINE,
  AUDIT_CHECKPOINT_EVERY,
  AUDIT_ROTATE_AT_BYTES,
  AUDIT_DURATION_RANGE,
  AUDIT_VERIFY_INTERRUPTED,
  AUDIT_EVENT_TYPE_MALFORMED,
  AUDIT_EVENT_TYPE_RESERVED,
  AUDIT_RECORD_NOT_OBJECT,
  AUDIT_RECORD_VERSION,
  AUDIT_RECORD_SEQ,
  AUDIT_RECORD_NOT_ONE_OBJECT,
  AUDIT_RECORD_NOT_JSON,
  AUDIT_RECORD_INCOMPLETE,
  AUDIT_RECORD_PREV,
  AUDIT_RECORD_NOT_STRING,
  AUDIT_RECORD_ATTRS,
  AUDIT_TAIL_NO_LINE_END,
  AUDIT_TAIL_TOO_LONG,

  // The running JVM's security settings (io.anke.core.runtime)
  RUNTIME_SSL_CONTEXT_FAILED,
  RUNTIME_BC_SEARCH_FAILED,
  RUNTIME_BC_CLASS_FAILED,
  RUNTIME_BC_MANIFEST_FAILED,

  // Baselines (io.anke.core.baseline)
  BASELINE_NOT_JSON,
  BASELINE_NOT_OBJECT,
  BASELINE_VERSION,
  BASELINE_NO_FINDINGS,
  BASELINE_BAD_FINGERPRINT,
  BASELINE_CANNOT_WRITE,

  // Chinese identifiers (io.anke.core.validation)
  ID_NOT_RESIDENT_ID,
  ID_CREDIT_CODE_BODY,
  ID_ORGANIZATION_CODE_BODY,
  ID_NOT_ORGANIZATION_CODE,
  ID_NOT_MOBILE_NUMBER,
  ID_LUHN_EMPTY,
  ID_DIGITS,

  // Masking (io.anke.core.masking)
  MASKING_KEEP_ENDS,

  // Bills of materials (io.anke.core.bom) and the rule SPI (io.anke.core.rule)
  LINE_NOT_NEGATIVE,
  FACT_NAMED_BY_DESCRIPTION,
  COMPONENT_NO_NAME,
  COMPONENT_QUANTITY,
  COMPONENT_NULL_ENTRY,
  LOCATION_NO_FILE,
  INPUT_GAP_BLANK,
  INPUT_GAP_NO_CATEGORIES,
  FACT_KEY_NAME,
  SUBJECT_KIND,
  SUBJECT_ID_BLANK,
  RULE_ID_MALFORMED,
  RULE_BAD_PROFILE,
  RULE_BAD_CATEGORY,
  SHA256_MISSING,
  FINDING_NO_SUBJECT,
  FINDING_NO_MESSAGE,

  // Start-up guard (io.anke.core.guard)
  GUARD_MANIFEST_KEY_REQUIRED,
  GUARD_NOT_A_PATH,
  GUARD_MODE_UNKNOWN,
  GUARD_SELF_TEST_INTERRUPTED,
  GUARD_CANNOT_WRITE_REPORT,

  // Classification (io.anke.core.classification)
  CLASSIFICATION_NO_FIELD,

  // Configuration files (io.anke.core.files, io.anke.core.internal)
  CONFIG_FILE_TOO_LARGE,
  CONFIG_NOT_YAML,
  CONFIG_NO_SUCH_FILE,
  CONFIG_PERMISSION_DENIED,
  CONFIG_CANNOT_READ,
  CONFIG_NOT_UTF8,

  // The vendor catalog (io.anke.core.catalog)
  CATALOG_NOT_FOUND,
  CATALOG_CANNOT_READ,
  CATALOG_ID_TWICE,
  CATALOG_NOT_A_CATEGORY,
  CATALOG_EMPTY,
  CATEGORY_NAME_TWICE,

  // Access policy files (io.anke.core.policy)
  POLICY_EMPTY,

  // Profiles (io.anke.core.profile)
  PROFILE_UNKNOWN_RULE,
  PROFILE_EMPTY,
  PROFILE_DEFINED_TWICE,
  PROFILE_UNKNOWN,
  PROFILE_UNKNOWN_NONE_KNOWN,
  PROFILE_EXTENDS_UNKNOWN,
  PROFILE_CYCLE,
  PROFILE_EXTENDS_ITSELF,
  PROFILE_SOURCE_FAILED,

  // Waivers (io.anke.core.waiver)
  WAIVER_REASON_UNKNOWN,

  // The structure of YAML files (io.anke.core.files.ConfigNode)
  YAML_NOT_A_MAPPING,
  YAML_KEY_NOT_PLAIN,
  YAML_DUPLICATE_KEY,
  YAML_UNKNOWN_KEY,
  YAML_NOT_A_LIST,
  YAML_NOT_TEXT,
  YAML_EMPTY_TEXT,
  YAML_MISSING_KEY,
  YAML_VALUE_REJECTED,

  // The structure of catalog files (io.anke.core.catalog)
  CATALOG_DATE_NOT_ISO,
  CATALOG_NO_ENTRIES,
  CATALOG_ENTRY_ID_TWICE,
  CATALOG_ENTRY_ID_MALFORMED,
  CATALOG_UNKNOWN_CATEGORY,
  CATALOG_UNKNOWN_CATEGORY_NAME,
  CATALOG_BAD_STANDING,
  CATALOG_BAD_STATUS,
  CATALOG_BAD_COUNTRY,
  CATALOG_SEVERITY_NOT_WATCH_LIST,
  CATALOG_BAD_SEVERITY,
  CATALOG_NO_VENDOR,
  CATALOG_VENDOR_NO_NAME,
  CATALOG_UNCONFIRMED_NOT_DETECTED,
  CATALOG_CPU_PARTS_NO_IMPLEMENTER,
  CATALOG_BAD_MAVEN_PATTERN,
  CATALOG_BAD_MANIFEST_FACT,
  CATALOG_BAD_SHA256,
  CATALOG_NOT_A_MAPPING,
  CATALOG_KEY_NOT_PLAIN,
  CATALOG_UNKNOWN_KEY,
  CATALOG_DUPLICATE_KEY,
  CATALOG_NOT_A_LIST,
  CATALOG_NOT_SINGLE,
  CATALOG_ITEMS_NOT_SINGLE,
  CATALOG_EMPTY_ITEM,
  CATALOG_VALUES_NOT_SINGLE,

  // The structure of policy files (io.anke.core.policy)
  POLICY_VERSION,
  POLICY_BAD_ZONE,
  POLICY_UNKNOWN_ACTION,
  POLICY_UNKNOWN_DATA_CLASS,
  POLICY_NOT_A_DATE,

  // The structure of profile files (io.anke.core.profile)
  PROFILE_ID_MALFORMED,
  PROFILE_BAD_SEVERITY,
  PROFILE_BAD_FAIL_ON,
  PROFILE_MISSING_KEY,
  PROFILE_NEEDS_BOTH_LANGUAGES,

  // The structure of waiver files (io.anke.core.waiver)
  WAIVER_MISSING_FIELD,
  WAIVER_BAD_EXPIRES,

  // What a YAML node is, as messages name it
  YAML_WHAT_WAIVER_FILE,
  YAML_WHAT_WAIVER_ENTRY,
  YAML_WHAT_POLICY,
  YAML_WHAT_DEPARTMENT,
  YAML_WHAT_AGREEMENT,
  YAML_WHAT_ACTION,
  YAML_WHAT_DATA_CLASS,
  YAML_WHAT_PROFILE,
  YAML_WHAT_ENTRY,
  YAML_WHAT_BILINGUAL,
  YAML_WHAT_SEVERITY_OF,
  CATALOG_WHAT_CATALOG,
  CATALOG_WHAT_ENTRY;

  @Override
  public TextBundle bundle() {
    return Bundle.ERRORS;
  }

  /**
   * The accepted values of a vocabulary as a message argument, listed in each language's way
   * ({@code a, b} and {@code a、b}), so that a message naming them is never a stale copy of the enum
   * that owns them.
   */
  public static Text choices(List<String> ids) {
    return new Text(String.join("、", ids), String.join(", ", ids));
  }

  /** Loaded on first use, after the constants exist. */
  private static final class Bundle {
    static final TextBundle ERRORS =
        TextBundle.of("io.anke.core.internal.ErrorMessages", CoreMessage.class.getClassLoader());
  }
}
