package io.anke.core.classification;

import java.util.Locale;
import java.util.Optional;

/**
 * The classes a field of data can belong to: one grade of GB/T 43697-2024 (core, important or
 * general data) and, for information about a person, whether it is personal or sensitive personal
 * information (PIPL Art. 28, GB/T 35273-2020 Annex B). This enum owns the ids that annotations,
 * sharing agreements and findings use.
 */
public enum DataClass {
  /** 核心数据: national security, lifelines of the economy, major public interest. */
  CORE("core", "核心数据", "core data", Kind.GRADE, 3),
  /** 重要数据: data whose leak or tampering may directly endanger national security or society. */
  IMPORTANT("important", "重要数据", "important data", Kind.GRADE, 2),
  /** 一般数据: all other data; the grade of a field that names none. */
  GENERAL("general", "一般数据", "general data", Kind.GRADE, 1),
  /** 个人信息: information about an identified or identifiable natural person. */
  PERSONAL("personal", "个人信息", "personal information", Kind.PERSONAL, 1),
  /**
   * 敏感个人信息: identity numbers, biometrics, financial accounts, health, whereabouts, minors'
   * information and the like; implies {@link #PERSONAL}.
   */
  SENSITIVE_PERSONAL(
      "sensitive-personal", "敏感个人信息", "sensitive personal information", Kind.PERSONAL, 2);

  /** Whether a class is a grade or says what kind of personal information the data is. */
  public enum Kind {
    GRADE,
    PERSONAL
  }

  private final String id;
  private final String zh;
  private final String en;
  private final Kind kind;
  private final int rank;

  DataClass(String id, String zh, String en, Kind kind, int rank) {
    this.id = id;
    this.zh = zh;
    this.en = en;
    this.kind = kind;
    this.rank = rank;
  }

  /** The id used in files and findings, e.g. {@code sensitive-personal}. */
  public String id() {
    return id;
  }

  /** The Chinese name, e.g. 敏感个人信息. */
  public String zh() {
    return zh;
  }

  /** The English name. */
  public String en() {
    return en;
  }

  /** Grade or personal information. */
  public Kind kind() {
    return kind;
  }

  /**
   * True when this class is at least as strict as {@code other} of the same kind (core over
   * important over general; sensitive personal over personal); false across kinds.
   */
  public boolean atLeast(DataClass other) {
    return kind == other.kind && rank >= other.rank;
  }

  /**
   * True for the classes that GB/T 22239-2019 (8.1.4.8, level 3: confidentiality of important
   * business data and important personal information in storage) and GB/T 35273-2020 (6.3 a:
   * sensitive personal information encrypted at rest) require to be stored encrypted.
   */
  public boolean requiresEncryptionAtLevel(int level) {
    return level >= 3 && (this == CORE || this == IMPORTANT || this == SENSITIVE_PERSONAL);
  }

  /** The class with this id or Chinese name (case-insensitive for the id). */
  public static Optional<DataClass> of(String idOrName) {
    if (idOrName == null) {
      return Optional.empty();
    }
    String s = idOrName.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (DataClass c : values()) {
      if (c.id.equals(s) || c.zh.equals(idOrName.strip())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
