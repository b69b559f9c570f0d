package dev.storescope.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;

/** The menu bar: File, Edit, View, with the shortcuts the issue names (Ctrl+O, Ctrl+S, F5, Ctrl+Z, Ctrl+Shift+Z, Delete, Ctrl+F). */
final class MainMenu {
    private final MainWindow window;
    private final Session session;
    private final RecentDirs recent;

    MainMenu(MainWindow window, Session session, RecentDirs recent) {
        this.window = window;
        this.session = session;
        this.recent = recent;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view());
        bar.setId("menuBar");
        return bar;
    }

    private Menu file() {
        MenuItem open = item("Open…", "Shortcut+O", "menuOpen", window::chooseDir);
        Menu openRecent = new Menu("Open Recent");
        openRecent.setId("menuOpenRecent");
        openRecent.setOnShowing(e -> fillRecent(openRecent));
        fillRecent(openRecent);
        MenuItem save = item("Save", "Shortcut+S", "menuSave", window::save);
        MenuItem reload = item("Reload", "F5", "menuReload", window::reload);
        MenuItem quit = item("Quit", "Shortcut+Q", "menuQuit", () -> {
            if (window.confirmDiscard("quit")) javafx.application.Platform.exit();
        });
        session.addListener(() -> save.setDisable(!session.isDirty()));
        save.setDisable(true);
        return menu("File", open, openRecent, new SeparatorMenuItem(), save, reload, new SeparatorMenuItem(), quit);
    }

    private Menu edit() {
        MenuItem undo = item("Undo", "Shortcut+Z", "menuUndo", session::undo);
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menuRedo", session::redo);
        MenuItem delete = item("Delete…", "Delete", "menuDelete", window::deleteSelected);
        MenuItem find = item("Find", "Shortcut+F", "menuFind", () -> window.storePane().focusSearch());
        Runnable refresh = () -> {
            undo.setDisable(!session.canUndo());
            redo.setDisable(!session.canRedo());
            undo.setText(session.canUndo() ? "Undo " + session.undoDescription() : "Undo");
            redo.setText(session.canRedo() ? "Redo " + session.redoDescription() : "Redo");
        };
        session.addListener(refresh);
        refresh.run();
        return menu("Edit", undo, redo, new SeparatorMenuItem(), delete, new SeparatorMenuItem(), find);
    }

    private Menu view() {
        CheckMenuItem readOnly = new CheckMenuItem("Read-only");
        readOnly.setId("menuReadOnly");
        readOnly.setSelected(session.isReadOnly());
        readOnly.setOnAction(e -> session.setReadOnly(readOnly.isSelected()));
        session.addListener(() -> readOnly.setSelected(session.isReadOnly()));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menuDark");
        dark.setSelected(Theme.isDark());
        dark.setOnAction(e -> Theme.apply(dark.isSelected()));
        return menu("View", readOnly, dark);
    }

    private void fillRecent(Menu m) {
        m.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem i = new MenuItem(p.toString());
            i.setOnAction(e -> window.open(p));
            m.getItems().add(i);
        }
        if (m.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            m.getItems().add(none);
        }
    }

    private static Menu menu(String name, MenuItem... items) {
        Menu m = new Menu(name, null, items);
        m.setId("menu" + name);
        return m;
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }
}
