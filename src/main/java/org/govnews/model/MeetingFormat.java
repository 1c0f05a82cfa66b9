package org.govnews.model;

/** How a meeting was held (会议形式). */
public enum MeetingFormat {
  /** 视频 / 电视电话会议, also a hybrid with 分会场 joined by video. */
  VIDEO,
  /** 现场会议, stated as such. */
  IN_PERSON
}
