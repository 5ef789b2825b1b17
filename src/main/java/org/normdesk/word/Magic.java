package org.normdesk.word;

import java.util.Arrays;

/** What the first bytes of a file say it is; the extension is never trusted (a PDF renamed .docx is common). */
enum Magic {
    ZIP(new byte[] {'P', 'K', 3, 4}),
    OLE2(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}),
    PDF(new byte[] {'%', 'P', 'D', 'F'}),
    RTF(new byte[] {'{', '\\', 'r', 't', 'f'}),
    OTHER(new byte[0]);

    private final byte[] signature;

    Magic(byte[] signature) {
        this.signature = signature;
    }

    static Magic of(byte[] head) {
        for (Magic m : values()) {
            if (m != OTHER && head.length >= m.signature.length
                    && Arrays.equals(Arrays.copyOf(head, m.signature.length), m.signature)) {
                return m;
            }
        }
        return OTHER;
    }
}
