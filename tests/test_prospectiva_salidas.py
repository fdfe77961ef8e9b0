"""Pasos 02–04 in the outputs: the sample prospective analysis (``demo/prospectiva.py``, what `make demo`
runs), the map catalogue's sheet per scenario and the comparison sheet, and the memoria's chapter with
the variables, the matrix, the charts, the scenarios with their maps and the ejes. Sheets and pages are
rendered to PNG in the ``capturas`` folder: look at them after a change."""
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import processing
from pot_cartografia.__about__ import PLUGIN_DIR
from pot_cartografia.prospectiva import avance, capa_escenario, ejes, escenarios, evaluacion, variables
from pot_cartografia.salidas import catalogo, exportar
from qgis.core import QgsVectorLayer


def pdftext(path) -> str:
    """The PDF's text, ligatures (ﬂ) undone, spaces collapsed."""
    texto = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", texto))


def test_the_sample_prospective_analysis_reaches_the_optimal_scenario_and_the_axes(pot_prospectiva_plantilla, pot_prospectiva):
    _path, resumen, carpeta = pot_prospectiva_plantilla
    store = pot_prospectiva
    assert resumen["estrategicas"] == variables.estrategicas(store) and len(resumen["estrategicas"]) >= 2
    assert resumen["optimo"] == "deseable" == evaluacion.optimo(store)["escenario"]
    for nombre in ("plano_directa", "plano_indirecta", "desplazamiento", "grafo"):
        for ext in ("png", "svg"):
            assert (carpeta / "graficos" / f"micmac_{nombre}.{ext}").stat().st_size > 1000, nombre
    assert [e.codigo for e in escenarios.cargar_escenarios(store)] == ["tendencial", "deseable", "exploratorio"]
    for e in escenarios.cargar_escenarios(store):
        capa = QgsVectorLayer(store.layer_uri(e.capa), e.capa, "ogr")
        assert e.capa == f"escenario_{e.codigo}" and capa.featureCount() == QgsVectorLayer(
            store.layer_uri("modelo_actual_unidades"), "u", "ogr").featureCount()
    # the desirable scenario keeps a fifth of the projected forest loss (demo: observed + 0.2 × (projection − observed))
    suma = next(f for f in capa_escenario.tabla_comparativa(store)["filas"] if f["variable"] == "DEFOR" and f["medida"] == "suma")
    assert suma["valores"]["deseable"] < suma["valores"]["tendencial"] == suma["valores"]["exploratorio"]
    assert avance.paso03(store)[0] == "completo" and avance.paso04(store)[0] == "completo"
    assert {v for e in ejes.cargar(store) for v in e.variables} == set(resumen["estrategicas"])
    # Paso 02 waits for the modelo actual's characterisation (the units here are the land cover as it came)
    assert avance.paso02(store) == ("en_curso", "Characterise the current model (Step 01): the variables must match its "
                                    "potentialities, limitations and aptitudes.")


def test_catalogue_has_one_sheet_per_scenario_and_the_comparison(pot_prospectiva, tmp_path, capturas):
    store = pot_prospectiva
    hojas = catalogo.cargar(store)
    claves = [h.clave for h in hojas]
    assert claves[-4:] == ["escenario:tendencial", "escenario:deseable", "escenario:exploratorio", "escenarios:comparacion"]
    assert not [c for c in claves if c.startswith("tema:escenario_")], "a scenario layer has its scenario sheet, not a theme sheet"
    por_clave = {h.clave: h for h in hojas}
    assert por_clave["escenario:tendencial"].titulo == "Mapa del escenario tendencial"
    assert por_clave["escenario:exploratorio"].titulo == "Mapa del escenario exploratorio: carretera interoceánica"
    assert por_clave["escenario:tendencial"].variable == "DEFOR", "the sheet shows the variable its layer is styled by"
    comparacion = por_clave["escenarios:comparacion"]
    assert comparacion.tipo == "escenarios" and comparacion.titulo == "Comparación de los escenarios: Pérdida de bosque acumulada"
    assert [c[0] for c in comparacion.capa_variable["comparar"]] == ["escenario_tendencial", "escenario_deseable", "escenario_exploratorio"]
    # the comparison sheet draws the three maps with one legend and the table of their values
    resultado = exportar.exportar_mapas(store.path, tmp_path / "mapas", hojas=[por_clave["escenario:tendencial"], comparacion],
                                        formato=exportar.PDF, dpi=60)
    assert not resultado.errores, resultado.errores
    texto = pdftext(resultado.pdfs[1])
    for parte in ("A. Escenario tendencial", "B. Escenario deseable", "C. Escenario exploratorio", "VALORES DE LOS MAPAS",
                  "Pérdida de bosque acumulada (ha)", "Más de 200 ha", "Signos convencionales"):
        assert parte in texto, parte
    total = f"{suma_defor(store, 'tendencial'):,.0f}".replace(",", " ")
    assert total in texto.replace("\u202f", " ")
    assert "MAPA DEL ESCENARIO TENDENCIAL" in pdftext(resultado.pdfs[0])
    for indice, pdf in enumerate(resultado.pdfs):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(capturas / f"prospectiva_hoja_{indice + 1}")], check=True)


def suma_defor(store, escenario):
    capa = QgsVectorLayer(store.layer_uri(f"escenario_{escenario}"), "e", "ogr")
    return sum(f["defor"] for f in capa.getFeatures())


def test_memoria_chapter_holds_variables_matrix_charts_scenarios_and_axes(pot_prospectiva, tmp_path, capturas):
    store = pot_prospectiva
    salida = processing.run("pot:memoria_descriptiva", {"PROJECT": str(store.path), "OUTPUT": str(tmp_path / "memoria.odt"),
                                                        "OUTPUT_PDF": str(tmp_path / "memoria.pdf"), "DPI": 40})
    texto = pdftext(salida["OUTPUT_PDF"])
    orden = ["Variables temáticas del modelo prospectivo (Paso 02)", "Matriz de influencias directas (fila → columna",
             "Análisis estructural (MICMAC)", "Plano de influencia/dependencia – directo", "Mapa de desplazamiento",
             "Supuestos territoriales y relaciones causales (Paso 03)", "Relaciones causales entre las variables",
             "Escenario tendencial (tendencial", "Estado de cada variable estratégica en cada escenario",
             "Mapa del escenario deseable", "Comparación de los escenarios: Pérdida de bosque acumulada",
             "Comparación de las capas de los escenarios con el modelo actual", "Proyecciones tendenciales por unidad territorial",
             "Escenario óptimo deseable:", "Ejes estratégicos (Paso 04)", "Ejes estratégicos y sus variables estratégicas",
             "Capítulo II. Planteamiento general"]
    posiciones = [texto.find(parte) for parte in orden]
    assert all(p >= 0 for p in posiciones), [parte for parte, p in zip(orden, posiciones) if p < 0]
    assert posiciones == sorted(posiciones), "the chapter follows the order of the Pasos"
    assert "Aún no elaborado" not in texto[posiciones[0]:posiciones[-1]]
    # the comparison keeps only what the scenarios change (DEFOR), not the land-cover classes they copy
    comparacion = texto[texto.find("Comparación de las capas"):texto.find("Proyecciones tendenciales")]
    assert "DEFOR:" in comparacion and "COB:" not in comparacion and "Filas omitidas" in comparacion
    # narrow columns widen to their longest word instead of breaking it ("Horizont e", "Puntaj e")
    proyecciones_y_puntajes = texto[posiciones[12]:posiciones[13] + 400]
    for cabecera in ("Variable", "Método", "Horizonte", "Observado", "Proyectado", "Probabilidad", "Puntaje"):
        assert cabecera in proyecciones_y_puntajes, cabecera
    seccion_ejes = texto[posiciones[-3]:posiciones[-1]]
    for eje in ejes.cargar(store):
        assert eje.codigo in seccion_ejes and all(f"{v} (" in seccion_ejes for v in eje.variables), eje
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(salida["OUTPUT_PDF"]), str(capturas / "prospectiva_memoria")], check=True)


def test_make_demo_runs_the_prospective_analysis(tmp_path):
    """`make demo` (scripts/demo.py) end to end: its map series has the scenario sheets, its memoria the chapter."""
    ejecucion = subprocess.run([sys.executable, str(PLUGIN_DIR / "scripts" / "demo.py"), str(tmp_path)], capture_output=True,
                               text=True, timeout=900)
    assert ejecucion.returncode == 0, ejecucion.stdout[-2000:] + ejecucion.stderr[-2000:]
    assert "escenario óptimo deseable: Escenario deseable" in ejecucion.stdout
    mapas = sorted(p.name for p in (tmp_path / "mapas").glob("MA-*.pdf"))
    assert [m for m in mapas if "escenario" in m] == [
        "MA-13_mapa_del_escenario_tendencial.pdf", "MA-14_mapa_del_escenario_deseable.pdf",
        "MA-15_mapa_del_escenario_exploratorio_carretera_interoceanica.pdf",
        "MA-16_comparacion_de_los_escenarios_perdida_de_bosque_acumulada.pdf"]
    assert "Ejes estratégicos (Paso 04)" in pdftext(tmp_path / "memoria_descriptiva.pdf")
    # with the current model characterised, the demo completes Pasos 02–04 (the navigator says so)
    from pot_cartografia.core import pasos
    from pot_cartografia.store.pot_store import PotStore

    estados = pasos.estados(PotStore.open(tmp_path / "pot_demo.gpkg"))
    assert [estados[p] for p in ("p1_paso02", "p1_paso03", "p1_paso04")] == [pasos.COMPLETO] * 3
    assert Path(tmp_path / "prospectiva" / "graficos" / "micmac_plano_directa.svg").is_file()
