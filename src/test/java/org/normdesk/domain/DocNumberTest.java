package org.normdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "江政发〔2017〕3号, 江政发〔2017〕3号",
            "江政发[2017]3号, 江政发〔2017〕3号",
            "江政发（2017）3号, 江政发〔2017〕3号",
            "江政发(2017)3号, 江政发〔2017〕3号",
            "江政发【2017】3号, 江政发〔2017〕3号",
            "江政发 〔 2017 〕 3 号, 江政发〔2017〕3号",
            "江政发〔２０１７〕１２号, 江政发〔2017〕12号",
            "江政发〔2017〕03号, 江政发〔2017〕3号",
            "江政发〔2017〕第3号, 江政发〔2017〕3号",
            "沪崇府发〔2025〕32号, 沪崇府发〔2025〕32号",
            "浦科经委规〔2024〕11号, 浦科经委规〔2024〕11号",
            "渝粮规范〔2023〕2号, 渝粮规范〔2023〕2号",
    })
    void acceptsTheWaysOfficesTypeItAndStoresOneForm(String typed, String stored) {
        assertThat(DocNumber.normalize(typed)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "江政发2017年3号", "江政发〔17〕3号", "〔2017〕3号", "江政发〔2017〕号", "江政发〔2017〕0号",
            "江政发〔1800〕3号", "江政发〔2017〕3", "三号文件"})
    void refusesWhatIsNotAFileNumber(String typed) {
        assertThat(DocNumber.parse(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void readsItsParts() {
        DocNumber n = DocNumber.parse("清政办发〔2021〕15号").orElseThrow();
        assertThat(n.prefix()).isEqualTo("清政办发");
        assertThat(n.year()).isEqualTo(2021);
        assertThat(n.serial()).isEqualTo(15);
    }

    @org.junit.jupiter.api.Test
    void searchTextGetsTheSameBrackets() {
        assertThat(DocNumber.normalizeBrackets("江政发[2017]")).isEqualTo("江政发〔2017〕");
        assertThat(DocNumber.normalizeBrackets("管理办法")).isEqualTo("管理办法");
    }
}
