package org.normdesk.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.extract.LedgerRow;

/** A ledger with a caption above its headings, Chinese column names and every spelling of a date, as .xlsx and .xls. */
class LedgerReaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void findsHeadingsAndReadsDates(String ext) throws Exception {
        Path file = dir.resolve("台账." + ext);
        try (Workbook wb = ext.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("目录");
            s.createRow(0).createCell(0).setCellValue("清河县行政规范性文件目录（2017年）");
            Row h = s.createRow(2);
            String[] heads = {"序号", "文件名称", "发文字号", "制定机关", "印发日期", "施行日期", "有效期至", "时效性"};
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
            }
            Row a = s.createRow(3);
            a.createCell(0).setCellValue(1);
            a.createCell(1).setCellValue("清河县城市道路管理办法");
            a.createCell(2).setCellValue("清政发[2017]3号");
            a.createCell(3).setCellValue("清河县人民政府");
            a.createCell(4).setCellValue("2017.3.1");
            Cell excelDate = a.createCell(5);
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            excelDate.setCellValue(LocalDate.of(2017, 4, 1));
            excelDate.setCellStyle(style);
            a.createCell(6).setCellValue("2022年3月31日");
            a.createCell(7).setCellValue("现行有效");
            Row b = s.createRow(4);
            b.createCell(1).setCellValue("清河县财政资金管理办法");
            b.createCell(4).setCellValue("2017-05-02");
            s.createRow(5); // an empty row
            wb.write(out);
        }
        List<LedgerRow> rows = new LedgerReader(50L << 20).read(file);
        assertThat(rows).hasSize(2);
        LedgerRow r = rows.get(0);
        assertThat(r.rowNumber()).isEqualTo(4);
        assertThat(r.title()).isEqualTo("清河县城市道路管理办法");
        assertThat(r.docNumber()).isEqualTo("清政发[2017]3号");
        assertThat(r.issuer()).isEqualTo("清河县人民政府");
        assertThat(r.signedOn()).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(r.effectiveOn()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(r.validUntil()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(r.status()).isEqualTo("现行有效");
        assertThat(rows.get(1).signedOn()).isEqualTo(LocalDate.of(2017, 5, 2));
    }
}
