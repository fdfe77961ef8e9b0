"""The user guide (docs/guia/, shipped in the plugin): one page per step that exists, reachable from the
registry's panels and from every algorithm's help button, with its pictures present."""
import re
from pathlib import Path

from pot_cartografia.core import guia, pasos
from qgis.PyQt.QtCore import QUrl

CARPETA = guia.CARPETA


def _anclas(pagina: Path) -> set:
    return set(re.findall(r'id="([^"]+)"', pagina.read_text(encoding="utf-8")))


def test_every_algorithm_has_a_help_url_into_the_guide(pot_provider):
    from qgis.core import QgsApplication

    pot_provider = QgsApplication.processingRegistry().providerById("pot")  # the live one, whoever registered it
    for alg in pot_provider.algorithms():
        url = QUrl(alg.helpUrl())
        assert url.isLocalFile(), alg.id()
        pagina = Path(url.toLocalFile())
        assert pagina.is_file() and pagina.parent == CARPETA, alg.id()
        assert url.fragment() in _anclas(pagina), f"{alg.id()}: no section #{url.fragment()} in {pagina.name}"


def test_every_step_that_exists_has_its_page_and_the_index_links_them():
    indice = (CARPETA / "index.html").read_text(encoding="utf-8")
    for panel in pasos.paneles():
        assert (CARPETA / panel.guia).is_file(), panel.id
        if panel.pasos:
            assert f'href="{panel.guia}"' in indice, panel.guia
    assert 'href="inicio.html"' in indice


def test_the_pictures_of_the_guide_are_there_and_the_pages_are_spanish():
    for pagina in CARPETA.glob("*.html"):
        texto = pagina.read_text(encoding="utf-8")
        assert '<html lang="es">' in texto, pagina.name
        for imagen in re.findall(r'src="([^"]+)"', texto):
            assert (CARPETA / imagen).is_file(), f"{pagina.name}: {imagen}"
        for enlace in re.findall(r'href="([^"#:]+\.html)', texto):
            assert (CARPETA / enlace).is_file(), f"{pagina.name}: {enlace}"
