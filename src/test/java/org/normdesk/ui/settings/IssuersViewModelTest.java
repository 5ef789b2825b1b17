package org.normdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Problem;
import org.normdesk.service.Services;
import org.normdesk.ui.common.TaskRunner;

class IssuersViewModelTest {
    @TempDir
    Path folder;

    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private IssuersViewModel issuers;

    @BeforeEach
    void open() {
        services = Services.open(folder, Clock.systemDefaultZone(), "tester");
        issuers = new IssuersViewModel(services.issuers(), TaskRunner.direct(), errors::add);
        issuers.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void addsAnIssuerThroughTheForm() {
        IssuerFormViewModel form = issuers.newForm();
        assertThat(form.problems()).extracting(Problem::message).contains("请填写制定主体名称。", "请选择制定主体类别。");
        form.nameProperty().set("江城县教育局");
        form.shortNameProperty().set("江教");
        form.categoryProperty().set(IssuerCategory.DEPARTMENT);
        form.listedSinceProperty().set("2019/3/1");
        assertThat(form.hasErrorsProperty().get()).isFalse();
        AtomicReference<Issuer> saved = new AtomicReference<>();
        form.save(saved::set);
        issuers.changed();
        assertThat(saved.get().id()).isNotNull();
        assertThat(issuers.issuers()).extracting(Issuer::name).containsExactly("江城县教育局");
        assertThat(IssuersViewModel.status(issuers.issuers().get(0))).isEqualTo("在列");
    }

    @Test
    void aDuplicateNameOrAnUnreadableDateIsAnError() {
        services.issuers().add(Issuer.create("江城县教育局", "江教", IssuerCategory.DEPARTMENT, null));
        IssuerFormViewModel form = issuers.newForm();
        form.nameProperty().set("江城县教育局");
        form.categoryProperty().set(IssuerCategory.DEPARTMENT);
        form.listedSinceProperty().set("2019-02-30");
        assertThat(form.problems()).extracting(Problem::message)
                .contains("制定主体“江城县教育局”已在清单中。", "日期“2019-02-30”无法识别，请按“2025-03-16”或“2025年3月16日”填写。");
        form.save(i -> { });
        assertThat(services.issuers().all()).hasSize(1);
    }

    @Test
    void retiringKeepsTheIssuerWithItsDate() {
        services.issuers().add(Issuer.create("城关镇人民政府", "城政", IssuerCategory.TOWNSHIP, null));
        issuers.refresh();
        issuers.retire(issuers.issuers().get(0));
        assertThat(errors).isEmpty();
        assertThat(IssuersViewModel.status(issuers.issuers().get(0))).startsWith("已移出（");
    }
}
