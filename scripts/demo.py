"""`make demo`: the main job end to end on the built-in sample territory, headless.

Sample territory → a POT GeoPackage (dictionary, layers linked and styled) → synthesis of the modelo
actual → the map series and the memoria descriptiva. Every step is a "pot" Processing algorithm, run
exactly as a user, a model or qgis_process would run it.

Usage: python scripts/demo.py OUTPUT_FOLDER
"""
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]

# Titles of the sample layers in the POT (Spanish data, as a team would name them).
TITULOS = {
    "distritos": ("Distritos", 0),
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

    paso("Síntesis del modelo actual")
    sintesis = processing.run(
        "pot:sintesis_modelo_actual",
        {
            "LAYERS": [capas_pot[c] for c in ("cobertura", "zee", "peligro_inundacion", "anp")],
            "AMBITO": f"{pot}|layername=ambito",
            "MIN_AREA_HA": 5,
            "OUTPUT": str(carpeta / "sintesis_tmp.gpkg"),
        },
    )
    unidades = processing.run(
        "pot:anadir_capa",
        {
            "PROJECT": str(pot),
            "INPUT": sintesis["OUTPUT"],
            "NAME": "modelo_actual_unidades",
            "TITLE": "Unidades territoriales del modelo actual",
            "PHASE": 1,
        },
    )["OUTPUT"]
    (carpeta / "sintesis_tmp.gpkg").unlink(missing_ok=True)
    print(f"{sintesis['UNIT_COUNT']} unidades; {sintesis['MERGED_COUNT']} unidades pequeñas fusionadas ({sintesis['MERGED_AREA_HA']:.1f} ha)")
    print(unidades)

    paso("Serie de mapas")
    mapas = processing.run(
        "pot:exportar_mapas",
        {"PROJECT": str(pot), "OUTPUT_FOLDER": str(carpeta / "mapas"), "FORMAT": 2, "DPI": 150},
    )
    print(f"{len(mapas['PDFS'])} mapas PDF; combinado: {mapas['COMBINED']}")

    paso(f"Listo en {time.perf_counter() - inicio:.0f} s")
    print(f"POT:   {pot}")
    print(f"Mapas: {carpeta / 'mapas'}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]).resolve()))
