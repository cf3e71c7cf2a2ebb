package io.anke.core.policy;

import io.anke.core.internal.CoreMessage;
import java.util.Objects;

/**
 * A department that owns or uses shared data.
 *
 * @param id the id agreements and annotations use, e.g. {@code public-security}
 * @param zh its Chinese name, e.g. 省公安厅
 * @param en its English name
 */
public record Department(String id, String zh, String en) {
  /** Requires an id; a missing name falls back to the id. */
  public Department {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException(CoreMessage.POLICY_DEPARTMENT_BLANK.english());
    }
    zh = zh == null || zh.isBlank() ? id : zh;
    en = en == null || en.isBlank() ? id : en;
  }
}
