package org.govnews.model;

/** Whether a directive asks for something or judges something. */
public enum DirectiveKind {
  /** 要 / 必须 / 务必 / 坚决 …: asks for action. */
  REQUIREMENT,
  /** A judgement or description (认为 / 指出 that …). */
  ASSESSMENT
}
