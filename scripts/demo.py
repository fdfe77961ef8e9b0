"""`make demo`: the main job end to end on the built-in sample territory, headless.

Sample territory → a POT GeoPackage (dictionary, layers linked and styled) → DIT registry and
validation → territorial units of the modelo actual, characterised and saved as a version → the map
series and the memoria descriptiva → the prospective analysis (structural analysis, scenarios and their
layers, a trend projection, the óptimo and the ejes). Every analysis step is a "pot" Processing
algorithm, run exactly as a user, a model or qgis_process would run it.

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

    prospectiva(pot, carpeta, unidades["OUTPUT"])

    paso(f"Listo en {time.perf_counter() - inicio:.0f} s")
    print(f"POT:   {pot}")
    print(f"Mapas: {carpeta / 'mapas'}")
    print(f"Memoria: {carpeta / 'memoria_descriptiva.odt'} y .pdf")
    print(f"Prospectiva: {carpeta / 'prospectiva'}")
    return 0


# -- Pauta 1, Pasos 02–04: the prospective analysis on the sample territory ----------------------------------
# Matrix of direct influences (row → column) between variables of the default dictionary, as a team would
# score it in a workshop: 0 none, 1 weak, 2 moderate, 3 strong, P potential.
MATRIZ_DEMO = """codigo,COB,ZEE,ANP,PEL_INU,JER_CP,RED_VIAL,DENS_POB,CONF_USO
COB,0,1,1,2,0,0,1,2
ZEE,2,0,1,0,1,1,1,3
ANP,3,2,0,1,0,1,0,2
PEL_INU,1,1,0,0,1,1,2,0
JER_CP,1,0,0,1,0,2,3,1
RED_VIAL,3,0,P,1,3,0,3,3
DENS_POB,3,0,1,2,2,2,0,3
CONF_USO,2,1,1,0,0,0,0,0
"""
# Possible states (hypotheses) of the variables that may come out strategic: code, label, indicative value.
ESTADOS_DEMO = {
    "RED_VIAL": [("expansion", "Expansión de vías vecinales sin planificación", 900), ("ordenada", "Red vial planificada", 600),
                 ("estancada", "Sin nuevas vías", 450)],
    "DENS_POB": [("dispersa", "Ocupación dispersa a lo largo de las vías", 6), ("concentrada", "Población concentrada en ciudades", 9)],
    "JER_CP": [("primacia", "Primacía de la capital provincial", 1), ("red", "Red de ciudades intermedias", 3)],
    "ZEE": [("ignorada", "ZEE sin aplicación", 0), ("aplicada", "ZEE aplicada en licencias y derechos", 1)],
    "ANP": [("presionadas", "ANP bajo presión", 0), ("consolidadas", "ANP consolidadas", 1)],
}


def _alertas_sinteticas(unidades_uri: str):
    """Yearly deforestation alerts on the sample territory (seeded, so every run is the same): more of
    them every year, inside forest units, 0.3–12 ha each. A real POT uses MapBiomas or GLAD alerts."""
    import numpy as np
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    unidades = QgsVectorLayer(unidades_uri, "unidades", "ogr")
    bosques = [f.geometry() for f in unidades.getFeatures() if f["cob"] in ("1", "2", "4")]
    areas = np.array([g.area() for g in bosques])
    rng = np.random.default_rng(2016)
    capa = QgsVectorLayer(f"Point?crs={unidades.crs().authid()}&field=detected_at:string&field=area_ha:double", "alertas", "memory")
    entidades = []
    for k, anio in enumerate(range(2016, 2024)):
        elegidos = rng.choice(len(bosques), size=60 + 18 * k, p=areas / areas.sum())
        for n, indice in enumerate(elegidos):
            punto = bosques[indice].randomPointsInPolygon(1, int(rng.integers(1, 2**31)))[0]
            entidad = QgsFeature(capa.fields())
            entidad.setGeometry(QgsGeometry.fromPointXY(punto))
            entidad.setAttributes([f"{anio}-{1 + n % 12:02d}-15", float(np.clip(rng.lognormal(1.0, 0.7), 0.3, 12.0))])
            entidades.append(entidad)
    capa.dataProvider().addFeatures(entidades)
    return capa


def prospectiva(pot: Path, carpeta: Path, unidades_uri: str) -> None:
    import processing

    from pot_cartografia.diccionario import repositorio
    from pot_cartografia.diccionario.modelo import NUMERICA, Clase, Variable
    from pot_cartografia.prospectiva import capa_escenario, cib, ejes, escenarios, evaluacion, supuestos, variables
    from pot_cartografia.prospectiva.escenarios import Escenario, EstadoEscenario, EstadoPosible
    from pot_cartografia.store.pot_store import PotStore

    store = PotStore.open(pot)
    salida = carpeta / "prospectiva"
    salida.mkdir(exist_ok=True)

    paso("Prospectiva (Paso 02): análisis estructural")
    matriz = salida / "matriz_influencias.csv"
    matriz.write_text(MATRIZ_DEMO, encoding="utf-8")
    micmac = processing.run("pot:analisis_estructural", {
        "PROJECT": str(pot), "MATRIX": str(matriz), "MARK_STRATEGIC": True, "OUTPUT": str(salida / "micmac.gpkg"),
        "OUTPUT_FOLDER": str(salida / "graficos")})
    estrategicas = variables.estrategicas(store)
    print(f"potencia {micmac['POWER']} ({'estable' if micmac['STABLE'] else 'sin estabilizar'}); "
          f"variables estratégicas: {', '.join(estrategicas)}; gráficos en {salida / 'graficos'}")
    repositorio.guardar(store, Variable(
        "DEFOR", "Pérdida de bosque acumulada", NUMERICA, "Superficie de bosque perdida desde 2016 según las alertas.",
        "físico-biológico", "Cobertura y uso de la tierra", "ha", "Superficie deforestada acumulada (ha)", fuente="Alertas (sintéticas en el ejemplo)",
        anio=2023, clases=[Clase("Menos de 5 ha", "#FFF5EB", minimo=0, maximo=5), Clase("5 – 50 ha", "#FDAE6B", minimo=5, maximo=50),
                           Clase("50 – 200 ha", "#E6550D", minimo=50, maximo=200), Clase("Más de 200 ha", "#7F2704", minimo=200, maximo=1e9)]))
    variables.asegurar(store, ["DEFOR"])

    paso("Prospectiva (Paso 03): supuestos, relaciones causales y escenarios")
    supuestos.guardar_supuesto(store, supuestos.Supuesto(
        "S1", "Precio internacional del oro y de la madera", "Alza sostenida que atrae actividades extractivas", "economia", "BCRP",
        [supuestos.Efecto("COB", "-", "más presión sobre el bosque")]))
    supuestos.guardar_supuesto(store, supuestos.Supuesto(
        "S2", "Cambio climático", "Crecidas más intensas del Ucayali", "clima", "SENAMHI", [supuestos.Efecto("PEL_INU", "+")]))
    from pot_cartografia.prospectiva import analisis_estructural, micmac as modulo_micmac

    matriz_pot = analisis_estructural.cargar_matriz(store, "matriz_influencias")
    resultado = modulo_micmac.analizar(matriz_pot.codigos, matriz_pot.directa(), matriz_pot.con_potencial(3))
    print(f"{supuestos.anadir_relaciones_de_matriz(store, resultado)} relaciones causales propuestas desde la matriz")
    for codigo in estrategicas:
        estados = ESTADOS_DEMO.get(codigo, [("alta", "Alta", None), ("baja", "Baja", None)])
        escenarios.guardar_estados_posibles(store, codigo, [EstadoPosible(codigo, e, etiqueta, valor=v) for e, etiqueta, v in estados])
    primero = {c: escenarios.cargar_estados_posibles(store)[c][0].estado for c in estrategicas}
    segundo = {c: escenarios.cargar_estados_posibles(store)[c][1].estado for c in estrategicas}
    for codigo, nombre, tipo, estados, narrativa in (
        ("tendencial", "Escenario tendencial", "tendencial", primero,
         "Las vías vecinales siguen abriéndose sin planificación y la deforestación mantiene su ritmo."),
        ("deseable", "Escenario deseable", "deseable", segundo,
         "La red vial se planifica con la ZEE y la población se concentra en ciudades con servicios."),
        ("exploratorio", "Escenario exploratorio: carretera interoceánica", "exploratorio", dict(segundo, **{estrategicas[0]: primero[estrategicas[0]]}),
         "Una nueva carretera nacional cambia la accesibilidad de la provincia."),
    ):
        escenarios.guardar(store, Escenario(codigo, nombre, tipo, narrativa=narrativa,
                                            estados=[EstadoEscenario(v, e) for v, e in estados.items()]))

    juicios = cib.desde_store(store)
    for d in juicios.descriptores:  # each strategic variable's first state reinforces the others' first states
        for otro in juicios.descriptores:
            if otro.variable != d.variable:
                juicios.poner(d.variable, d.estados[0], otro.variable, otro.estados[0], 2)
                juicios.poner(d.variable, d.estados[1], otro.variable, otro.estados[1], 2)
                juicios.poner(d.variable, d.estados[0], otro.variable, otro.estados[1], -1)
    cib.guardar_juicios(store, juicios)
    consistencia = processing.run("pot:consistencia_escenarios", {"PROJECT": str(pot), "OUTPUT": str(salida / "escenarios_consistentes.gpkg")})
    print(f"{consistencia['COUNT']} escenarios consistentes entre {consistencia['COMBINATIONS']} combinaciones; "
          f"consistencia de los escenarios guardados: {consistencia['STORED']}")

    paso("Prospectiva (Paso 03): proyección tendencial de la deforestación por unidad territorial")
    alertas = _alertas_sinteticas(unidades_uri)
    proyeccion = processing.run("pot:proyeccion_tendencial", {
        "PROJECT": str(pot), "UNITS": unidades_uri, "EVENTS": alertas, "DATE_FIELD": "detected_at", "VALUE_FIELD": "area_ha",
        "CUMULATIVE": True, "METHOD": 0, "VARIABLE": "DEFOR", "OUTPUT": str(salida / "proyeccion_deforestacion.gpkg")})
    print(f"{alertas.featureCount()} alertas {proyeccion['YEARS']}: {proyeccion['TOTAL_OBSERVED']:,.0f} ha acumuladas; "
          f"{proyeccion['TOTAL_PROJECTED']:,.0f} ha al horizonte (lineal, R² mediano {proyeccion['R2_MEDIAN'] or 0:.2f})")
    deseable = processing.run("native:fieldcalculator", {
        "INPUT": proyeccion["OUTPUT"], "FIELD_NAME": "deseable", "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 3,
        "FORMULA": "\"observado\" + 0.2 * (\"proyeccion\" - \"observado\")", "OUTPUT": "memory:"})["OUTPUT"]
    for codigo, valores, campo in (("tendencial", proyeccion["OUTPUT"], "proyeccion"), ("deseable", deseable, "deseable"),
                                   ("exploratorio", proyeccion["OUTPUT"], "proyeccion")):
        capa = processing.run("pot:capa_escenario", {"PROJECT": str(pot), "SCENARIO": codigo, "VALUES": valores, "VALUES_KEY": "unidad",
                                                     "VALUE_FIELDS": f"{campo}=DEFOR", "STYLE_VARIABLE": "DEFOR"})
        print(f"capa {capa['LAYER_NAME']}")
    tabla = capa_escenario.tabla_comparativa(store)
    suma = next(f for f in tabla["filas"] if f["variable"] == "DEFOR" and f["medida"] == "suma")
    print("pérdida de bosque acumulada al horizonte: " + "; ".join(
        f"{c['nombre']}: {suma['valores'][c['codigo']]:,.0f} ha" for c in tabla["columnas"] if suma["valores"].get(c["codigo"]) is not None))

    paso("Prospectiva (Pasos 03–04): pertinencia, probabilidad, escenario óptimo y ejes estratégicos")
    puntajes = []
    for experto, notas in (("Especialista en bosques", (2, 5, 3)), ("Gerencia de planeamiento", (2, 4, 3)), ("Sociedad civil", (1, 5, 2))):
        for codigo, nota in zip(("tendencial", "deseable", "exploratorio"), notas):
            puntajes.append(evaluacion.Puntaje(codigo, experto, "pertinencia", nota))
            puntajes.append(evaluacion.Puntaje(codigo, experto, "probabilidad", {"tendencial": 4, "deseable": 3, "exploratorio": 2}[codigo]))
    evaluacion.registrar(store, puntajes)
    mejor = evaluacion.ranking(store)[0]
    evaluacion.seleccionar_optimo(store, mejor["escenario"], "Mayor pertinencia según los expertos, probable y consistente "
                                  "con la visión regional de bosques en pie y ciudades articuladas.")
    print(f"escenario óptimo deseable: {mejor['nombre']} (pertinencia {mejor['pertinencia_media']:.1f}, "
          f"probabilidad {mejor['probabilidad_media']:.1f})")
    ejes.guardar_todos(store, ejes.proponer(store))
    for eje in ejes.cargar(store):
        print(f"eje {eje.codigo} {eje.nombre}: {', '.join(eje.variables)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]).resolve()))
