package dev.storescope.inspect.check;

import dev.storescope.inspect.repair.Change;
import dev.storescope.inspect.repair.Repair;
import dev.storescope.inspect.repair.RepairSession;
import dev.storescope.inspect.repair.Repairs;
import dev.storescope.storage.StorageContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Done-when 1 (repairs): for every fixture whose check has a repair, the preview names the keys
 * and leaves the context as it was; applying and persisting leaves no finding of the check (and no
 * new finding), and a byte-level review of the files finds exactly the keys the preview named
 * changed, every other entry byte for byte and in its place.
 */
class RepairFixturesTest {
    @TempDir
    static Path tmp;
    static Path base;

    @BeforeAll
    static void generate() {
        base = GeneratedDir.generate(tmp);
    }

    @TestFactory
    Stream<DynamicTest> everyRepairFixesItsFixtureAndChangesOnlyTheKeysItNames() {
        return Defects.all().stream().filter(d -> d.check().repair() != null && !d.check().repair().equals("salvage"))
                .map(d -> DynamicTest.dynamicTest(d.check().repair() + " for " + d.check().id(), () -> {
                    Path dir = GeneratedDir.copy(base, tmp.resolve("repair-" + d.check().id()));
                    d.injection().inject(dir);
                    Map<String, byte[]> before = DiskDiff.read(dir);
                    StorageContext ctx = StorageContext.fromPersistDir(dir);
                    CheckReport found = Checker.run(ctx);
                    List<Repair> repairs = Repairs.plan(found.of(d.check()));
                    assertEquals(1, repairs.size(), "one repair for the findings of one check");
                    assertEquals(d.check().repair(), repairs.get(0).id());

                    List<RepairSession.Result> preview = RepairSession.preview(ctx, repairs);
                    assertFalse(preview.get(0).changes().isEmpty(), "the preview names what changes");
                    assertEquals(found.findings(), Checker.run(ctx).findings(), "a preview leaves the stores as they were");

                    List<RepairSession.Result> applied = RepairSession.apply(ctx, repairs);
                    assertEquals(named(preview), named(applied), "apply changes what the preview showed");
                    ctx.persist();

                    CheckReport after = Checker.run(StorageContext.fromPersistDir(dir));
                    assertEquals(List.of(), after.of(d.check()), "no finding of " + d.check() + " after the repair");
                    Set<CheckId> left = new HashSet<>();
                    for (Finding f : after.findings()) left.add(f.check());
                    Set<CheckId> allowed = new HashSet<>(d.also());
                    allowed.addAll(d.leftByRepair());
                    assertTrue(allowed.containsAll(left), "no new findings: " + after.findings());

                    Set<String> onDisk = DiskDiff.changedEntries(before, DiskDiff.read(dir));
                    assertEquals(named(applied), onDisk, "only the keys the repair names changed, byte for byte");
                }));
    }

    private static Set<String> named(List<RepairSession.Result> results) {
        Set<String> s = new LinkedHashSet<>();
        for (RepairSession.Result r : results) {
            for (Change c : r.changes()) {
                s.add(c.isRename() ? "rename|" + c.renamedFrom() + "|" + c.renamedTo() : c.file() + "|" + c.collection() + "|" + c.key());
            }
        }
        return s;
    }
}
