package dev.storescope.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening the window where none can open: a clear message and exit 2, before anything of JavaFX is touched. */
class GuiLauncherTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private GuiLauncher launcher(Map<String, String> env, String os) {
        return new GuiLauncher(env, os, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void withoutADisplayOnLinuxItSaysSoAndExitsTwo() {
        int code = launcher(Map.of("DISPLAY", ""), "Linux").open(null);
        assertEquals(ExitCodes.BAD_INPUT, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("storescope: no display"), message);
        assertTrue(message.contains("storescope --help"), message);
    }

    @Test
    void anX11OrWaylandDisplayIsEnough() {
        assertNull(launcher(Map.of("DISPLAY", ":0"), "Linux").missingDisplay());
        assertNull(launcher(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux").missingDisplay());
        assertNotNull(launcher(Map.of(), "FreeBSD").missingDisplay());
    }

    @Test
    void windowsAndMacNeedNoDisplayVariable() {
        assertNull(launcher(Map.of(), "Windows 11").missingDisplay());
        assertNull(launcher(Map.of(), "Mac OS X").missingDisplay());
    }
}
