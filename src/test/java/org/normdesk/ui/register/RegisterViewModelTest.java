package org.normdesk.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.service.Services;
import org.normdesk.ui.common.TaskRunner;

class RegisterViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private RegisterViewModel register;

    @BeforeEach
    void open() {
        services = Services.open(folder, Clock.systemDefaultZone(), "tester");
        Issuer government = services.issuers().add(Issuer.create("江城县人民政府", "江政", IssuerCategory.GOVERNMENT, null));
        Issuer township = services.issuers().add(Issuer.create("城关镇人民政府", "城政", IssuerCategory.TOWNSHIP, null));
        for (int i = 1; i <= 60; i++) {
            Issuer by = i % 3 == 0 ? township : government;
            services.register().create(NormativeDocument.draft(String.format("第%02d号管理办法", i), by.id(),
                    DocumentKind.MEASURES).toBuilder().signedOn(LocalDate.of(2020 + i % 2, 1, 1)).build());
        }
        register = new RegisterViewModel(services.register(), services.issuers(), TaskRunner.direct(), errors::add);
        register.loadChoices();
        register.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsOnePageAndCounts() {
        assertThat(register.rows()).hasSize(50);
        assertThat(register.pageTextProperty().get()).isEqualTo("第 1/2 页，共 60 件");
        assertThat(register.canGoBackProperty().get()).isFalse();
        register.nextPage();
        assertThat(register.rows()).hasSize(10);
        assertThat(register.pageTextProperty().get()).isEqualTo("第 2/2 页，共 60 件");
        assertThat(register.canGoForwardProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void searchesAndFiltersInTheDatabase() {
        register.search("第07号");
        assertThat(register.rows()).extracting(RegisterRow::title).containsExactly("第07号管理办法");
        register.search("");
        register.categoryProperty().set(register.categoryChoices().stream()
                .filter(c -> c.value() == IssuerCategory.TOWNSHIP).findFirst().orElseThrow());
        assertThat(register.pageTextProperty().get()).endsWith("共 20 件");
        register.yearProperty().set(register.yearChoices().stream()
                .filter(c -> Integer.valueOf(2021).equals(c.value())).findFirst().orElseThrow());
        assertThat(register.rows()).allMatch(r -> r.issuerCategory() == IssuerCategory.TOWNSHIP
                && r.signedOn().getYear() == 2021);
        register.stageProperty().set(register.stageChoices().stream()
                .filter(c -> c.value() == Stage.PUBLISHED).findFirst().orElseThrow());
        assertThat(register.rows()).isEmpty();
    }

    @Test
    void sortsInTheDatabaseAcrossPages() {
        register.sortBy(RegisterColumn.TITLE, false);
        assertThat(register.rows().get(0).title()).isEqualTo("第01号管理办法");
        register.sortBy(RegisterColumn.TITLE, true);
        assertThat(register.rows().get(0).title()).isEqualTo("第60号管理办法");
    }

    @Test
    void offersTheIssuersAndYearsWithAll() {
        assertThat(register.issuerChoices().get(0).isAll()).isTrue();
        assertThat(register.issuerChoices()).extracting(c -> c.label())
                .containsExactlyInAnyOrder("全部", "城关镇人民政府", "江城县人民政府");
        assertThat(register.yearChoices()).extracting(c -> c.label()).containsExactly("全部", "2021年", "2020年");
    }
}
