package dev.storescope.inspect.check;

import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Done-when 1 (checks): a healthy generated dir gives no finding; each defect of {@link Defects}
 * makes its check fire, and no other check (beyond the ones the defect inherently implies).
 */
class CheckFixturesTest {
    @TempDir
    static Path tmp;
    static Path base;

    @BeforeAll
    static void generate() {
        base = GeneratedDir.generate(tmp);
    }

    static CheckReport check(Path dir) throws Exception {
        return Checker.run(StorageContext.fromPersistDir(dir));
    }

    @Test
    void healthyGeneratedDirHasNoFinding() throws Exception {
        CheckReport r = check(base);
        assertEquals(List.of(), r.findings());
        assertEquals(0, r.exitCode());
    }

    @Test
    void everyCheckHasAFixture() {
        Set<CheckId> covered = EnumSet.noneOf(CheckId.class);
        for (Defects.Defect d : Defects.all()) covered.add(d.check());
        assertEquals(EnumSet.allOf(CheckId.class), covered, "checks without a fixture");
    }

    @TestFactory
    Stream<DynamicTest> eachCheckFiresOnItsFixtureOnly() {
        return Defects.all().stream().map(d -> DynamicTest.dynamicTest(d.check().id(), () -> {
            Path dir = GeneratedDir.copy(base, tmp.resolve("fixture-" + d.check().id()));
            d.injection().inject(dir);
            CheckReport r = check(dir);
            Set<CheckId> fired = new HashSet<>();
            for (Finding f : r.findings()) fired.add(f.check());
            assertTrue(fired.contains(d.check()), d.check() + " did not fire; got " + r.findings());
            Set<CheckId> allowed = new HashSet<>(d.also());
            allowed.add(d.check());
            assertEquals(allowed, fired, "findings " + r.findings());
            for (Finding f : r.of(d.check())) {
                assertNotNull(f.location(), "location");
                assertFalse(f.message().isBlank());
                assertEquals(d.check().repair(), f.repair());
                if (f.location().file() != null) assertNotNull(f.location().ref(), "a ValueRef for the GUI: " + f);
            }
            int expectedExit = r.count(Severity.ERROR) > 0 ? 2 : r.count(Severity.WARNING) > 0 ? 1 : 0;
            assertEquals(expectedExit, r.exitCode());
        }));
    }
}
