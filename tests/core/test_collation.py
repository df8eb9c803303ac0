"""Names and titles sorted as a dictionary sorts them: accents and case do not count (walk 10, C5)."""

from __future__ import annotations

import random

from reader.core.languages.collation import sort_key


def test_spanish_cancer_types_sort_with_their_accents_ignored() -> None:
    names = ["Vulva", "Útero", "Cuello uterino", "Cáncer infantil", "Cabeza y cuello", "Cáncer de origen desconocido",
             "Estómago", "Esófago", "Pulmón", "Páncreas", "Carcinoma de la línea media", "Uretra"]  # fmt: skip
    assert sorted(names, key=sort_key) == [
        "Cabeza y cuello", "Cáncer de origen desconocido", "Cáncer infantil", "Carcinoma de la línea media",
        "Cuello uterino", "Esófago", "Estómago", "Páncreas", "Pulmón", "Uretra", "Útero", "Vulva",
    ]  # fmt: skip


def test_case_and_opening_punctuation_do_not_count_and_the_order_is_the_same_from_any_start() -> None:
    titles = ["caída del cabello", "Cansancio (fatiga)", "¿Qué es el cáncer?", "Quimioterapia", "PDQ", "pain"]
    expected = ["caída del cabello", "Cansancio (fatiga)", "pain", "PDQ", "¿Qué es el cáncer?", "Quimioterapia"]
    for seed in range(5):
        shuffled = titles[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(shuffled, key=sort_key) == expected


def test_enye_is_its_own_letter_after_n_and_accented_twins_keep_one_order() -> None:
    assert sorted(["Nódulo", "Niño", "Ninguno", "Nivel"], key=sort_key) == ["Ninguno", "Niño", "Nivel", "Nódulo"]
    assert sorted(["Cáncer", "cancer", "Cancer"], key=sort_key) == sorted(["Cancer", "Cáncer", "cancer"], key=sort_key)
    assert sorted(["Cáncer", "Cancer"], key=sort_key) == ["Cancer", "Cáncer"]
