package org.govnews.model;

/** The level of a place in China's administrative divisions (行政区划级别). */
public enum PlaceLevel {
  /** 省级: province, autonomous region, municipality, SAR. */
  PROVINCE,
  /** 地级: prefecture-level city, prefecture, league, autonomous prefecture. */
  PREFECTURE,
  /** 县级: county, district, county-level city, banner (and Hong Kong and Macau districts). */
  COUNTY,
  /** A development or reform zone (综改示范区, 高新区): a place, not an administrative division. */
  ZONE
}
