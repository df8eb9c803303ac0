"""An icon's contrast, measured from its pixels: what the UI tests use on every toolbar icon."""

from __future__ import annotations

import pytest

from reader.core.appearance.contrast import composite, contrast_ratio, icon_contrast

BLACK, WHITE, GREY = (0, 0, 0, 255), (255, 255, 255, 255), (85, 85, 85, 255)


def test_a_pixel_is_mixed_with_the_background_by_its_alpha() -> None:
    assert composite((255, 255, 255, 255), "#000000") == "#ffffff"
    assert composite((255, 255, 255, 0), "#000000") == "#000000"
    assert composite((255, 0, 0, 128), "#000000") == "#800000"


def test_an_icon_is_as_clear_as_a_quarter_of_its_shape() -> None:
    assert icon_contrast([WHITE] * 10, "#000000") == pytest.approx(21.0)
    dark_grey_on_black = icon_contrast([GREY] * 10, "#000000")
    assert dark_grey_on_black == pytest.approx(contrast_ratio("#555555", "#000000")) and dark_grey_on_black < 3
    outlined = [WHITE] * 3 + [GREY] * 7  # a white outline around a faint fill: 30% of the shape is clear
    assert icon_contrast(outlined, "#000000") == pytest.approx(21.0)
    thin = [WHITE] * 2 + [GREY] * 8  # 20%: not enough of the shape stands out
    assert icon_contrast(thin, "#000000") < 3


def test_see_through_pixels_are_not_part_of_the_shape() -> None:
    assert icon_contrast([(255, 255, 255, 40)] * 10, "#000000") == 1.0
    assert icon_contrast([], "#ffffff") == 1.0
