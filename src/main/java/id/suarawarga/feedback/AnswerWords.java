package id.suarawarga.feedback;

import id.suarawarga.feedback.FeedbackViews.ElementView;
import id.suarawarga.shared.i18n.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer words of each SKM element as the official questionnaire has them (PermenPANRB 14/2017: persyaratan
 * <i>tidak sesuai … sangat sesuai</i>, biaya <i>sangat mahal … gratis</i>, …), in the page's language, for every form
 * that asks the nine elements: the survey by account or visit code and the counter kiosk. An element without words
 * of its own (a regency's extra element) gets the generic scale <i>tidak baik … sangat baik</i>.
 */
public final class AnswerWords {

    /** One answer of an element: its score (1 worst … 4 best) and its words. */
    public record Choice(int score, String word) {
        /** The score as a form sends it back. */
        public String value() {
            return Integer.toString(score);
        }
    }

    private AnswerWords() {
    }

    public static List<Choice> of(String elementCode, Locale locale) {
        List<Choice> choices = new ArrayList<>(4);
        for (int s = 1; s <= 4; s++) {
            String key = "feedback.word." + elementCode.toLowerCase(Locale.ROOT) + "." + s;
            String word = Texts.get(locale, key);
            choices.add(new Choice(s, word.equals(key) ? Texts.get(locale, "feedback.word.any." + s) : word));
        }
        return choices;
    }

    /** Element code → its choices, for a questionnaire's elements. */
    public static Map<String, List<Choice>> of(List<ElementView> elements, Locale locale) {
        Map<String, List<Choice>> words = new LinkedHashMap<>();
        for (ElementView e : elements) {
            words.put(e.code(), of(e.code(), locale));
        }
        return words;
    }
}
