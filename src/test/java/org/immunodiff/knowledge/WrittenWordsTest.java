package org.immunodiff.knowledge;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a phrase was read from are shown as the report writes them: the text is lined up with its reading. */
class WrittenWordsTest {
    private static final long SEED = 20261128L;
    /** Characters that reading changes: Greek, ligatures, accents written apart, kana and their voicing marks (also
     * half-width), Korean, Turkish dotted and dotless i, full-width and mathematical letters, Traditional Chinese. */
    private static final String[] PIECES = {"a", "B", " ", ".", "é", "e\u0301", "ﬁ", "α", "Σ", "ς", "β-", "İ", "ı", "ß", "Ａ",
            "\uD835\uDC00", "😀", "か", "\u3099", "が", "ｶ", "ﾞ", "ﾟ", "ﾊ", "パ", "한", "국", "紡", "錘", "形", "細", "胞", "見",
            "㌢", "½", "ŉ", "⑴", "\u0301", "Ω", "ω", "Ⅷ", "\u00A0", "\t", "ü", "Ø"};

    @Test
    void everyTextIsLinedUpWithItsReadingAndEachCharacterReadsAsItsPartOfTheReading() {
        Random random = new Random(SEED);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) text.append(PIECES[random.nextInt(PIECES.length)]);
            assertLinedUp(text.toString());
        }
        for (String text : new String[] {"紡錘形細胞が束状に増殖する。ｶﾞﾝ.", "Short Intersecting Fascicles. ΟΣ", "か\u3099", "한국어 か\u3099",
                "café au lait", "cafe\u0301", "ﬁbrous", "İzmir", "ＡＢＣ", "\uD835\uDC00", "α-SMA positive"}) {
            assertLinedUp(text);
        }
    }

    @Test
    void aReadingThatIsNotTheTextsIsNotLinedUp() {
        assertThat(Names.writtenOffsets("abc", "xyz")).isSameAs(Names.NOT_LINED_UP);
        assertThat(Names.writtenOffsets("abc", "ab")).isSameAs(Names.NOT_LINED_UP);
    }

    @Test
    void aPhraseEndingInsideTheReadingOfOneCharacterShowsTheWholeCharacter() {
        PhraseDictionary<String> d = new PhraseDictionary<>();
        d.showWrittenWords();
        d.add("セン", "centi");
        d.add("シート状", "sheets");
        assertThat(d.findIn("㌢")).singleElement().satisfies(m -> assertThat(m.written()).isEqualTo("㌢"));
        // half-width kana read with their voicing marks, shown as written
        assertThat(d.findIn("ｼｰﾄ状に増殖")).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("シート状");
            assertThat(m.written()).isEqualTo("ｼｰﾄ状");
        });
    }

    @Test
    void aDictionaryThatDoesNotShowItsWordsKeepsThemAsRead() {
        PhraseDictionary<String> d = new PhraseDictionary<>();
        d.add("Intersecting Fascicles", "fascicles");
        assertThat(d.findIn("Short Intersecting Fascicles")).singleElement()
                .satisfies(m -> assertThat(m.written()).isEqualTo("intersecting fascicles").isEqualTo(m.from()));
    }

    private static void assertLinedUp(String text) {
        String spelled = Names.spellOut(text);
        int[] at = Names.writtenOffsets(text, spelled);
        assertThat(at).as("'%s' read as '%s' is lined up", text, spelled).isNotSameAs(Names.NOT_LINED_UP);
        assertThat(at[spelled.length()]).isEqualTo(text.length());
        for (int s = 0; s < spelled.length(); ) {
            int e = s + 1;
            while (e < spelled.length() && at[e] == at[s]) e++;
            String written = text.substring(at[s], at[e]);
            assertThat(Names.spellOut(written)).as("'%s' in '%s'", written, text).isEqualTo(spelled.substring(s, e));
            s = e;
        }
    }
}
