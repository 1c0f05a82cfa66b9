package org.govnews.model;

/** Which Chinese script the input was written in (its output is always simplified). */
public enum Script {
  /** 简体. */
  SIMPLIFIED,
  /** 繁體. */
  TRADITIONAL,
  /** Both in notable amounts. */
  MIXED
}
