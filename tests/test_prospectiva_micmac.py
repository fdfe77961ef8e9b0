"""Structural analysis (MICMAC): number for number against plain-numpy computations of the definitions
written here (not the plugin's code), the matrix validation naming cells, CSV/XLSX, experts'
aggregation, the algorithm and its charts, and what it stores in the POT."""
import csv
import json
import shutil
from pathlib import Path

import numpy as np
import processing
import pytest
from osgeo import ogr
from pot_cartografia.core.errors import PotError
from pot_cartografia.prospectiva import analisis_estructural, avance, micmac, variables
from pot_cartografia.prospectiva.matriz import MatrizInvalida, agregar, desde_rejilla, desde_texto
from pot_cartografia.prospectiva.matriz_archivo import escribir_matriz, leer_matriz
from pot_cartografia.store.pot_store import PotStore
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QImage
from scipy.stats import rankdata

DATA = Path(__file__).parent / "data" / "prospectiva"
CODIGOS_6 = ["COB", "CONF_USO", "RED_VIAL", "DENS_POB", "ANP", "PEL_INU"]


# -- the independent reference ---------------------------------------------------------------------------
def leer_csv(ruta):
    """(codes, values with P as 0, P mask) read with the csv module."""
    with open(ruta, encoding="utf-8-sig") as archivo:
        filas = list(csv.reader(archivo))
    codigos = filas[0][1:]
    orden = {fila[0]: fila[1:] for fila in filas[1:]}
    valores = np.array([[0 if c == "P" else int(c) for c in orden[k]] for k in codigos], dtype=float)
    mascara = np.array([[c == "P" for c in orden[k]] for k in codigos])
    return codigos, valores, mascara


def rango(v):
    v = np.asarray(v, dtype=float)
    return rankdata(-np.round(v / np.abs(v).max(), 9), method="min").astype(int)


def indirecta_referencia(a, tope=15):
    """M^k for the first k ≥ 2 whose rankings equal those of M^(k−1), rescaled to ΣM."""
    previo = (rango(a.sum(1)), rango(a.sum(0)))
    for k in range(2, tope + 1):
        ak = np.linalg.matrix_power(a, k)
        actual = (rango(ak.sum(1)), rango(ak.sum(0)))
        if (actual[0] == previo[0]).all() and (actual[1] == previo[1]).all():
            return ak * a.sum() / ak.sum(), k, True
        previo = actual
    return ak * a.sum() / ak.sum(), tope, False


def cuadrantes_referencia(influencia, dependencia, umbral="media"):
    y, x = influencia / influencia.sum() * 100, dependencia / dependencia.sum() * 100
    ty, tx = (y.mean(), x.mean()) if umbral == "media" else (np.median(y), np.median(x))
    resultado = []
    for yi, xi in zip(y, x):
        if abs(yi - ty) <= 0.1 * ty and abs(xi - tx) <= 0.1 * tx:
            resultado.append("reguladora")
        elif yi > ty:
            resultado.append("enlace" if xi > tx else "motriz")
        else:
            resultado.append("dependiente" if xi > tx else "autonoma")
    return resultado


def comparar_con_referencia(resultado, valores, mascara, p=3.0, umbral="media"):
    directa = valores
    potencial = np.where(mascara, p, valores)
    filas = {f["codigo"]: f for f in resultado.filas()}
    esperado = {}
    for nombre, m in (("directa", directa), ("potencial", potencial)):
        esperado[nombre] = (m.sum(1), m.sum(0))
    mii, k, estable = indirecta_referencia(directa)
    miip, kp, establep = indirecta_referencia(potencial)
    esperado["indirecta"] = (mii.sum(1), mii.sum(0))
    esperado["potencial_indirecta"] = (miip.sum(1), miip.sum(0))
    assert (resultado.indirecta.potencia, resultado.indirecta.estable) == (k, estable)
    assert (resultado.potencial_indirecta.potencia, resultado.potencial_indirecta.estable) == (kp, establep)
    for nombre, (inf, dep) in esperado.items():
        for i, codigo in enumerate(resultado.codigos):
            assert filas[codigo][f"influencia_{nombre}"] == pytest.approx(inf[i], rel=1e-9)
            assert filas[codigo][f"dependencia_{nombre}"] == pytest.approx(dep[i], rel=1e-9)
        assert [filas[c][f"rango_influencia_{nombre}"] for c in resultado.codigos] == list(rango(inf))
        assert [filas[c][f"rango_dependencia_{nombre}"] for c in resultado.codigos] == list(rango(dep))
    assert [filas[c]["cuadrante"] for c in resultado.codigos] == cuadrantes_referencia(*esperado["directa"], umbral)
    assert [filas[c]["cuadrante_indirecto"] for c in resultado.codigos] == cuadrantes_referencia(*esperado["indirecta"], umbral)
    return k


# -- MICMAC against the definitions ----------------------------------------------------------------------
def test_six_by_six_with_p_cells_matches_the_definitions_and_hand_sums():
    matriz = leer_matriz(DATA / "mid_6x6.csv")
    codigos, valores, mascara = leer_csv(DATA / "mid_6x6.csv")
    assert matriz.codigos == codigos == CODIGOS_6
    resultado = micmac.analizar(matriz.codigos, matriz.directa(), matriz.con_potencial(3))
    # by hand: row and column sums of the file, P as 0 and as 3
    assert list(resultado.directa.influencia) == [4, 7, 11, 9, 6, 6]
    assert list(resultado.directa.dependencia) == [13, 8, 4, 9, 5, 4]
    assert list(resultado.potencial.influencia) == [4, 7, 11, 9, 9, 9]
    assert list(resultado.potencial.dependencia) == [13, 8, 7, 9, 5, 7]
    assert list(resultado.directa.rango_dependencia) == [1, 3, 5, 2, 4, 5]  # ties share the lowest rank
    comparar_con_referencia(resultado, valores, mascara)
    for p in (1.0, 2.0):
        r = micmac.analizar(matriz.codigos, matriz.directa(), matriz.con_potencial(p), "mediana")
        comparar_con_referencia(r, valores, mascara, p, "mediana")


def test_forty_by_forty_matches_the_definitions():
    rng = np.random.default_rng(40)
    valores = rng.choice([0, 0, 0, 1, 1, 2, 3], size=(40, 40)).astype(float)
    mascara = (rng.random((40, 40)) < 0.05) & (valores == 0)
    np.fill_diagonal(valores, 0)
    np.fill_diagonal(mascara, False)
    codigos = [f"V{i:02d}" for i in range(40)]
    resultado = micmac.analizar(codigos, valores, np.where(mascara, 3, valores))
    k = comparar_con_referencia(resultado, valores, mascara)
    assert 2 <= k <= 15


def test_the_power_reached_is_the_first_whose_rankings_repeat():
    rng = np.random.default_rng(7)
    for _ in range(20):
        m = rng.choice([0, 0, 1, 2, 3], size=(12, 12)).astype(float)
        np.fill_diagonal(m, 0)
        c = micmac.clasificacion_indirecta(m)
        if not c.estable:
            continue
        potencias = [np.linalg.matrix_power(m, j) for j in range(1, c.potencia + 1)]
        rangos = [(tuple(rango(a.sum(1))), tuple(rango(a.sum(0)))) for a in potencias]
        assert rangos[-1] == rangos[-2]
        assert all(rangos[j] != rangos[j - 1] for j in range(1, len(rangos) - 1))
        # and the ranking stays the same one power further
        siguiente = np.linalg.matrix_power(m, c.potencia + 1)
        assert (tuple(rango(siguiente.sum(1))), tuple(rango(siguiente.sum(0)))) == rangos[-1]


def test_a_matrix_without_cycles_stops_where_influences_vanish():
    m = np.triu(np.ones((5, 5)), 1) * 2  # a chain: M^5 = 0
    c = micmac.clasificacion_indirecta(m)
    assert not c.estable and c.potencia < 5
    assert np.isfinite(c.influencia).all() and c.influencia.sum() == pytest.approx(m.sum())


def test_strong_links_and_suggested_strategic_variables():
    matriz = leer_matriz(DATA / "mid_6x6.csv")
    r = micmac.analizar(matriz.codigos, matriz.directa(), matriz.con_potencial(3))
    enlaces = r.enlaces_fuertes()
    assert {(o, d) for o, d, _, _ in enlaces} == {("CONF_USO", "COB"), ("RED_VIAL", "COB"), ("RED_VIAL", "CONF_USO"),
                                                  ("RED_VIAL", "DENS_POB"), ("DENS_POB", "CONF_USO"), ("ANP", "COB")}
    assert set(r.estrategicas_sugeridas()) == {c for c, q, qi in zip(r.codigos, r.cuadrante, r.cuadrante_indirecto)
                                               if {q, qi} & {"motriz", "enlace"}}


# -- several experts -----------------------------------------------------------------------------------------
def escribir_experto(ruta, codigos, filas):
    with open(ruta, "w", encoding="utf-8", newline="") as archivo:
        escritor = csv.writer(archivo, delimiter=";")  # Spanish Excel's separator
        escritor.writerow(["codigo"] + codigos)
        for codigo, fila in zip(codigos, filas):
            escritor.writerow([codigo] + fila)
    return ruta


@pytest.fixture
def tres_expertos(tmp_path):
    codigos = ["A", "B", "C", "D"]
    a = [["0", "3", "1", "P"], ["2", "0", "3", "0"], ["1", "1", "0", "2"], ["3", "0", "P", "0"]]
    b = [["0", "2", "1", "P"], ["3", "0", "3", "1"], ["0", "2", "0", "2"], ["3", "1", "0", "0"]]
    c = [["0", "3", "0", "0"], ["2", "0", "2", "1"], ["1", "1", "0", "3"], ["2", "0", "P", "0"]]
    rutas = [escribir_experto(tmp_path / "ana.csv", codigos, a), escribir_experto(tmp_path / "beto.csv", codigos, b)]
    # the third expert wrote the variables in another order
    orden = [3, 1, 0, 2]
    permutada = [[c[i][j] for j in orden] for i in orden]
    rutas.append(escribir_experto(tmp_path / "carla.csv", [codigos[i] for i in orden], permutada))
    return codigos, [a, b, c], rutas


def test_three_experts_aggregate_cell_by_cell_with_their_spread(tres_expertos):
    codigos, crudas, rutas = tres_expertos
    directas = np.array([[[0 if v == "P" else int(v) for v in fila] for fila in m] for m in crudas], dtype=float)
    potenciales = np.array([[[3 if v == "P" else int(v) for v in fila] for fila in m] for m in crudas], dtype=float)
    matrices = [leer_matriz(r) for r in rutas]
    for metodo, reducir in (("mediana", np.median), ("media", np.mean)):
        ag = agregar(matrices, metodo, 3.0, ["ana", "beto", "carla"])
        assert ag.codigos == codigos
        assert np.array_equal(ag.directa, reducir(directas, axis=0))
        assert np.array_equal(ag.potencial, reducir(potenciales, axis=0))
        assert np.array_equal(ag.rango, directas.max(0) - directas.min(0))
        assert np.allclose(ag.desviacion, directas.std(0))
    ag = agregar(matrices, "mediana")
    assert ag.potencial[0, 3] == 3 and ag.directa[0, 3] == 0  # two of three said P: stays potential
    r = analisis_estructural.ejecutar(matrices, "mediana", 3.0, "media", expertos=["ana", "beto", "carla"])
    assert list(r.resultado.directa.influencia) == list(np.median(directas, axis=0).sum(1))


def test_experts_with_different_variables_are_refused(tmp_path, tres_expertos):
    _, _, rutas = tres_expertos
    otra = escribir_experto(tmp_path / "dario.csv", ["A", "B", "E"], [["0", "1", "1"], ["1", "0", "1"], ["1", "1", "0"]])
    with pytest.raises(PotError, match="dario.csv.*missing C, D; extra E"):
        agregar([leer_matriz(r) for r in rutas] + [leer_matriz(otra)])


# -- bad matrices, each named -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "filas, conocidos, esperado",
    [
        ([["", "A", "B", "C"], ["A", "0", "1", "2"], ["B", "1", "0", "1"]], None, r"not square: 2 row code\(s\).*columns without a row: C"),
        ([["", "A", "B"], ["A", "0", "1"], ["B", "1", "0"], ["C", "1", "1"]], None, r"not square.*rows without a column: C"),
        ([["", "A", "B", "A"], ["A", "0", "1", "0"], ["B", "1", "0", "1"]], None, r"Cell D1: the code “A” is repeated \(first in cell B1\)"),
        ([["", "A", "B"], ["A", "0", "1"], ["A", "1", "0"]], None, r"Cell A3: the code “A” is repeated \(first in cell A2\)"),
        ([["", "A", "X"], ["A", "0", "1"], ["X", "1", "0"]], {"A", "B"}, r"Cell C1: “X” is not a variable of the POT"),
        ([["", "A", "B"], ["A", "0", "4"], ["B", "1", "0"]], None, r"Cell C2 \(A → B\): “4” is not a valid value \(0, 1, 2, 3 or P\)"),
        ([["", "A", "B"], ["A", "0", "-1"], ["B", "x", "0"]], None, r"Cell C2.*“-1”[\s\S]*Cell B3 \(B → A\): “x”"),
        ([["", "A", "B"], ["A", "2", "1"], ["B", "1", "0"]], None, r"Cell B2 \(A → A\): the diagonal must be 0, not “2”"),
        ([["", "A", "B"], ["A", "0", "0"], ["B", "", "0"]], None, r"The matrix is empty: every cell is 0"),
        ([["", ""], ["", ""]], None, r"The matrix has no variables"),
        ([["", "A", ""], ["A", "0", "1"]], None, r"Cell C1: the column has no variable code"),
    ],
)
def test_bad_matrices_are_refused_naming_the_cell(filas, conocidos, esperado):
    with pytest.raises(MatrizInvalida, match=esperado) as error:
        desde_rejilla(filas, "m.csv", conocidos)
    assert "m.csv" in str(error.value)


def test_problems_carry_their_cell_for_the_editor():
    with pytest.raises(MatrizInvalida) as error:
        desde_rejilla([["", "A", "B"], ["A", "0", "9"], ["B", "3", "1"]], "m")
    assert [(p.fila, p.columna) for p in error.value.problemas] == [(2, 3), (3, 3)]


def test_pasted_cells_columns_in_any_order_blanks_and_lowercase_p():
    texto = "\tB\tA\nA\tp\t\nB\t\t3\n"
    m = desde_texto(texto)
    assert m.codigos == ["A", "B"]
    assert m.potencial[0, 1] and m.valores[1, 0] == 3 and m.valores[0, 1] == 0


# -- files -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("extension", [".csv", ".xlsx"])
def test_matrix_round_trips_through_csv_and_xlsx(tmp_path, extension):
    original = leer_matriz(DATA / "mid_6x6.csv")
    ruta = escribir_matriz(original, tmp_path / f"m{extension}")
    leida = leer_matriz(ruta)
    assert leida.codigos == original.codigos
    assert np.array_equal(leida.valores, original.valores) and np.array_equal(leida.potencial, original.potencial)


def test_an_xlsx_whose_cells_are_all_text_keeps_its_header(tmp_path):
    """GDAL 3.6 reads an all-text first row as data unless told (platform.md): the header must still be the codes."""
    ruta = tmp_path / "texto.xlsx"
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(ruta))
    capa = ds.CreateLayer("hoja", geom_type=ogr.wkbNone)
    for nombre in ("codigo", "ANP", "COB"):
        capa.CreateField(ogr.FieldDefn(nombre, ogr.OFTString))
    for fila in (["ANP", "0", "3"], ["COB", "P", "0"]):
        f = ogr.Feature(capa.GetLayerDefn())
        for i, v in enumerate(fila):
            f.SetField(i, v)
        capa.CreateFeature(f)
    capa = ds = None
    m = leer_matriz(ruta)
    assert m.codigos == ["ANP", "COB"] and m.valores[0, 1] == 3 and m.potencial[1, 0]


def test_unknown_extension_and_missing_file(tmp_path):
    with pytest.raises(PotError, match="must be .csv or .xlsx"):
        leer_matriz(tmp_path / "m.ods")
    with pytest.raises(PotError, match="does not exist"):
        leer_matriz(tmp_path / "nada.csv")


# -- the algorithm, its charts, the POT -------------------------------------------------------------------------------
def no_esta_en_blanco(ruta):
    imagen = QImage(str(ruta))
    assert not imagen.isNull() and imagen.width() == 1600 and imagen.height() == 1200
    colores = {imagen.pixel(x, y) for x in range(0, 1600, 23) for y in range(0, 1200, 19)}
    return len(colores) > 10


def test_algorithm_writes_the_table_and_the_charts(tmp_path, capturas):
    carpeta = tmp_path / "graficos"
    r = processing.run("pot:analisis_estructural", {"MATRIX": str(DATA / "mid_6x6.csv"), "THRESHOLD": 0,
                                                    "OUTPUT": str(tmp_path / "micmac.gpkg"), "OUTPUT_FOLDER": str(carpeta)})
    capa = QgsVectorLayer(r["OUTPUT"], "micmac", "ogr")
    assert capa.featureCount() == 6
    nombres = capa.fields().names()
    for campo in ("codigo", "influencia_directa", "dependencia_directa", "influencia_indirecta", "dependencia_indirecta",
                  "influencia_potencial", "dependencia_potencial", "rango_influencia_directa", "rango_dependencia_indirecta",
                  "cuadrante"):
        assert campo in nombres
    filas = {f["codigo"]: f for f in capa.getFeatures()}
    assert filas["RED_VIAL"]["influencia_directa"] == 11 and filas["RED_VIAL"]["rango_influencia_directa"] == 1
    assert filas["RED_VIAL"]["cuadrante"] == "motriz" and filas["COB"]["cuadrante"] == "dependiente"
    assert r["STABLE"] == 1 and r["POWER"] >= 2
    graficos = [Path(p) for p in json.loads(r["CHARTS"])]
    assert len(graficos) == 12
    for ruta in graficos:
        if ruta.suffix == ".png":
            assert no_esta_en_blanco(ruta), ruta
            shutil.copy(ruta, capturas / f"micmac6_{ruta.name}")
        else:
            texto = ruta.read_text(encoding="utf-8")
            assert "<svg" in texto and "RED_VIAL" in texto
    assert not list(carpeta.glob(".*"))  # no temporary file left


def test_algorithm_aggregates_experts_and_writes_their_disagreement(tmp_path, tres_expertos):
    _, _, rutas = tres_expertos
    r = processing.run("pot:analisis_estructural", {"MATRIX": str(rutas[0]), "EXPERTS": [str(p) for p in rutas[1:]], "AGGREGATION": 1,
                                                    "OUTPUT": "memory:", "OUTPUT_FOLDER": str(tmp_path / "g")})
    filas = {f["codigo"]: f for f in r["OUTPUT"].getFeatures()}
    # mean of the three experts' row sums (P as 0): A 4/3/3, B 5/7/5, C 4/4/5, D 3/4/2
    assert filas["B"]["influencia_directa"] == pytest.approx((5 + 7 + 5) / 3)
    with open(tmp_path / "g" / "dispersion_expertos.csv", encoding="utf-8-sig") as archivo:
        dispersion = list(csv.DictReader(archivo))
    celda = next(f for f in dispersion if f["origen"] == "A" and f["destino"] == "B")
    assert (celda["ana"], celda["beto"], celda["carla"], float(celda["rango"])) == ("3.0", "2.0", "3.0", 1.0)


def test_algorithm_refuses_a_bad_matrix_naming_the_cell(tmp_path):
    mala = escribir_experto(tmp_path / "mala.csv", ["A", "B"], [["0", "5"], ["1", "0"]])
    with pytest.raises(QgsProcessingException, match=r"mala.csv[\s\S]*Cell C2 \(A → B\): “5”"):
        processing.run("pot:analisis_estructural", {"MATRIX": str(mala), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="Give a MATRIX file"):
        processing.run("pot:analisis_estructural", {"OUTPUT": "memory:"})


def test_with_a_pot_codes_must_be_variables_and_results_are_stored(pot_demo, tmp_path):
    mala = escribir_experto(tmp_path / "mala.csv", ["COB", "XYZ"], [["0", "1"], ["1", "0"]])
    with pytest.raises(QgsProcessingException, match="Cell C1: “XYZ” is not a variable of the POT"):
        processing.run("pot:analisis_estructural", {"PROJECT": str(pot_demo), "MATRIX": str(mala), "OUTPUT": "memory:"})
    store = PotStore.open(pot_demo)
    assert avance.paso02(store)[0] == "sin_iniciar"
    r = processing.run("pot:analisis_estructural", {"PROJECT": str(pot_demo), "MATRIX": str(DATA / "mid_6x6.csv"),
                                                    "MARK_STRATEGIC": True, "OUTPUT": "memory:"})
    assert set(r["STRATEGIC"].split(";")) == set(variables.estrategicas(store))
    assert analisis_estructural.listar_matrices(store)[0]["nombre"] == "mid_6x6"
    guardados = {f["variable"]: f for f in analisis_estructural.resultados(store)}
    assert guardados["RED_VIAL"]["influencia_directa"] == 11 and guardados["RED_VIAL"]["cuadrante"] == "motriz"
    rol = {v.variable: v.rol for v in variables.cargar(store)}
    assert rol["RED_VIAL"] == "motriz"
    from pot_cartografia.diccionario import repositorio

    assert {v.codigo for v in repositorio.cargar(store) if v.rol == "estrategica"} == set(r["STRATEGIC"].split(";"))
    assert avance.paso02(store) == ("en_curso", "Characterise the current model (Step 01): the variables must match its "
                                    "potentialities, limitations and aptitudes.")
    with store.connect() as conn:
        conn.execute("INSERT INTO pot_modelo_resumen (capa, grupo, clave, area_ha) VALUES ('u', 'potencialidad', 'x', 1)")
    assert avance.paso02(store)[0] == "completo"
    # again, without a file: the matrix stored in the POT
    assert analisis_estructural.ultima_corrida(store).resultado.indirecta.potencia == r["POWER"]
    otra = processing.run("pot:analisis_estructural", {"PROJECT": str(pot_demo), "OUTPUT": "memory:"})
    assert otra["POWER"] == r["POWER"] and otra["STRATEGIC"] == r["STRATEGIC"]
    assert analisis_estructural.cargar_matriz(store, "mid_6x6").potencial.sum() == 2


def test_experts_stored_in_the_pot_are_aggregated(pot_demo, tmp_path):
    store = PotStore.open(pot_demo)
    base = leer_matriz(DATA / "mid_6x6.csv")
    otra = leer_matriz(DATA / "mid_6x6.csv")
    otra.valores[0, 1] = 3
    analisis_estructural.guardar_matriz(store, base, "ana")
    analisis_estructural.guardar_matriz(store, otra, "beto")
    analisis_estructural.guardar_matriz(store, otra, "carla")
    r = processing.run("pot:analisis_estructural", {"PROJECT": str(pot_demo), "OUTPUT": "memory:"})
    filas = {f["codigo"]: f for f in r["OUTPUT"].getFeatures()}
    assert filas["COB"]["influencia_directa"] == 6  # median of 4, 6, 6
    corrida = analisis_estructural.ultima_corrida(store)  # what the memoria redraws
    assert corrida.agregada is not None and corrida.resultado.filas() == [
        dict(f, nombre=analisis_estructural.nombres_del_diccionario(store)[f["codigo"]]) for f in corrida.resultado.filas()]
    guardados = {f["variable"]: f for f in analisis_estructural.resultados(store)}
    assert all(guardados[f["codigo"]]["influencia_indirecta"] == pytest.approx(f["influencia_indirecta"]) for f in corrida.resultado.filas())
    consenso = analisis_estructural.cargar_matriz(store, "consenso")
    assert consenso.valores[0, 1] == 3
    assert {m["nombre"]: m["tipo"] for m in analisis_estructural.listar_matrices(store)}["consenso"] == "agregada"


def test_graph_without_strong_links_says_so(tmp_path):
    m = np.ones((4, 4)) - np.eye(4)
    r = micmac.analizar(["A", "B", "C", "D"], m)
    from pot_cartografia.core.i18n import idioma_de_documentos
    from pot_cartografia.prospectiva import graficos

    with idioma_de_documentos("en"):
        png, svg = graficos.guardar(graficos.grafo(r), tmp_path / "grafo")
    assert png.is_file() and "No link of strength 3 in the matrix." in svg.read_text(encoding="utf-8")
