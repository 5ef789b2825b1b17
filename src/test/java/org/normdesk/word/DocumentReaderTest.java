package org.normdesk.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.extract.ReadProblem;

/** Every kind of bad file fails alone, with its own reason and a Chinese sentence; good files read. */
class DocumentReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private Path sampleDocx(String name) throws IOException {
        return new RedHeadDocx()
                .add(RedHeadDocx.Kind.RED_HEAD, "清河县人民政府文件")
                .add(RedHeadDocx.Kind.DOC_NUMBER, "清政发〔2025〕3号")
                .add(RedHeadDocx.Kind.TITLE, "清河县城市道路管理办法")
                .add(RedHeadDocx.Kind.BODY, "第一条 为了加强城市道路管理，制定本办法。")
                .add(RedHeadDocx.Kind.SIGNATURE, "清河县人民政府")
                .add(RedHeadDocx.Kind.SIGNATURE, "2025年2月14日")
                .write(dir.resolve(name));
    }

    private ReadProblem problemOf(Path file, DocumentReader r) {
        UnreadableDocumentException e = catchThrowableOfType(() -> r.read(file), UnreadableDocumentException.class);
        assertThat(e).as(file.toString()).isNotNull();
        assertThat(e.failure().message()).doesNotContain("!import").doesNotContain("Exception");
        return e.failure().problem();
    }

    @Test
    void readsDocxWithStyleHints() throws Exception {
        LoadedDocument doc = reader.read(sampleDocx("a.docx"));
        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(doc.paragraphs().get(0).centered()).isTrue();
        assertThat(doc.paragraphs().get(2).bold()).isTrue();
        assertThat(doc.paragraphs().get(2).fontSize()).isEqualTo(22f);
        assertThat(doc.paragraphs().get(5).rightAligned()).isTrue();
    }

    @Test
    void formatComesFromContentNotName() throws Exception {
        Path docxCalledTxt = Files.move(sampleDocx("b.docx"), dir.resolve("b.txt"));
        assertThat(reader.read(docxCalledTxt).format()).isEqualTo(DocumentFormat.DOCX);
        Path pdfCalledDocx = Files.write(dir.resolve("c.docx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problemOf(pdfCalledDocx, reader)).isEqualTo(ReadProblem.PDF);
    }

    @Test
    void readsUtf8AndGb18030Text() throws Exception {
        String text = "清河县人民政府文件\n清政发〔2025〕3号\n清河县城市道路管理办法\n第一条 为了加强管理。\n";
        Path utf8 = Files.writeString(dir.resolve("u.txt"), text, StandardCharsets.UTF_8);
        Path gb = Files.write(dir.resolve("g.docx"), text.getBytes(Charset.forName("GB18030")));
        assertThat(reader.read(utf8).paragraphs().get(2).text()).isEqualTo("清河县城市道路管理办法");
        assertThat(reader.read(gb).paragraphs().get(2).text()).isEqualTo("清河县城市道路管理办法");
        assertThat(reader.read(gb).format()).isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void emptyAndMissingFiles() throws Exception {
        assertThat(problemOf(Files.createFile(dir.resolve("empty.docx")), reader)).isEqualTo(ReadProblem.EMPTY);
        assertThat(problemOf(dir.resolve("nowhere.docx"), reader)).isEqualTo(ReadProblem.NOT_FOUND);
        assertThat(problemOf(Files.writeString(dir.resolve("blank.txt"), "\n  \n"), reader)).isEqualTo(ReadProblem.NO_TEXT);
    }

    @Test
    void truncatedAndCorruptDocx() throws Exception {
        byte[] bytes = Files.readAllBytes(sampleDocx("t.docx"));
        Path truncated = Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(problemOf(truncated, reader)).isIn(ReadProblem.CORRUPT, ReadProblem.UNSUPPORTED_FORMAT);
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;
        assertThat(problemOf(Files.write(dir.resolve("garbage.docx"), garbage), reader))
                .isIn(ReadProblem.CORRUPT, ReadProblem.UNSUPPORTED_FORMAT);
        byte[] ole = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole, 0, 8);
        assertThat(problemOf(Files.write(dir.resolve("broken.doc"), ole), reader)).isEqualTo(ReadProblem.CORRUPT);
    }

    @Test
    void binaryJunkIsNotText() throws Exception {
        byte[] junk = {1, 0, 2, 0, 3, 0, 4, 5};
        assertThat(problemOf(Files.write(dir.resolve("x.txt"), junk), reader)).isEqualTo(ReadProblem.UNSUPPORTED_FORMAT);
    }

    @Test
    void passwordProtectedDocx() throws Exception {
        Path plain = sampleDocx("p.docx");
        Path encrypted = dir.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("123456");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(problemOf(encrypted, reader)).isEqualTo(ReadProblem.ENCRYPTED);
    }

    @Test
    void tooLargeIsRefusedBeforeReading() throws Exception {
        Path file = sampleDocx("big.docx");
        DocumentReader tiny = new DocumentReader(1024);
        assertThat(problemOf(file, tiny)).isEqualTo(ReadProblem.TOO_LARGE);
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(problemOf(bomb, reader)).isEqualTo(ReadProblem.ZIP_BOMB);
    }
}
