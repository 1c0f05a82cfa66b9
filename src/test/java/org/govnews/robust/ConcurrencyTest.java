package org.govnews.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govnews.GovNewsParser;
import org.govnews.model.Document;
import org.junit.jupiter.api.Test;

/**
 * One parser shared by eight threads over the whole testdata corpus, several times over and each
 * thread in its own order, gives exactly the documents of a sequential run.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 2;

  @Test
  void eightThreadsShareOneParserAndGetTheSequentialRecords() throws Exception {
    List<String> texts = new ArrayList<>(Robust.corpusTexts());
    // the HTML form too: jsoup and the decoder run concurrently as well
    for (String t : Robust.corpusTexts()) {
      texts.add(Robust.toHtml(t));
    }
    // a parser no thread has used yet: lazy initialisation runs under contention
    GovNewsParser shared = GovNewsParser.create();
    GovNewsParser reference = GovNewsParser.create();
    List<Document> sequential = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sequential.add(reference.parse(texts.get(i), "doc-" + i));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Integer> order = new ArrayList<>();
                  for (int r = 0; r < ROUNDS; r++) {
                    for (int i = 0; i < texts.size(); i++) {
                      order.add(i);
                    }
                  }
                  Collections.shuffle(order, new Random(seed));
                  List<String> mismatches = new ArrayList<>();
                  for (int i : order) {
                    Document d = shared.parse(texts.get(i), "doc-" + i);
                    if (!d.equals(sequential.get(i))) {
                      mismatches.add("doc-" + i + " differs from the sequential run");
                    }
                  }
                  return mismatches;
                }));
      }
      start.countDown();
      List<String> all = new ArrayList<>();
      for (Future<List<String>> f : results) {
        all.addAll(f.get(5, TimeUnit.MINUTES));
      }
      assertThat(all).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
