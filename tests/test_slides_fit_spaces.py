"""Spaces in the height estimate (tools/slides/fit.py), as a browser lays them out.

A space inside inline code is as wide as the code face's other characters (0.6 em), not
the text face's space (0.26 em): « 6% (<code>24 ÷ 400</code>) » on an Arabic quiz slide
was 23 px narrower in the estimate than in Chromium, and its line
did not wrap where Chromium's did (marketing-06, Arabic, PPTX slide 12). A paragraph that
holds only a no-break space is a line, not an empty paragraph."""

from __future__ import annotations

from tools.slides.fit import Measure, Run, lines


def test_a_space_in_inline_code_is_a_code_character_wide():
    m = Measure()
    px = 34.0
    code = Run("24 ÷ 400", mono=True)
    # Alone on a line exactly as wide as its 8 characters: one line; a hair narrower: two.
    width = 8 * m.fonts.mono_advance * px
    assert lines([code], width, px, m)[0] == 1
    assert lines([code], width - 1, px, m)[0] == 2


def test_the_arabic_quiz_option_takes_two_lines():
    m = Measure()
    runs = [
        Run("معدل التفاعل 6% ("),
        Run("24 ÷ 400", mono=True),
        Run(")، ومعدل التحويل 30% ("),
        Run("3 ÷ 10", mono=True),
        Run("): لكل معدل مقامه."),
    ]
    # The PPTX box's width less the quiz letter's indent (1.7 em), at 34 px: Chromium lays it
    # out in 1222.8 px, on two lines.
    assert lines(runs, 1184 - 1.7 * 34, 34, m) == (2, True)


def test_a_paragraph_of_a_no_break_space_is_a_line():
    """`<p>&nbsp;</p>` is a line in a browser (only HTML white space collapses away)."""
    from tools.slides.fit import Layout

    layout = Layout()
    assert layout.fragment("<p>\u00a0</p>", 1000, 34) == layout.fragment("<p>x</p>", 1000, 34)
    assert layout.fragment("<p> \n </p>", 1000, 34) == 0.4 * 34  # only the block's margin
