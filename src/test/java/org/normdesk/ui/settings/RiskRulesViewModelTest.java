package org.normdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.service.Services;
import org.normdesk.ui.common.TaskRunner;
import org.normdesk.ui.common.UserMessages;
import org.normdesk.ui.settings.RiskRulesViewModel.CategoryCount;

/** The 风险规则 tab's model on a real data folder: export, a bad import that changes nothing, a good one, reset. */
class RiskRulesViewModelTest {
    @TempDir
    Path folder;
    @TempDir
    Path files;

    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private RiskRulesViewModel vm;

    @BeforeEach
    void open() {
        services = Services.open(folder, Clock.systemDefaultZone(), "tester");
        vm = new RiskRulesViewModel(services.riskRules(), TaskRunner.direct(), errors::add);
        vm.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsEveryCategoryWithItsRules() {
        String version = services.riskRules().current().version();
        assertThat(vm.versionProperty().get()).contains(version);
        assertThat(vm.categories()).extracting(CategoryCount::category).containsExactly(RiskCategory.values());
        assertThat(vm.categories()).allSatisfy(c -> assertThat(c.rules()).isPositive());
        assertThat(vm.categories().get(0).label()).isEqualTo("设定行政许可");
        assertThat(errors).isEmpty();
    }

    @Test
    void aBadFileIsRefusedInChineseAndAGoodOneIsTakenUntilReset() throws Exception {
        String builtIn = services.riskRules().current().version();
        Path exported = files.resolve("risk-rules.json");
        vm.export(exported);
        assertThat(vm.statusProperty().get()).startsWith("已导出到");
        String json = Files.readString(exported, StandardCharsets.UTF_8);

        Path broken = files.resolve("broken.json");
        Files.writeString(broken, json.substring(0, json.length() / 2), StandardCharsets.UTF_8);
        vm.importFrom(broken);
        assertThat(errors).singleElement().satisfies(e ->
                assertThat(UserMessages.describe(e)).contains("broken.json").contains("不是有效的 JSON"));
        assertThat(services.riskRules().current().version()).isEqualTo(builtIn);
        assertThat(vm.versionProperty().get()).contains(builtIn);

        errors.clear();
        Path edited = files.resolve("edited.json");
        Files.writeString(edited, json.replaceFirst("\"version\"\\s*:\\s*\"[^\"]*\"", "\"version\": \"县局-2025.1\""),
                StandardCharsets.UTF_8);
        vm.importFrom(edited);
        assertThat(errors).isEmpty();
        assertThat(vm.versionProperty().get()).contains("县局-2025.1");
        assertThat(vm.statusProperty().get()).startsWith("已导入规则包 县局-2025.1");

        vm.resetToBuiltIn();
        assertThat(vm.versionProperty().get()).contains(builtIn);
        assertThat(vm.statusProperty().get()).isEqualTo("已恢复内置规则。");
    }
}
