package org.normdesk.eval;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Turns a real file into a broken one, the ways files arrive broken at an office: bytes flipped,
 * cut short, runs of zeros, a damaged or missing part inside a .docx/.xlsx zip, sizes in the zip
 * headers that lie, a modest zip bomb, hostile XML (entity expansion, deep nesting), a file under
 * the wrong extension (a .docx that is a .doc, a picture renamed .docx), an empty file, text in
 * another encoding. The same seed and random numbers give the same file.
 */
final class Mutator {
    /** A broken file: what was done (for the report) and the bytes under the name it is saved with. */
    record Mutant(String how, String extension, byte[] bytes) {
    }

    private static final String[] ZIP_PARTS = {"word/document.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
            "[Content_Types].xml", "xl/workbook.xml", "word/styles.xml", "_rels/.rels", "xl/styles.xml"};

    private final Random random;
    private final List<FuzzSeeds.Seed> seeds;

    Mutator(Random random, List<FuzzSeeds.Seed> seeds) {
        this.random = random;
        this.seeds = seeds;
    }

    Mutant next() throws IOException {
        FuzzSeeds.Seed seed = seeds.get(random.nextInt(seeds.size()));
        String ext = seed.kind().extension;
        int pick = random.nextInt(100);
        if (pick < 22) {
            return new Mutant("flip:" + seed.name(), ext, flip(seed.bytes()));
        } else if (pick < 32) {
            return new Mutant("truncate:" + seed.name(), ext, truncate(seed.bytes()));
        } else if (pick < 42) {
            return new Mutant("zeros:" + seed.name(), ext, zeros(seed.bytes()));
        } else if (pick < 70 && seed.kind().zip()) {
            return zipPart(seed);
        } else if (pick < 76 && seed.kind().zip()) {
            return new Mutant("zipHeaderSizes:" + seed.name(), ext, lyingSizes(seed.bytes()));
        } else if (pick < 80 && seed.kind().zip()) {
            return new Mutant("zipBomb:" + seed.name(), ext, bomb(seed, 40 + random.nextInt(120)));
        } else if (pick < 90) {
            return wrongName(seed);
        } else if (pick < 95) {
            return new Mutant("head:" + seed.name(), ext, flipHead(seed.bytes()));
        }
        return odd(ext);
    }

    private byte[] flip(byte[] in) {
        byte[] b = in.clone();
        int n = 1 + random.nextInt(32);
        for (int i = 0; i < n; i++) {
            b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
    }

    /** Flips in the first 4 KB, where the zip local header, the OLE2 header and its FAT live. */
    private byte[] flipHead(byte[] in) {
        byte[] b = in.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            b[random.nextInt(Math.min(b.length, 4096))] = (byte) random.nextInt(256);
        }
        return b;
    }

    private byte[] truncate(byte[] in) {
        return Arrays.copyOf(in, random.nextInt(Math.max(1, in.length)));
    }

    private byte[] zeros(byte[] in) {
        byte[] b = in.clone();
        int from = random.nextInt(b.length);
        int len = Math.min(b.length - from, 1 + random.nextInt(4096));
        Arrays.fill(b, from, from + len, (byte) 0);
        return b;
    }

    /** Re-zips the file with one part damaged, replaced by hostile XML, or left out. */
    private Mutant zipPart(FuzzSeeds.Seed seed) throws IOException {
        Map<String, byte[]> parts = unzip(seed.bytes());
        List<String> names = new ArrayList<>(parts.keySet());
        String target = random.nextBoolean() ? ZIP_PARTS[random.nextInt(ZIP_PARTS.length)] : names.get(random.nextInt(names.size()));
        if (!parts.containsKey(target)) {
            target = names.get(random.nextInt(names.size()));
        }
        byte[] xml = parts.get(target);
        String how;
        switch (random.nextInt(8)) {
            case 0 -> {
                parts.remove(target);
                how = "zipDelete";
            }
            case 1 -> {
                parts.put(target, Arrays.copyOf(xml, random.nextInt(Math.max(1, xml.length))));
                how = "zipTruncatePart";
            }
            case 2 -> {
                parts.put(target, flip(xml.length == 0 ? new byte[1] : xml));
                how = "zipFlipPart";
            }
            case 3 -> {
                parts.put(target, entityExpansion());
                how = "zipEntityExpansion";
            }
            case 4 -> {
                parts.put(target, deepNesting(20_000 + random.nextInt(80_000)));
                how = "zipDeepNesting";
            }
            case 5 -> {
                parts.put(target, externalEntity());
                how = "zipExternalEntity";
            }
            case 6 -> {
                parts.put(target, hugeText(xml));
                how = "zipHugeText";
            }
            default -> {
                parts.put(target, "<w:document xmlns:w=\"x\"><w:body><w:p>".getBytes(StandardCharsets.UTF_8));
                how = "zipUnclosedXml";
            }
        }
        return new Mutant(how + ":" + target + ":" + seed.name(), seed.kind().extension, zip(parts));
    }

    /** The zip's declared sizes (local headers and central directory) changed to lies, up to 4 GB. */
    private byte[] lyingSizes(byte[] in) {
        byte[] b = in.clone();
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 30 < b.length; i++) {
            int sig = buf.getInt(i);
            boolean local = sig == 0x04034b50;
            boolean central = sig == 0x02014b50 && i + 46 < b.length;
            if ((local || central) && random.nextInt(3) == 0) {
                int sizeAt = local ? i + 18 : i + 20; // compressed, then uncompressed size
                int value = random.nextBoolean() ? -1 : random.nextInt();
                buf.putInt(sizeAt + (random.nextBoolean() ? 4 : 0), value);
            }
        }
        return b;
    }

    /** A well-formed file whose main part inflates to {@code megabytes} of spaces: modest on disk, huge inside. */
    private byte[] bomb(FuzzSeeds.Seed seed, int megabytes) throws IOException {
        Map<String, byte[]> parts = unzip(seed.bytes());
        String target = parts.containsKey("word/document.xml") ? "word/document.xml" : "xl/worksheets/sheet1.xml";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals(target)) {
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    zip.write(e.getValue(), 0, Math.max(0, e.getValue().length - 20));
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                } else {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The file under another format's extension, or a non-document under a document's. */
    private Mutant wrongName(FuzzSeeds.Seed seed) throws IOException {
        String[] exts = {"docx", "doc", "xlsx", "xls", "txt"};
        String ext = exts[random.nextInt(exts.length)];
        if (random.nextInt(4) == 0) {
            return new Mutant("png-as-" + ext, ext, png());
        }
        return new Mutant("renamed-" + seed.kind().extension + "-as-" + ext + ":" + seed.name(), ext, seed.bytes());
    }

    /** Files that were never documents: empty, a PDF header, random bytes, text in GBK or UTF-16, one huge line. */
    private Mutant odd(String ext) {
        return switch (random.nextInt(7)) {
            case 0 -> new Mutant("empty", ext, new byte[0]);
            case 1 -> new Mutant("pdf-header", ext, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
            case 2 -> {
                byte[] b = new byte[1 + random.nextInt(64 * 1024)];
                random.nextBytes(b);
                yield new Mutant("random", ext, b);
            }
            case 3 -> new Mutant("gbk-text", ext, sampleText().getBytes(Charset.forName("GBK")));
            case 4 -> new Mutant("utf16-text", ext, sampleText().getBytes(StandardCharsets.UTF_16));
            case 5 -> new Mutant("one-huge-line", ext, ("第一条 " + "本办法自公布之日起施行。".repeat(60_000))
                    .getBytes(StandardCharsets.UTF_8));
            default -> new Mutant("zip-header-only", ext, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        };
    }

    private static String sampleText() {
        return "清河县人民政府文件\n清政发〔2024〕3号\n清河县城市道路管理办法\n第一条 为了加强城市道路管理，制定本办法。\n"
                + "第二条 本办法自2024年3月1日起施行，有效期至2029年2月28日。\n清河县人民政府\n2024年2月1日\n";
    }

    private static byte[] entityExpansion() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        String previous = "lol";
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
            previous = "lol" + i;
        }
        dtd.append("]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
        return dtd.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] externalEntity() {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deepNesting(int depth) {
        StringBuilder b = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        b.append("<w:tbl><w:tr><w:tc>".repeat(depth / 3));
        b.append("<w:p><w:r><w:t>深</w:t></w:r></w:p>");
        b.append("</w:tc></w:tr></w:tbl>".repeat(depth / 3));
        b.append("</w:body></w:document>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The part with one text run made a few megabytes long (a paragraph without end). */
    private byte[] hugeText(byte[] xml) {
        String s = new String(xml, StandardCharsets.UTF_8);
        int at = s.indexOf("<w:t>");
        if (at < 0) {
            at = s.indexOf("<t>");
        }
        if (at < 0) {
            return xml;
        }
        int close = s.indexOf('>', at) + 1;
        String filler = "有效期至二〇二九年二月二十八日，第".repeat(50_000 + random.nextInt(100_000));
        return (s.substring(0, close) + filler + s.substring(close)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(40 + random.nextInt(200), 40 + random.nextInt(200), BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
