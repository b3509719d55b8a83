"""Measuring Marsad against hand-made gold: `score_gold` for article-level gold (GOLD_FORMAT.md)."""

from marsad.eval.gold import ArticleScore, GoldReport, score_gold
from marsad.eval.goldfile import find_text, load_gold

__all__ = ["ArticleScore", "GoldReport", "find_text", "load_gold", "score_gold"]
