"""Languages in the core: codes, which language is chosen, English plurals, the bundled Spanish library."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.context import Context
from reader.core.files.locations import Locations, language_library
from reader.core.languages.choice import choose_language, language_option, system_languages
from reader.core.languages.codes import available_languages, is_right_to_left, native_name, normalize
from reader.core.languages.translate import english_plural, translate
from reader.core.library.catalog import Library
from reader.core.library.dates import long_date
from tests.helpers import ROOT

SPANISH = ROOT / "resources" / "libraries" / "es"


@pytest.mark.parametrize(
    ("name", "code"),
    [("es_MX.UTF-8", "es"), ("es-419", "es"), ("EN_us", "en"), ("hi_IN", "hi"), ("C", ""), ("", ""),
     ("12", ""), ("en-rtl", "en-rtl")],
)  # fmt: skip
def test_locale_names_become_language_codes(name: str, code: str) -> None:
    assert normalize(name) == code


def test_available_languages_are_english_and_each_translation_source(tmp_path: Path) -> None:
    for name in ("reader_es.ts", "reader_hi.ts", "reader_es.qm", "notes.ts", "reader_x1.ts"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert available_languages(tmp_path) == ["en", "es", "hi"]
    assert available_languages(tmp_path / "missing") == ["en"]
    assert available_languages(ROOT / "resources" / "translations")[:2] == ["en", "es"]


def test_names_and_direction() -> None:
    assert native_name("es") == "Español"
    assert native_name("zz") == "zz"
    assert is_right_to_left("ar") and is_right_to_left("en-rtl") and not is_right_to_left("es")


def test_the_command_line_wins_then_the_kiosk_then_the_saved_choice_then_the_system() -> None:
    available = ["en", "es", "hi"]
    assert choose_language(available, requested="hi", policy="es", saved="en").code == "hi"
    assert choose_language(available, policy="es", saved="hi").code == "es"
    assert choose_language(available, saved="hi", system=["es"]).code == "hi"
    assert choose_language(available, system=["fr_FR", "es_ES"]) == choose_language(available, system=["es"])
    assert choose_language(available, system=["fr_FR"]).code == "en"
    # Unknown or damaged values are passed over, never fatal.
    assert choose_language(available, requested="xx", saved=42, system=["es"]).origin == "system"


def test_system_languages_follow_the_posix_variables() -> None:
    assert system_languages({"LANG": "es_MX.UTF-8"}) == ["es"]
    assert system_languages({"LANG": "C.UTF-8"}) == ["en"]
    assert system_languages({"LANGUAGE": "hi:es", "LANG": "en_US.UTF-8"}) == ["hi", "es", "en"]
    assert system_languages({"LC_ALL": "es_ES", "LANG": "en_US"}) == ["es", "en"]
    assert system_languages({"LANGUAGE": "es"}) == []  # LANGUAGE alone does not count (as in gettext)


def test_an_unknown_language_option_names_the_languages_that_exist() -> None:
    assert language_option("es_ES", ["en", "es"]) == "es"
    with pytest.raises(ValueError, match=r"unknown language 'klingon'.*en \(English\), es \(Español\)"):
        language_option("klingon", ["en", "es"])


def test_without_a_translator_words_stay_english_with_english_plurals() -> None:
    assert translate("Check", "Total") == "Total"
    assert translate("Check", "%n article(s) loaded", None, 1) == "1 article loaded"
    assert translate("Check", "%n article(s) loaded", None, 3) == "3 articles loaded"
    assert english_plural("no number", -1) == "no number"


def test_dates_use_the_installed_formatter(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from reader.core.languages import translate as hook

    day = dt.date(2025, 12, 3)
    assert long_date(day) == "December 3, 2025"
    monkeypatch.setattr(hook, "_date_formatter", lambda d: f"{d.day}/{d.month}")
    assert long_date(day) == "3/12"


def test_the_spanish_library_joins_only_a_spanish_reader(tmp_path: Path) -> None:
    locations = Locations(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    english = Context(locations)
    spanish = Context(locations, language="es")
    assert language_library("es") == SPANISH
    assert SPANISH not in english.library_folders()
    assert spanish.library_folders()[:2] == [english.library_folders()[0], SPANISH]
    assert language_library("../es") is None and language_library("zz") is None


def test_the_spanish_library_loads_whole_and_is_marked_spanish() -> None:
    library = Library.load([SPANISH])
    assert library.errors == [] and library.skipped == []
    assert 15 <= len(library) <= 20
    urls = set()
    for article in library:
        assert article.language == "es", article.path
        assert article.url.startswith("https://cancer-reader.example/es/"), article.path
        assert article.audience_level == "patient" and article.license == "CC0-1.0"
        assert article.last_reviewed is not None and article.review_frequency == "yearly"
        assert article.body.count("\n## ") >= 2, f"{article.path} should have sections"
        urls.add(article.url)
    assert len(urls) == len(library)


def test_spanish_articles_name_english_twins_that_exist(corpus: Path) -> None:
    """translationOf points at the seed or at a corpus article (the pair behind "Read in English")."""
    english = Library.load([ROOT / "seeds", corpus])
    spanish = Library.load([SPANISH])
    paired = [a for a in spanish if a.extra.get("translationOf")]
    assert len(paired) >= 15
    for article in paired:
        assert english.by_url(article.extra["translationOf"]) is not None, article.path


test_spanish_articles_name_english_twins_that_exist = pytest.mark.corpus(
    test_spanish_articles_name_english_twins_that_exist
)


def test_an_unknown_language_on_the_command_line_lists_the_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["--language", "xx", "check"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "unknown language 'xx'" in err and "en (English), es (Español)" in err


def test_the_language_option_works_for_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    assert main(["--language", "es", "check", "--data-dir", str(tmp_path)]) == 0
    assert str(SPANISH) in capsys.readouterr().out


def test_check_speaks_spanish(tmp_path: Path, capsys: pytest.CaptureFixture[str], compiled_translations: Path) -> None:
    """Every line `check` writes, its reasons included, in Spanish (the file paths stay as they are)."""
    from reader.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "broken.md").write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    (folder / "binary.md").write_bytes(b"\xff\xfe\x00bad")
    (folder / "unknown.md").write_text("---\ntitle: Prueba\nlanguage: xx\n---\n\nTexto.\n", encoding="utf-8")
    main(["--language", "es", "check", "--data-dir", str(tmp_path / "data"), "--library", str(folder)])
    out = capsys.readouterr().out.replace(str(folder), "FOLDER").replace(str(ROOT), "ROOT")
    assert "FOLDER: 1 artículo cargado, 2 omitidos" in out
    assert "  error: FOLDER/broken.md: el encabezado (front matter) no es YAML válido" in out
    assert "  error: FOLDER/binary.md: el archivo no es texto (parece un archivo binario)" in out
    assert "  nota: FOLDER/unknown.md: su idioma 'xx' no tiene un analizador de búsqueda propio" in out
    assert re.search(r"^Total: \d+ artículos distintos cargados; 2 archivos no se pudieron cargar\.$", out, re.M)


def test_the_kiosk_policy_can_fix_the_language() -> None:
    from reader.core.kiosk.policy import policy_from_dict

    assert policy_from_dict({"language": "es"}).language == "es"
    assert policy_from_dict({}).language == ""
    broken = policy_from_dict({"language": "xx"})
    assert broken.language == "" and any("unknown language 'xx'" in p for p in broken.problems)
    assert policy_from_dict({"language": 7}).language == ""


def test_an_article_and_its_translation_are_paired_both_ways() -> None:
    from reader.core.render.header import render_header

    library = Library.load([ROOT / "seeds", SPANISH])
    english = library.find("https://www.cancer.gov/types/breast/treatment/immunotherapy")
    spanish = library.find("https://cancer-reader.example/es/inmunoterapia-cancer-de-mama")
    assert english is not None and spanish is not None
    assert english.language_twin == (spanish.url, "es")
    assert spanish.language_twin == (english.url, "en")
    assert f'<a href="{spanish.url}" lang="es">Leer en español</a>' in render_header(english)
    assert f'<a href="{english.url}" lang="en">Read in English</a>' in render_header(spanish)
    alone = Library.load([SPANISH]).find(spanish.url)
    assert alone is not None and alone.language_twin == ("", "")
    assert "Read in English" not in render_header(alone)


def test_no_english_reading_badge_on_a_spanish_article() -> None:
    from reader.core.render.header import render_header

    article = Library.load([SPANISH]).find("https://cancer-reader.example/es/quimioterapia")
    assert article is not None and article.reading_grade is None
    header = render_header(article)
    assert "More detail" not in header and "Easy to read" not in header


def test_a_spanish_article_names_its_source_in_spanish_and_shows_no_made_up_web_address() -> None:
    """Walk 10, C6: "Dirección web: https://cancer-reader.example/es/quimioterapia" (no such site) and
    "Fuente: Cancer Reader" on the bundled Spanish articles."""
    import datetime as dt

    from reader.core.handouts.article_handout import about_html, footer_text
    from reader.core.render.header import render_header

    for article in Library.load([SPANISH]):
        assert article.url.startswith("https://cancer-reader.example/") and article.web_address == ""
        header = render_header(article)
        assert "cancer-reader.example" not in header and "Web address" not in header
        assert "Source: Lector de información sobre el cáncer" in header
        assert "Cancer Reader" not in header
        assert "cancer-reader.example" not in about_html(article, dt.date(2026, 11, 30))
        assert "cancer-reader.example" not in footer_text(article)


def test_only_addresses_a_person_could_visit_count_as_web_addresses() -> None:
    from reader.core.library.article import is_real_web_address

    for real in ("https://www.cancer.gov/types/breast", "http://cancer.gov", "https://example.community/a"):
        assert is_real_web_address(real), real
    for made_up in ("https://cancer-reader.example/es/dolor", "https://example.org/x", "https://a.example.com",
                    "http://localhost/x", "https://site.test", "https://x.invalid/", "/types/breast",
                    "mailto:a@cancer.gov", "", "https://intranet/page"):  # fmt: skip
        assert not is_real_web_address(made_up), made_up


def test_a_language_named_inside_a_sentence_as_its_speakers_write_it() -> None:
    from reader.core.languages.codes import name_in_sentence

    assert (name_in_sentence("es"), native_name("es")) == ("español", "Español")
    assert (name_in_sentence("en"), name_in_sentence("hi")) == ("English", "हिन्दी")
