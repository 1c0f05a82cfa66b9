/**
 * govnews: reads Chinese government and official-media news into typed records. The API is {@link
 * org.govnews.GovNewsParser} and the records of {@code org.govnews.model}; every other package is
 * internal.
 */
@SuppressWarnings("requires-automatic") // com.ibm.icu: ICU4J ships an Automatic-Module-Name only
module org.govnews {
  requires org.jsoup;
  requires com.ibm.icu;
  requires org.slf4j;
  // nullness annotations (@NullMarked, @Nullable): needed to compile, not to run
  requires static org.jspecify;

  exports org.govnews;
  exports org.govnews.model;
}
