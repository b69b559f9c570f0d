package dev.storescope.dist;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The .deb from {@code mvn -Pdist}, unpacked with {@code dpkg-deb -x} (not installed): files, control fields, scripts. */
class DebPackageIT {
    private static final String OPT = "opt/storescope";

    @TempDir
    static Path tmp;
    private static Path deb;
    private static Path root;

    @BeforeAll
    static void unpack() throws Exception {
        assumeFalse(Dist.SKIP_DEB, "built with -DskipDeb");
        try (Stream<Path> files = Files.list(Dist.DIR)) {
            List<Path> debs = files.filter(p -> p.getFileName().toString().endsWith(".deb")).toList();
            assertEquals(1, debs.size(), "one .deb in " + Dist.DIR + ": " + debs);
            deb = debs.get(0);
        }
        root = tmp.resolve("root");
        Proc.run(tmp, "dpkg-deb", "-x", deb.toString(), root.toString()).expect(0);
        Proc.run(tmp, "dpkg-deb", "-e", deb.toString(), tmp.resolve("control").toString()).expect(0);
    }

    private static String field(String name) throws Exception {
        return Proc.run(tmp, "dpkg-deb", "-f", deb.toString(), name).expect(0).out().strip();
    }

    @Test
    void controlFieldsNameTheAppAndDependOnGtk() throws Exception {
        assertEquals("storescope", field("Package"));
        assertTrue(field("Version").startsWith(Dist.VERSION + "-"), field("Version"));
        assertTrue(field("Description").startsWith("Inspector, repair tool"), field("Description"));
        assertEquals("devel", field("Section"));
        List<String> depends = List.of(field("Depends").split(",\\s*"));
        assertTrue(depends.contains("libgtk-3-0"), depends.toString());
        assertTrue(depends.contains("xdg-utils"), depends.toString()); // postinst/prerm call xdg-desktop-menu, xdg-icon-resource
    }

    @Test
    void theLauncherAndRuntimeAreUnderOpt() throws Exception {
        Path launcher = root.resolve(OPT + "/bin/storescope");
        assertTrue(Files.isExecutable(launcher), launcher.toString());
        assertTrue(Files.isRegularFile(root.resolve(OPT + "/lib/runtime/lib/libglassgtk3.so")));
        assertTrue(Files.isRegularFile(root.resolve(OPT + "/lib/app/storescope-app.jar")));
        // the unpacked copy runs from wherever it lies
        Proc p = Proc.run(tmp, launcher.toString(), "--version").expect(0);
        assertEquals("StoreScope " + Dist.VERSION, p.out().strip());
    }

    @Test
    void theDesktopEntryOpensDirectoriesAndMatchesTheWindowClass() throws Exception {
        Path desktop = root.resolve(OPT + "/lib/storescope-storescope.desktop");
        List<String> lines = Files.readAllLines(desktop);
        for (String line : List.of("Name=StoreScope", "Exec=/opt/storescope/bin/storescope %f", "Icon=storescope",
                "MimeType=inode/directory;", "StartupWMClass=dev.storescope.app.App")) {
            assertTrue(lines.contains(line), line + " in " + lines);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Categories=") && l.contains("Development;")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("GenericName=")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Keywords=") && l.contains("LlamaIndex;")), lines.toString());
        String postinst = Files.readString(tmp.resolve("control/postinst"));
        assertTrue(postinst.contains("xdg-desktop-menu install /opt/storescope/lib/storescope-storescope.desktop"), postinst);
        assertTrue(postinst.indexOf("drop_default_handler /usr/share/applications/defaults.list")
                > postinst.indexOf("xdg-desktop-menu install"), postinst);
        // without a desktop menu system (a server) xdg-desktop-menu exits 3: the package still installs and removes
        assertTrue(postinst.contains("if ! (\nxdg-desktop-menu install"), postinst);
        assertTrue(postinst.contains("install -D -m 644 /opt/storescope/lib/storescope-storescope.desktop "
                + "/usr/share/applications/storescope-storescope.desktop"), postinst);
        String prerm = Files.readString(tmp.resolve("control/prerm"));
        assertTrue(prerm.contains("( xdg-desktop-menu uninstall /opt/storescope/lib/storescope-storescope.desktop ) 2>/dev/null || true"), prerm);
        assertTrue(prerm.contains("rm -f /usr/share/applications/storescope-storescope.desktop"), prerm);
    }

    @Test
    void postinstTakesBackTheDefaultFolderHandlerThatXdgDesktopMenuSets() throws Exception {
        // xdg-desktop-menu install writes inode/directory=storescope-storescope.desktop into defaults.list, which
        // would open every folder in StoreScope; the shipped postinst's drop_default_handler removes just that
        String postinst = Files.readString(tmp.resolve("control/postinst"));
        int start = postinst.indexOf("drop_default_handler() {");
        String function = postinst.substring(start, postinst.indexOf("\n}\n", start) + 3);
        Path list = tmp.resolve("defaults.list");
        Files.writeString(list, "[Default Applications]\ninode/directory=storescope-storescope.desktop\ntext/plain=gedit.desktop\n"
                + "[Other]\ninode/directory=a.desktop;storescope-storescope.desktop;b.desktop\n");
        Proc.run(tmp, "sh", "-ec", function + "drop_default_handler " + list + "; drop_default_handler " + tmp.resolve("none")).expect(0);
        assertEquals("[Default Applications]\ntext/plain=gedit.desktop\n[Other]\ninode/directory=a.desktop;b.desktop\n",
                Files.readString(list));
    }

    @Test
    void postinstWritesAClassDataSharingArchiveThatTheLauncherUses() throws Exception {
        // postinst runs lib/storescope-cds.sh, which dumps the class list for the jars where they lie; run here on
        // the unpacked tree, its archive must map (-Xshare:on fails otherwise) and serve the app's own classes
        String postinst = Files.readString(tmp.resolve("control/postinst"));
        assertTrue(postinst.contains("/opt/storescope/lib/storescope-cds.sh"), postinst);
        Path script = root.resolve(OPT + "/lib/storescope-cds.sh");
        assertFalse(Files.readString(script).matches("(?s).*@[A-Z_]+@.*"), "every placeholder filled in");
        assertTrue(Files.isRegularFile(root.resolve(OPT + "/lib/storescope.classlist")));
        Path jsa = root.resolve(OPT + "/lib/storescope.jsa");
        Proc.run(tmp, script.toString()).expect(0);
        assertTrue(Files.size(jsa) > 10_000_000, "archive size " + Files.size(jsa));
        Proc p = Proc.runWithEnv(tmp, java.util.Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on -Xlog:class+load=info"),
                root.resolve(OPT + "/bin/storescope").toString(), "--version").expect(0);
        assertTrue(p.out().contains("StoreScope " + Dist.VERSION), p.out());
        assertTrue(p.out().contains("dev.storescope.cli.Main source: shared objects file"), "the app's classes come from the archive");
        assertTrue(Files.readString(tmp.resolve("control/prerm")).contains("rm -f /opt/storescope/lib/storescope.jsa"));
    }

    private static Path unpacked(String installedPath) {
        return root.resolve(installedPath.substring(1));
    }

    @Test
    void theThemeIconsShipInEverySizeAndPostinstInstallsThem() throws Exception {
        for (int size : Dist.ICON_SIZES) {
            Path png = root.resolve(OPT + "/lib/icons/hicolor/" + size + "x" + size + "/apps/storescope.png");
            assertArrayEquals(new int[] {size, size}, Dist.pngSize(png), png.toString());
        }
        String postinst = Files.readString(tmp.resolve("control/postinst"));
        assertTrue(postinst.contains("xdg-icon-resource install --noupdate --novendor --mode system --size \"$size\""), postinst);
        assertTrue(postinst.contains("/opt/storescope/lib/icons/hicolor/${size}x${size}/apps/storescope.png"), postinst);
        assertTrue(Files.isRegularFile(root.resolve(OPT + "/lib/storescope.png")));
    }

    @Test
    void theLicenseIsTheDebianCopyrightFile() throws Exception {
        String copyright = Files.readString(root.resolve(OPT + "/share/doc/copyright"));
        assertTrue(copyright.contains("MIT License"), copyright);
    }
}
