package dev.storescope.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The two layer rules: the library never imports JavaFX; the app never writes JSON behind the library's back. */
class LayerRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.storescope");

    @Test
    void libraryDoesNotImportJavaFx() {
        noClasses().that().resideInAnyPackage("dev.storescope.storage..", "dev.storescope.vector_stores..",
                        "dev.storescope.graph_stores..", "dev.storescope.json..", "dev.storescope.inspect..", "dev.storescope.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .check(CLASSES);
    }

    @Test
    void appDoesNotWriteJsonOrFilesItself() {
        noClasses().that().resideInAPackage("dev.storescope.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.storescope.json.JsonWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.storescope.storage.io.AtomicFileWriter")
                .orShould().callMethod(java.nio.file.Files.class, "write", java.nio.file.Path.class, byte[].class, java.nio.file.OpenOption[].class)
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
