"""Quantities, time expressions and quotes found in article text."""
