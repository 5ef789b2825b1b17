package org.normdesk.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxLedgerSearchTest {
    @TempDir
    Path dir;

    /**
     * The bench's 100,000-row ledger has a sheet larger than the 100 MB array POI allows; opened as
     * a stream, POI copies each part into such an array and gives up. Here the limit is lowered to
     * 1 MB and the sheet made larger than that: a ledger opened as a file is read part by part.
     */
    @Test
    void aLedgerWhoseSheetIsLargerThanPoisArrayLimitOpensAndIsSearched() throws Exception {
        Path xlsx = dir.resolve("台账.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = book.createSheet("文件");
            for (int i = 0; i < 20_000; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("清河县第" + i + "号文件管理办法");
                row.createCell(1).setCellValue(i % 100 == 0 ? "秸秆综合利用" : "城乡建设");
                row.createCell(2).setCellValue("清政规〔2024〕" + i + "号");
            }
            book.write(out);
        }
        IOUtils.setByteArrayMaxOverride(1_000_000);
        try {
            XlsxLedgerSearch.Figures f = XlsxLedgerSearch.openAndSearch(xlsx, "秸秆");
            assertThat(f.rows()).isEqualTo(20_000);
            assertThat(f.hits()).isEqualTo(200);
        } finally {
            IOUtils.setByteArrayMaxOverride(-1);
        }
    }
}
