"""Whether an article is commentary (a column, a feature, an interview) rather than a news report.

Event datasets are built from reports. A column argues, asks and remembers: "لماذا يقتل المسلم أخاه"،
"هل كان قتل المسلمين سبباً لدخول الجنة؟"، "إيران لا ترسل جنودًا" — read sentence by sentence they
look like acts, and on unannotated archive text about four in five events read from them were wrong or
half-right. A report tells who said what (قال، أكد، أعلن، أفاد، بحسب) at a steady rate; a column
speaks in its own voice (نحن، بلادنا، أعتقد، كتبنا), asks (؟) and exclaims (!). Both are counted per
hundred words; short items are always read as reports (a brief with one question mark is still news).
A long piece (400 words or more) with almost no reporting word is a feature or an essay even in the third
person: over the 2,561 pool articles of 2015-08-09 and 2015-08-01, the 55 such pieces were analyses,
op-eds, sports and culture features, business and health pages (a sermon-like essay on music read
"تقتل" as a killing).
"""

from __future__ import annotations

from marsad.doc import Document
from marsad.events.cues import Cues, word_forms

COMMENTARY = "commentary"
NEWS = "news"

_MIN_WORDS = 250  # shorter items are briefs
_MAX_REPORTING = 0.6  # reporting words per 100 words: reports run at 1–3
_FEATURE_WORDS = 400  # from this length a piece with almost no reporting word is no report
_MIN_REPORTING = 0.15  # reporting words per 100 words below which such a piece is a feature or an essay
_MIN_VOICE = 0.35  # first-person words, questions (counted twice) and exclamations per 100 words


def article_genre(doc: Document, cues: Cues) -> str:
    """`commentary` or `news`, from the article's own words (no outlet or author metadata needed)."""
    words = [t for t in doc.tokens if t.kind == "word"]
    if len(words) < _MIN_WORDS:
        return NEWS
    voice = sum(1 for t in words if word_forms(t) & cues.commentary_voice)
    reporting = sum(1 for t in words if word_forms(t) & cues.news_reporting)
    questions = doc.text.count("؟") + doc.text.count("?")
    exclamations = doc.text.count("!")
    per_hundred = len(words) / 100
    if reporting / per_hundred >= _MAX_REPORTING:
        return NEWS
    if len(words) >= _FEATURE_WORDS and reporting / per_hundred < _MIN_REPORTING:
        return COMMENTARY  # a long piece that never says who said what: an essay, a feature, an analysis
    return COMMENTARY if (voice + 2 * questions + exclamations) / per_hundred >= _MIN_VOICE else NEWS
