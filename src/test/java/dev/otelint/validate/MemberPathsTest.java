package dev.otelint.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemberPathsTest {

    @Test
    void keepsOnePathPerNameAtAFixedIndexUntilTheObjectIsFull() {
        MemberPaths.Path root = new MemberPaths().root(null);
        for (int i = 0; i < MemberPaths.MAX_MEMBERS; i++) {
            MemberPaths.Path path = root.add("k" + i, null, -1, null, -1);
            assertThat(path.index).isEqualTo(i);
        }
        // a name equal to a kept one, but another String, finds the kept path
        String again = new String("k7".toCharArray());
        assertThat(root.member(again, 0).index).isEqualTo(7);
        assertThat(root.add(again, null, -1, null, -1).index).isEqualTo(7);

        MemberPaths.Path extra = root.add("extra", null, -1, null, -1);
        assertThat(extra.index).isEqualTo(-1);
        assertThat(root.member("extra", 0)).isNull();
        // nothing is kept below a path that is not kept: a new one each record would fill the bound
        assertThat(extra.add("child", null, -1, null, -1).index).isEqualTo(-1);
        assertThat(extra.member("child", 0)).isNull();
        assertThat(extra.elements()).isNotSameAs(extra.elements());
        MemberPaths.Path kept = root.member("k1", 1);
        assertThat(kept.elements()).isSameAs(kept.elements());
        assertThat(kept.elements().add("child", null, -1, null, -1).index).isZero();
    }

    @Test
    void threadsAddingTheSameNamesAgreeOnEachPath() throws Exception {
        MemberPaths.Path root = new MemberPaths().root(null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Set<Future<MemberPaths.Path[]>> results = new HashSet<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    MemberPaths.Path[] got = new MemberPaths.Path[40];
                    for (int i = 0; i < got.length; i++) {
                        got[i] = root.add(("n" + i).intern(), null, -1, null, -1);
                    }
                    return got;
                }));
            }
            start.countDown();
            for (Future<MemberPaths.Path[]> result : results) {
                MemberPaths.Path[] got = result.get(10, TimeUnit.SECONDS);
                for (int i = 0; i < got.length; i++) {
                    assertThat(got[i]).isSameAs(root.member(("n" + i).intern(), 0));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
