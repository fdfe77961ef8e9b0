"""Two POTs built from the real Ucayali layers as a new user would, with the plugin's algorithms:
the provincial POT of Coronel Portillo (value maps, clipping, one field per variable, the memoria's
areas against geopandas) and the regional POT of Ucayali (political-administrative sheet by
province, every name on it). Sheets (PNG, A3 and A0) and memoria pages go to the screenshot folder.
"""
import re
import subprocess

import geopandas as gpd
import processing
import pytest
import shapely
from pot_cartografia.salidas import catalogo, exportar, memoria
from pot_cartografia.store.pot_store import PotStore

UCAYALI = "ucayali_dit_epsg32718.gpkg"
PROVINCIA = "CORONEL PORTILLO"
TOLERANCIA = 0.005  # 0.5 %


def pdftext(path):
    return re.sub(r"\s+", " ", subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                               check=True).stdout)


def _capa(gpkg, nombre):
    return f"{gpkg}|layername={nombre}"


def _anadir(pot, entrada, nombre, titulo, fase, **vinculo):
    parametros = {"PROJECT": str(pot), "INPUT": entrada, "NAME": nombre, "TITLE": titulo, "PHASE": fase}
    parametros.update(vinculo)
    return processing.run("pot:anadir_capa", parametros)


@pytest.fixture(scope="module")
def coronel_portillo(tmp_path_factory):
    from conftest import SHARED_DATA

    gpkg = SHARED_DATA / UCAYALI
    if not gpkg.exists():
        pytest.skip(f"{gpkg} not found (only CI and developers have ../shared)")
    carpeta = tmp_path_factory.mktemp("coronel_portillo")
    pot = carpeta / "pot_coronel_portillo.gpkg"
    processing.run("pot:crear_proyecto", {
        "NAME": "Plan de Ordenamiento Territorial de la Provincia de Coronel Portillo", "LEVEL": 1,
        "AMBITO": _capa(gpkg, "01_limites_provincias_ucayali"), "FILTER": f"\"PROVINCIA\" = '{PROVINCIA}'",
        "AMBITO_NAME": "Provincia de Coronel Portillo – Departamento de Ucayali", "HORIZON": 2040, "SCALE": 100000,
        "TEAM": "Equipo técnico del POT", "ENTITY": "Municipalidad Provincial de Coronel Portillo", "OUTPUT": str(pot)})
    acp_csv = carpeta / "acp.csv"
    acp_csv.write_text("acp_codi;clase\nACP165;ACP\nACP166;ACP\nACP167;ACP\n", encoding="utf-8")
    resultados = {}
    for nombre, capa, titulo, fase, vinculo in (
        ("distritos", "02_limites_distritos_ucayali", "Límites distritales", 0, {}),
        ("capitales", "03_capitales_provincia_ucayali", "Capitales de provincia", 0, {}),
        ("rios", "50_rios_gshhg_wdbii_ucayali", "Ríos principales", 0, {}),
        ("red_vial_departamental", "30_red_vial_departamental_ucayali", "Red vial departamental", 0, {}),
        ("anp_nacional", "10_anp_nacional_ucayali", "Áreas naturales protegidas", 1,
         {"FIELD": "anp_cate", "VARIABLE": "ANP"}),  # "Parque Nacional", "Reserva Comunal": matched by label
        ("reservas_comunales", "10_reservas_comunales_ucayali", "Reservas comunales", 1,
         {"FIELD": "ANP_CATE", "VARIABLE": "ANP"}),
        ("acr", "10_areas_conservacion_regional_ucayali", "Áreas de conservación regional", 1,
         {"FIELD": "acr_codi", "VARIABLE": "ANP", "VALUE_MAP": "ACR06=ACR\nACR31=ACR\nACR35=ACR"}),
        ("acp", "10_areas_conservacion_privada_ucayali", "Áreas de conservación privada", 1,
         {"FIELD": "acp_codi", "VARIABLE": "ANP", "VALUE_MAP": str(acp_csv)}),
        ("comunidades_nativas", "20_comunidades_nativas_ucayali", "Comunidades nativas", 1,
         {"FIELD": "SIT_TITUL", "VARIABLE": "CCNN"}),
        ("reservas_territoriales", "21_reservas_territoriales_indigenas", "Reservas territoriales (PIACI)", 1,
         {"FIELD": "RESERVA", "VARIABLE": "RT_PIACI"}),
    ):
        resultados[nombre] = _anadir(pot, _capa(gpkg, capa), nombre, titulo, fase, **vinculo)
    return pot, gpkg, resultados


def _oraculo(gpkg, provincia):
    """Area per ANP category and of titled native communities inside the province, by geopandas."""
    limite = gpd.read_file(gpkg, layer="01_limites_provincias_ucayali")
    limite = shapely.make_valid(limite[limite.PROVINCIA == provincia].geometry.union_all())

    def por_clase(capas):
        partes = {}
        for capa, columna, clase_de in capas:
            gdf = gpd.read_file(gpkg, layer=capa)
            for valor, geometria in zip(gdf[columna], gdf.geometry):
                if geometria is None or geometria.is_empty:
                    continue
                partes.setdefault(clase_de(valor), []).append(shapely.make_valid(geometria))
        return {clase: shapely.intersection(shapely.union_all(g), limite).area / 10000.0 for clase, g in partes.items()}

    categorias = {"Parque Nacional": "PN", "Reserva Comunal": "RC"}
    anp = por_clase([("10_anp_nacional_ucayali", "anp_cate", categorias.get),
                     ("10_reservas_comunales_ucayali", "ANP_CATE", categorias.get),
                     ("10_areas_conservacion_regional_ucayali", "acr_codi", lambda v: "ACR"),
                     ("10_areas_conservacion_privada_ucayali", "acp_codi", lambda v: "ACP")])
    ccnn = por_clase([("20_comunidades_nativas_ucayali", "SIT_TITUL", lambda v: v)])
    return {clase: ha for clase, ha in anp.items() if ha > 0}, ccnn.get("Titulada", 0.0)


def test_value_maps_clip_and_link_real_layers(coronel_portillo):
    pot, gpkg, resultados = coronel_portillo
    store = PotStore.open(pot)
    assert resultados["anp_nacional"]["LINKED_FIELD"] == "anp" and resultados["anp_nacional"]["UNMATCHED"] == 0
    assert resultados["comunidades_nativas"]["LINKED_FIELD"] == "ccnn"
    assert resultados["acp"]["UNMATCHED"] == 0 and resultados["acr"]["UNMATCHED"] == 0
    # Clipped to the province: no community of the other provinces is left.
    comunidades = gpd.read_file(pot, layer="comunidades_nativas")
    assert set(comunidades.provincia) <= {"Coronel Portillo"} | set(comunidades[comunidades.geometry.area < 5e7].provincia)
    assert len(comunidades) < 287 * 0.6
    with store.connect(readonly=True) as conn:
        enlaces = {(r[0], r[1]) for r in conn.execute("SELECT capa, variable FROM pot_campos")}
    assert ("acp", "ANP") in enlaces and ("reservas_territoriales", "RT_PIACI") in enlaces


def test_memoria_areas_match_geopandas_inside_the_province(coronel_portillo, capturas):
    pot, gpkg, _ = coronel_portillo
    store = PotStore.open(pot)
    anp_esperado, tituladas = _oraculo(gpkg, PROVINCIA)
    tablas = {t.codigo: t for t in memoria.tablas_de_areas(store)}
    anp = {codigo: ha for codigo, _, ha, _ in tablas["ANP"].filas}
    assert anp.keys() == anp_esperado.keys(), (anp, anp_esperado)
    for clase, ha in anp_esperado.items():
        assert anp[clase] == pytest.approx(ha, rel=TOLERANCIA), clase
    ccnn = {codigo: ha for codigo, _, ha, _ in tablas["CCNN"].filas}
    assert ccnn["TIT"] == pytest.approx(tituladas, rel=TOLERANCIA)
    assert tablas["ANP"].capas[:2] == ["anp_nacional", "reservas_comunales"]  # one table for the four layers
    assert tablas["ANP"].ambito_ha > 0 and sum(anp.values()) < tablas["ANP"].ambito_ha


def test_sheets_of_the_provincial_pot(coronel_portillo, capturas):
    pot, _, _ = coronel_portillo
    store = PotStore.open(pot)
    hojas = catalogo.cargar(store)
    temas = {h.capa_variable.get("capa"): h for h in hojas if h.capa_variable}
    assert {"anp_nacional", "comunidades_nativas", "reservas_territoriales"} <= set(temas)
    salida = capturas / "coronel_portillo"
    resultado = exportar.exportar_mapas(pot, salida / "a3", formato=exportar.AMBOS, dpi=110)
    assert not resultado.errores, resultado.errores
    textos = {p: pdftext(p) for p in resultado.pdfs}

    def texto_de(capa):
        numero = temas[capa].numero
        return next(t for p, t in textos.items() if re.search(rf"/{numero}_", p))

    assert "Parque Nacional" in texto_de("anp_nacional") and "Reserva Comunal" in texto_de("anp_nacional")
    assert "Titulada" in texto_de("comunidades_nativas") and "Proceso de titulación" in texto_de("comunidades_nativas")
    assert "Reserva Territorial" in texto_de("reservas_territoriales")
    assert all("UBICACIÓN" in t for t in textos.values())  # the location inset on every sheet, by default
    assert not [a for a in resultado.avisos if "could not be placed" in a or "no se pudieron colocar" in a]
    # A0 copies of two sheets to look at.
    a0 = [replace_size(h, "A0") for h in hojas if h.clave in ("politico", f"tema:{'anp_nacional'}")]
    exportar.exportar_mapas(pot, salida / "a0", formato=exportar.PNG, dpi=40, hojas=a0)
    # The memoria, its pages rendered to look at.
    pdf = salida / "memoria.pdf"
    memoria.generar_memoria(pot, odt=salida / "memoria.odt", pdf=pdf, carpeta_mapas=salida / "a3")
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(salida / "memoria")], check=True)
    texto = pdftext(pdf)
    assert "Parque Nacional" in texto and "Capas del Diagnóstico Integrado del Territorio" in texto
    assert "Potencialidades, limitaciones y aptitudes" in texto and "Aportes de los actores" in texto
    assert "1:100 000" in texto.replace("\u202f", " ")  # the working scale, written as on the sheets
    assert "1:1 500 000" in texto.replace("\u202f", " ")  # Annex 2: the scale each sheet was exported at


def replace_size(hoja, tamano):
    from dataclasses import replace

    return replace(hoja, tamano=tamano)


def test_regional_pot_political_sheet_by_province_with_every_name(tmp_path, capturas):
    from conftest import SHARED_DATA

    gpkg = SHARED_DATA / UCAYALI
    if not gpkg.exists():
        pytest.skip(f"{gpkg} not found")
    pot = tmp_path / "pot_ucayali.gpkg"
    processing.run("pot:crear_proyecto", {
        "NAME": "Plan de Ordenamiento Territorial del Departamento de Ucayali", "LEVEL": 0,
        "AMBITO": _capa(gpkg, "00_limite_departamental_ucayali"), "AMBITO_NAME": "Departamento de Ucayali",
        "HORIZON": 2040, "SCALE": 250000, "ENTITY": "Gobierno Regional de Ucayali", "OUTPUT": str(pot)})
    for nombre, capa, titulo in (("distritos", "02_limites_distritos_ucayali", "Límites distritales"),
                                 ("provincias", "01_limites_provincias_ucayali", "Límites provinciales"),
                                 ("capitales", "03_capitales_provincia_ucayali", "Capitales de provincia"),
                                 ("rios", "50_rios_gshhg_wdbii_ucayali", "Ríos principales")):
        _anadir(pot, _capa(gpkg, capa), nombre, titulo, 0)
    store = PotStore.open(pot)
    politico = next(h for h in catalogo.cargar(store) if h.clave == "politico")
    assert politico.capas == ["capitales", "provincias", "ambito"]
    for tamano in ("A3", "A0"):
        resultado = exportar.exportar_mapas(pot, capturas / "ucayali" / tamano, formato=exportar.AMBOS, dpi=110 if tamano == "A3" else 40,
                                            hojas=[replace_size(politico, tamano)])
        assert not resultado.errores and not [a for a in resultado.avisos if "labels" in a or "rótulos" in a], resultado.avisos
        texto = pdftext(resultado.pdfs[0])
        for provincia in ("CORONEL PORTILLO", "ATALAYA", "PADRE ABAD", "PURUS"):
            assert provincia in texto, provincia
        assert "PUCALLPA" in texto  # the capital, labelled
