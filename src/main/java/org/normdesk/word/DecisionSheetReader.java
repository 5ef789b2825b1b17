package org.normdesk.word;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.normdesk.domain.extract.ReadProblem;

/**
 * Reads cleanup decisions from an Excel sheet: a heading row (among the first ten) naming at least
 * 清理结果 and 文件名称 or 文号, then one document per row. Every sheet with such a heading is read, so
 * the .xlsx the 清理结果目录 export writes (one sheet per outcome) comes back in as it is after editing.
 * Only the cells are read here; what they mean is the service's business.
 */
public final class DecisionSheetReader {
    private static final int HEADER_SEARCH_ROWS = 10;

    /** The columns understood, with the headings that name them. */
    public enum Column {
        TITLE("文件名称", "名称", "标题", "文件标题"),
        DOC_NUMBER("文号", "发文字号"),
        OUTCOME("清理结果", "清理意见", "结果", "处理意见"),
        REASON("理由", "清理理由", "原因"),
        REASON_NOTE("说明", "理由说明", "具体说明"),
        UNIT("实施部门", "责任单位", "责任部门", "实施单位"),
        NOTE("备注");

        private final List<String> headings;

        Column(String... headings) {
            this.headings = List.of(headings);
        }

        static Column of(String heading) {
            String h = heading.replaceAll("\\s", "");
            for (Column c : values()) {
                if (c.headings.contains(h)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** One row: its sheet, its 1-based row number as Excel shows it, and the cells by column (blank: absent). */
    public record SheetRow(String sheet, int line, Map<Column, String> cells) {
        public String get(Column c) {
            String v = cells.get(c);
            return v == null ? "" : v.strip();
        }
    }

    /** What the file held: the rows, and how many sheets had a usable heading row. */
    public record Result(List<SheetRow> rows, int sheets) {
    }

    public Result read(Path file) throws UnreadableDocumentException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableDocumentException(name, ReadProblem.EMPTY, null, null);
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, ReadProblem.NOT_FOUND, null, e);
        }
        DataFormatter formatter = new DataFormatter();
        List<SheetRow> rows = new ArrayList<>();
        int sheets = 0;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                Map<Integer, Column> columns = null;
                for (Row row : sheet) {
                    if (columns == null) {
                        if (row.getRowNum() > sheet.getFirstRowNum() + HEADER_SEARCH_ROWS) {
                            break;
                        }
                        columns = heading(row, formatter);
                        if (columns != null) {
                            sheets++;
                        }
                        continue;
                    }
                    Map<Column, String> cells = new HashMap<>();
                    for (Map.Entry<Integer, Column> e : columns.entrySet()) {
                        Cell c = row.getCell(e.getKey());
                        if (c != null) {
                            cells.put(e.getValue(), formatter.formatCellValue(c));
                        }
                    }
                    rows.add(new SheetRow(sheet.getSheetName(), row.getRowNum() + 1, cells));
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(name, ReadProblem.ENCRYPTED, null, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name, ReadProblem.CORRUPT, e.getMessage(), e);
        }
        return new Result(rows, sheets);
    }

    /** The row's columns if it is a heading row (it names 清理结果 and a title or 文号), else null. */
    private static Map<Integer, Column> heading(Row row, DataFormatter formatter) {
        Map<Integer, Column> columns = new HashMap<>();
        for (Cell c : row) {
            Column col = Column.of(formatter.formatCellValue(c));
            if (col != null && !columns.containsValue(col)) {
                columns.put(c.getColumnIndex(), col);
            }
        }
        boolean outcome = columns.containsValue(Column.OUTCOME);
        boolean identifies = columns.containsValue(Column.TITLE) || columns.containsValue(Column.DOC_NUMBER);
        return outcome && identifies ? columns : null;
    }
}
