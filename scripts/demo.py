"""`make demo`: the main job end to end on the built-in sample territory, headless.

Sample territory → a POT GeoPackage (dictionary, layers linked and styled) → DIT registry and
validation → territorial units of the modelo actual, characterised and saved as a version → the
prospective analysis (structural analysis, scenarios and their layers, a trend projection, the óptimo
and the ejes: ``demo/prospectiva.py``) → the map series (the scenario sheets and their comparison
included) and the memoria descriptiva (with the chapter of Pasos 02–04). Every analysis step is a
"pot" Processing algorithm, run exactly as a user, a model or qgis_process would run it.

Usage: python scripts/demo.py OUTPUT_FOLDER
"""
import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]

# Titles of the sample layers in the POT (Spanish data, as a team would name them).
TITULOS = {
    "distritos": ("Distritos", 1),
    "cobertura": ("Cobertura vegetal y uso actual", 1),
    "zee": ("Zonificación Ecológica y Económica", 1),
    "anp": ("Áreas naturales protegidas", 1),
    "peligro_inundacion": ("Peligro por inundación", 1),
    "centros_poblados": ("Centros poblados", 0),
    "vias": ("Red vial", 0),
    "rios": ("Ríos", 0),
}


def paso(texto):
    print(f"\n== {texto}", flush=True)


def main(carpeta: Path) -> int:
    import tempfile

    link_dir = Path(tempfile.mkdtemp(prefix="pot_demo_pkg_"))
    (link_dir / "pot_cartografia").symlink_to(ROOT, target_is_directory=True)
    sys.path[:0] = [str(link_dir)]
    sys.path.append("/usr/share/qgis/python/plugins")

    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from pot_cartografia.core.i18n import install_translator
    from pot_cartografia.demo.territorio import VINCULOS
    from pot_cartografia.modelo_actual.registro import TEMAS
    from pot_cartografia.processing_provider.provider import PotProvider

    install_translator("es")
    provider = PotProvider()  # keep a reference for the whole run
    if not QgsApplication.processingRegistry().addProvider(provider):
        sys.exit("the pot provider could not be registered")
    inicio = time.perf_counter()

    carpeta.mkdir(parents=True, exist_ok=True)
    pot = carpeta / "pot_demo.gpkg"
    for viejo in carpeta.glob("pot_demo*.gpkg"):
        viejo.unlink()  # the demo owns its folder: start afresh each run
    for viejo in ("mapas", "prospectiva"):
        shutil.rmtree(carpeta / viejo, ignore_errors=True)  # no sheet of an earlier run (e.g. renamed) stays beside the new ones

    paso("Territorio de ejemplo")
    dit = processing.run("pot:territorio_demo", {"OUTPUT_FOLDER": str(carpeta / "dit")})["GPKG"]
    print(dit)

    paso("Nuevo POT")
    resultado = processing.run(
        "pot:crear_proyecto",
        {
            "NAME": "POT de la Provincia Demo",
            "LEVEL": 1,
            "AMBITO": f"{dit}|layername=ambito",
            "AMBITO_NAME": "Provincia Demo (Ucayali)",
            "HORIZON": 2040,
            "SCALE": 100000,
            "TEAM": "Equipo técnico POT",
            "ENTITY": "Municipalidad Provincial Demo",
            "OUTPUT": str(pot),
        },
    )
    print(resultado["OUTPUT"], resultado["CRS"])

    paso("Capas del DIT en el POT, vinculadas al diccionario")
    capas_pot = {}
    for capa, (titulo, fase) in TITULOS.items():
        salida = processing.run(
            "pot:anadir_capa",
            {"PROJECT": str(pot), "INPUT": f"{dit}|layername={capa}", "NAME": capa, "TITLE": titulo, "PHASE": fase},
        )["OUTPUT"]
        layer = QgsVectorLayer(salida, titulo, "ogr")
        campo, variable = VINCULOS[capa]
        vinculo = processing.run("pot:vincular_variable", {"INPUT": layer, "FIELD": campo, "VARIABLE": variable})
        capas_pot[capa] = salida
        print(f"{titulo}: {layer.featureCount()} entidades, {vinculo['LINKS']} vínculos con {variable}")

    paso("Modelo actual: registro y validación de las capas del DIT")
    for capa, tema in (("cobertura", "ee_cambio_cobertura"), ("zee", "base"), ("peligro_inundacion", "zee_peligros"), ("anp", "zee_bioecologico")):
        campo, variable = VINCULOS[capa]
        processing.run(
            "pot:registrar_capa_dit",
            {"PROJECT": str(pot), "INPUT": capas_pot[capa], "THEME": TEMAS.index(tema), "FIELD": campo, "VARIABLE": variable, "NAME": capa},
        )
    validacion = processing.run(
        "pot:validar_capas_dit", {"PROJECT": str(pot), "REPORT_HTML": str(carpeta / "validacion_dit.html")}
    )
    print(f"{validacion['PROBLEMS']} problemas en {validacion['LAYERS_WITH_PROBLEMS']} capas; informe: {carpeta / 'validacion_dit.html'}")

    paso("Modelo actual: síntesis en unidades territoriales, caracterización y versión preliminar")
    unidades = processing.run("pot:modelo_actual_unidades", {"PROJECT": str(pot), "MIN_AREA_HA": 5})
    print(f"{unidades['UNIT_COUNT']} unidades territoriales")
    processing.run("pot:caracterizar_modelo_actual", {"INPUT": unidades["OUTPUT"]})
    version = processing.run(
        "pot:guardar_version_modelo",
        {"PROJECT": str(pot), "INPUT": unidades["OUTPUT"], "STATE": 0, "NOTE": "Versión preliminar para el primer taller"},
    )
    print(f"versión {version['VERSION']} (preliminar): {version['OUTPUT']}")

    # Pauta 1, Pasos 02–04: the prospective analysis (pot_cartografia/demo/prospectiva.py); its scenario
    # sheets and its chapter then go into the map series and the memoria.
    from pot_cartografia.demo import prospectiva

    prospectiva.ejecutar(pot, carpeta / "prospectiva", unidades["OUTPUT"], informar=print, paso=paso)

    paso("Serie de mapas")
    mapas = processing.run(
        "pot:exportar_mapas",
        {"PROJECT": str(pot), "OUTPUT_FOLDER": str(carpeta / "mapas"), "FORMAT": 2, "DPI": 150},
    )
    print(f"{len(mapas['PDFS'])} mapas PDF; combinado: {mapas['COMBINED']}")

    paso("Memoria descriptiva")
    processing.run(
        "pot:memoria_descriptiva",
        {"PROJECT": str(pot), "OUTPUT": str(carpeta / "memoria_descriptiva.odt"),
         "OUTPUT_PDF": str(carpeta / "memoria_descriptiva.pdf"), "MAPS_FOLDER": str(carpeta / "mapas")},
    )
    print(carpeta / "memoria_descriptiva.odt")

    paso(f"Listo en {time.perf_counter() - inicio:.0f} s")
    print(f"POT:   {pot}")
    print(f"Mapas: {carpeta / 'mapas'}")
    print(f"Memoria: {carpeta / 'memoria_descriptiva.odt'} y .pdf")
    print(f"Prospectiva: {carpeta / 'prospectiva'}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]).resolve()))
