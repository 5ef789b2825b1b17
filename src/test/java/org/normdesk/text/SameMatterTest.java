package org.normdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whether two titles speak of the same matter, as a 全面清理 asks of each document and every newer one. */
class SameMatterTest {
    @Test
    void aNoticeIssuingARevisedVersionSpeaksOfTheSameMatterAsTheRulesThemselves() {
        assertThat(SameMatter.matter("关于印发清河县养犬管理暂行办法（2016年修订）的通知")).isEqualTo("清河县养犬管理办法");
        assertThat(SameMatter.same("关于印发清河县养犬管理暂行办法（2016年修订）的通知", "清河县养犬管理办法")).isTrue();
        assertThat(SameMatter.same("清河县城市道路占用挖掘管理办法", "清河县城市道路占用与挖掘管理办法")).isTrue();
        assertThat(SameMatter.same("清河县养犬管理办法", "清河县殡葬管理办法")).isFalse();
        assertThat(SameMatter.same("关于印发通知的通知", "通知")).as("too short to say").isFalse();
    }

    /**
     * The bigrams made once give exactly the answer of the Dice similarity counted on the strings
     * themselves ({@link #diceOfStrings}, the way it was computed before the bigrams were kept).
     */
    @Test
    void theMatterComparedOnItsPreparedBigramsDecidesAsTheSimilarityOfTheStrings() {
        Random random = new Random(11);
        String alphabet = "清河县城市道路管理办法养犬殡葬农村集体资产住房公积金提取实施细则规定暂行";
        List<String[]> pairs = new ArrayList<>();
        String previous = "清河县";
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder("清河县");
            int length = 4 + random.nextInt(20);
            for (int j = 0; j < length; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            // a near copy (one character changed), and an unrelated one
            StringBuilder near = new StringBuilder(b);
            near.setCharAt(3 + random.nextInt(length), alphabet.charAt(random.nextInt(alphabet.length())));
            pairs.add(new String[] {b.toString(), near.toString()});
            pairs.add(new String[] {b.toString(), previous});
            previous = b.toString();
        }
        int same = 0;
        for (String[] pair : pairs) {
            double dice = diceOfStrings(pair[0], pair[1]);
            assertThat(Similarity.dice(pair[0], pair[1])).as("%s / %s", pair[0], pair[1]).isEqualTo(dice);
            boolean expected = pair[0].equals(pair[1]) || dice >= SameMatter.THRESHOLD;
            assertThat(SameMatter.sameMatter(pair[0], pair[1])).as("%s / %s", pair[0], pair[1]).isEqualTo(expected);
            same += expected ? 1 : 0;
        }
        assertThat(same).as("pairs that are the same matter").isBetween(100, pairs.size() - 300);
    }

    /** Dice of character bigrams straight from the strings: each bigram of b counted while a still has one left. */
    private static double diceOfStrings(String a, String b) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer n = grams.get(b.substring(i, i + 2));
            if (n != null && n > 0) {
                common++;
                grams.put(b.substring(i, i + 2), n - 1);
            }
        }
        return 2.0 * common / (a.length() - 1 + b.length() - 1);
    }
}
