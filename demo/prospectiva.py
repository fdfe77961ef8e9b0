"""The prospective analysis of the sample territory (Pauta 1, Pasos 02–04), run as a team would run it:
every analysis step through its "pot" Processing algorithm, the rest through the engine's API.

``ejecutar(pot, carpeta, unidades_uri)`` needs a POT with the default dictionary and its territorial
units (``modelo_actual_unidades``, characterised). It writes a matrix of influences scored in a
workshop, the structural analysis (strategic variables marked), each strategic variable's indicator,
baseline and justification, the analyses of trends and proposals, supuestos and causal relations,
possible states, three scenarios with their layers (the trend from a projection of yearly
deforestation alerts), cross-impact judgements and the consistency run, three experts' scores, the
óptimo and the ejes. Deterministic: every run gives the same POT. ``make demo``, the tests and the
desktop tour use it.
"""
from __future__ import annotations

from pathlib import Path

# Matrix of direct influences (row → column) between variables of the default dictionary, as a team would
# score it in a workshop: 0 none, 1 weak, 2 moderate, 3 strong, P potential.
MATRIZ = """codigo,COB,ZEE,ANP,PEL_INU,JER_CP,RED_VIAL,DENS_POB,CONF_USO
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
ESTADOS = {
    "RED_VIAL": [("expansion", "Expansión de vías vecinales sin planificación", 900), ("ordenada", "Red vial planificada", 600),
                 ("estancada", "Sin nuevas vías", 450)],
    "DENS_POB": [("dispersa", "Ocupación dispersa a lo largo de las vías", 6), ("concentrada", "Población concentrada en ciudades", 9)],
    "JER_CP": [("primacia", "Primacía de la capital provincial", 1), ("red", "Red de ciudades intermedias", 3)],
    "ZEE": [("ignorada", "ZEE sin aplicación", 0), ("aplicada", "ZEE aplicada en licencias y derechos", 1)],
    "ANP": [("presionadas", "ANP bajo presión", 0), ("consolidadas", "ANP consolidadas", 1)],
}
# Baseline of each variable's indicator (value, year) and what justifies it in the modelo actual.
LINEAS_BASE = {"RED_VIAL": (612.0, 2022), "DENS_POB": (5.8, 2017), "JER_CP": (1.0, 2017), "ZEE": (12.0, 2023), "ANP": (96.5, 2023),
               "COB": (512000.0, 2022), "CONF_USO": (23400.0, 2022), "PEL_INU": (38600.0, 2022)}
# Indicators of the variables whose dictionary entry names none (indicator, unit).
INDICADORES = {"ZEE": ("Derechos otorgados conforme a la ZEE", "%"), "ANP": ("Superficie de ANP sin pérdida de bosque", "%")}
JUSTIFICACIONES = {
    "RED_VIAL": [("potencialidad", "producción agropecuaria"), ("limitacion", "sobreuso de la tierra")],
    "DENS_POB": [("potencialidad", "servicios y equipamiento urbano")],
    "JER_CP": [("potencialidad", "servicios y equipamiento urbano")],
    "ZEE": [("aptitud", "productiva"), ("aptitud", "protección y conservación ecológica")],
    "ANP": [("potencialidad", "conservación de la biodiversidad"), ("limitacion", "uso restringido (área natural protegida)")],
    "COB": [("potencialidad", "servicios ecosistémicos"), ("potencialidad", "aprovechamiento forestal sostenible")],
    "CONF_USO": [("limitacion", "sobreuso de la tierra")],
    "PEL_INU": [("limitacion", "peligro de inundación")],
}
ANALISIS = [
    ("tendencia", "Avance de la frontera agropecuaria", "Las alertas de deforestación crecen cada año a lo largo de las vías vecinales.",
     "Alertas tempranas (sintéticas en el ejemplo)", 2023, ["COB", "RED_VIAL"]),
    ("vision", "Visión regional al 2040", "Una provincia con bosques en pie, ciudades articuladas y servicios para su población.",
     "Plan de Desarrollo Regional Concertado", 2021, ["COB", "JER_CP"]),
    ("propuesta_sectorial", "Programa de caminos vecinales", "Mejoramiento de 120 km de caminos vecinales entre 2025 y 2030.",
     "Provías Descentralizado", 2024, ["RED_VIAL"]),
]


def alertas_sinteticas(unidades_uri: str):
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


def ejecutar(pot, carpeta, unidades_uri: str, informar=print, paso=lambda texto: None) -> dict:
    """Run the sample prospective analysis on ``pot``; files (matrix, charts, projection) go to
    ``carpeta``. ``informar`` prints what each step gave, ``paso`` announces each step. Returns a summary."""
    import processing

    from ..diccionario import repositorio
    from ..diccionario.modelo import NUMERICA, Clase, Variable
    from ..store.pot_store import PotStore
    from ..prospectiva import analisis_estructural, capa_escenario, cib, ejes, escenarios, evaluacion, supuestos, variables
    from ..prospectiva.escenarios import Escenario, EstadoEscenario, EstadoPosible

    store = PotStore.open(pot)
    salida = Path(carpeta)
    salida.mkdir(parents=True, exist_ok=True)

    paso("Prospectiva (Paso 02): análisis estructural y variables estratégicas")
    matriz = salida / "matriz_influencias.csv"
    matriz.write_text(MATRIZ, encoding="utf-8")
    micmac = processing.run("pot:analisis_estructural", {
        "PROJECT": str(pot), "MATRIX": str(matriz), "MARK_STRATEGIC": True, "OUTPUT": str(salida / "micmac.gpkg"),
        "OUTPUT_FOLDER": str(salida / "graficos")})
    estrategicas = variables.estrategicas(store)
    informar(f"potencia {micmac['POWER']} ({'estable' if micmac['STABLE'] else 'sin estabilizar'}); "
             f"variables estratégicas: {', '.join(estrategicas)}; gráficos en {salida / 'graficos'}")
    opciones = {(j.tipo, j.etiqueta) for j in variables.opciones_de_justificacion(store)}
    for variable in variables.cargar(store):
        valor, anio = LINEAS_BASE.get(variable.variable, (None, None))
        variable.linea_base, variable.anio_base = valor, anio or variable.anio_base
        if not variable.indicador and variable.variable in INDICADORES:
            variable.indicador, variable.unidad = INDICADORES[variable.variable]
        variable.justificaciones = [variables.Justificacion(t, e) for t, e in JUSTIFICACIONES.get(variable.variable, []) if (t, e) in opciones]
        variables.guardar(store, variable)
    variables.guardar_analisis(store, [variables.Analisis(*a) for a in ANALISIS])
    repositorio.guardar(store, Variable(
        "DEFOR", "Pérdida de bosque acumulada", NUMERICA, "Superficie de bosque perdida desde 2016 según las alertas.",
        "físico-biológico", "Cobertura y uso de la tierra", "ha", "Superficie deforestada acumulada (ha)", fuente="Alertas (sintéticas en el ejemplo)",
        anio=2023, rol="tematica", clases=[Clase("Menos de 5 ha", "#FFF5EB", minimo=0, maximo=5), Clase("5 – 50 ha", "#FDAE6B", minimo=5, maximo=50),
                                            Clase("50 – 200 ha", "#E6550D", minimo=50, maximo=200),
                                            Clase("Más de 200 ha", "#7F2704", minimo=200, maximo=1e9)]))
    variables.asegurar(store, ["DEFOR"])

    paso("Prospectiva (Paso 03): supuestos, relaciones causales y escenarios")
    supuestos.guardar_supuesto(store, supuestos.Supuesto(
        "S1", "Precio internacional del oro y de la madera", "Alza sostenida que atrae actividades extractivas", "economia", "BCRP",
        [supuestos.Efecto("COB", "-", "más presión sobre el bosque")]))
    supuestos.guardar_supuesto(store, supuestos.Supuesto(
        "S2", "Cambio climático", "Crecidas más intensas del Ucayali", "clima", "SENAMHI", [supuestos.Efecto("PEL_INU", "+")]))
    corrida = analisis_estructural.ultima_corrida(store)
    informar(f"{supuestos.anadir_relaciones_de_matriz(store, corrida.resultado)} relaciones causales propuestas desde la matriz")
    for codigo in estrategicas:
        estados = ESTADOS.get(codigo, [("alta", "Alta", None), ("baja", "Baja", None)])
        escenarios.guardar_estados_posibles(store, codigo, [EstadoPosible(codigo, e, etiqueta, valor=v) for e, etiqueta, v in estados])
    posibles = escenarios.cargar_estados_posibles(store)
    primero = {c: posibles[c][0].estado for c in estrategicas}
    segundo = {c: posibles[c][1].estado for c in estrategicas}
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
    informar(f"{consistencia['COUNT']} escenarios consistentes entre {consistencia['COMBINATIONS']} combinaciones; "
             f"consistencia de los escenarios guardados: {consistencia['STORED']}")

    paso("Prospectiva (Paso 03): proyección tendencial de la deforestación por unidad territorial")
    alertas = alertas_sinteticas(unidades_uri)
    proyeccion = processing.run("pot:proyeccion_tendencial", {
        "PROJECT": str(pot), "UNITS": unidades_uri, "EVENTS": alertas, "DATE_FIELD": "detected_at", "VALUE_FIELD": "area_ha",
        "CUMULATIVE": True, "METHOD": 0, "VARIABLE": "DEFOR", "OUTPUT": str(salida / "proyeccion_deforestacion.gpkg")})
    informar(f"{alertas.featureCount()} alertas {proyeccion['YEARS']}: {proyeccion['TOTAL_OBSERVED']:,.0f} ha acumuladas; "
             f"{proyeccion['TOTAL_PROJECTED']:,.0f} ha al horizonte (lineal, R² mediano {proyeccion['R2_MEDIAN'] or 0:.2f})")
    deseable = processing.run("native:fieldcalculator", {
        "INPUT": proyeccion["OUTPUT"], "FIELD_NAME": "deseable", "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 3,
        "FORMULA": "\"observado\" + 0.2 * (\"proyeccion\" - \"observado\")", "OUTPUT": "memory:"})["OUTPUT"]
    for codigo, valores, campo in (("tendencial", proyeccion["OUTPUT"], "proyeccion"), ("deseable", deseable, "deseable"),
                                   ("exploratorio", proyeccion["OUTPUT"], "proyeccion")):
        capa = processing.run("pot:capa_escenario", {"PROJECT": str(pot), "SCENARIO": codigo, "VALUES": valores, "VALUES_KEY": "unidad",
                                                     "VALUE_FIELDS": f"{campo}=DEFOR", "STYLE_VARIABLE": "DEFOR"})
        informar(f"capa {capa['LAYER_NAME']}")
    tabla = capa_escenario.tabla_comparativa(store)
    suma = next(f for f in tabla["filas"] if f["variable"] == "DEFOR" and f["medida"] == "suma")
    informar("pérdida de bosque acumulada al horizonte: " + "; ".join(
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
    informar(f"escenario óptimo deseable: {mejor['nombre']} (pertinencia {mejor['pertinencia_media']:.1f}, "
             f"probabilidad {mejor['probabilidad_media']:.1f})")
    ejes.guardar_todos(store, ejes.proponer(store))
    for eje in ejes.cargar(store):
        informar(f"eje {eje.codigo} {eje.nombre}: {', '.join(eje.variables)}")
    return {"estrategicas": estrategicas, "optimo": mejor["escenario"], "proyeccion": proyeccion["OUTPUT"]}
