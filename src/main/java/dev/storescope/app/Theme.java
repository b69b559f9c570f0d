package dev.storescope.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light or dark AtlantaFX Primer theme for the whole application. */
final class Theme {
    private static boolean dark;

    private Theme() {
    }

    static void apply(boolean darkTheme) {
        dark = darkTheme;
        Application.setUserAgentStylesheet((darkTheme ? new PrimerDark() : new PrimerLight()).getUserAgentStylesheetBSS()); // the binary form: no CSS parse at start-up
    }

    static boolean isDark() {
        return dark;
    }
}
