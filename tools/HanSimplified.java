import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Writes the table of Traditional Chinese characters and their Simplified forms that the reader folds text with
 * (src/main/resources/org/immunodiff/knowledge/han-simplified.txt). Run once when ICU is updated, with ICU4J on the
 * class path:
 *   java -cp icu4j-78.1.jar tools/HanSimplified.java > src/main/resources/org/immunodiff/knowledge/han-simplified.txt
 * Only one-character-to-one-character mappings are kept, so folding never changes the length of a text.
 */
public class HanSimplified {
    public static void main(String[] args) {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder out = new StringBuilder();
        out.append("# Traditional Chinese character, then its Simplified form; one pair a line.\n");
        out.append("# Source: ICU ").append(com.ibm.icu.util.VersionInfo.ICU_VERSION)
                .append(" Traditional-Simplified transliterator (Unicode CLDR; Unihan kSimplifiedVariant),\n");
        out.append("# one-to-one mappings of the CJK Unified Ideographs and Extension A. Written by tools/HanSimplified.java.\n");
        for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
            if (UScript.getScript(cp) != UScript.HAN) continue;
            String traditional = new String(Character.toChars(cp));
            String simplified = toSimplified.transliterate(traditional);
            if (!simplified.equals(traditional) && simplified.length() == 1 && traditional.length() == 1) {
                out.append(traditional).append(simplified).append('\n');
            }
        }
        System.out.print(out);
    }
}
