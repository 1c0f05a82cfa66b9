package org.govnews.model;

/** What a named person does at a meeting, as the text says it. */
public enum Role {
  /** 主持: chairs the meeting. */
  CHAIR,
  /** 讲话 / 提出要求 / 发言: speaks, or gives a reported statement. */
  SPEAKER,
  /** 汇报 / 通报 / 作说明: reports or presents. */
  PRESENTER,
  /** 出席 / 参加: attends. */
  ATTENDEE,
  /** 列席: attends without a vote. */
  OBSERVER
}
