package org.normdesk.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.OpinionTemplate;

/**
 * The starter list of 常用修改意见 shipped with normdesk (review/starter-opinions.tsv): the opinions
 * every county writes again and again (许可, 处罚, 强制, 收费, 增加义务, 证明事项, 公平竞争 …), so that
 * a new office does not begin with an empty list. The office edits them in 设置 like its own.
 */
final class StarterOpinions {
    static final String RESOURCE = "/review/starter-opinions.tsv";

    private StarterOpinions() {
    }

    static List<OpinionTemplate> load() {
        try (InputStream in = StarterOpinions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            List<OpinionTemplate> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(RESOURCE + ": a line needs 4 tab-separated fields: " + line);
                }
                out.add(new OpinionTemplate(null, ChecklistItem.valueOf(f[0].strip()), f[1].strip(), f[2].strip(),
                        f[3].strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
