"""Import and export of the diccionario de variables (CSV and XLSX through OGR)."""
import shutil
from pathlib import Path

import pytest
from osgeo import ogr

from pot_cartografia.core.errors import PotError
from pot_cartografia.diccionario import intercambio, repositorio
from pot_cartografia.diccionario.intercambio import exportar, importar, ruta_clases_csv
from pot_cartografia.diccionario.modelo import Clase, Variable
from pot_cartografia.store.pot_store import PotStore

DATA = Path(__file__).parent / "data"
VARIABLES_CSV = "codigo,nombre,tipo,anio\r\n"
CLASES_CSV = "variable,codigo,etiqueta,color,minimo,maximo\r\n"


def diccionario():
    return [
        Variable(
            codigo="PEND",
            nombre="Pendiente del terreno",
            tipo="numerica",
            definicion='Inclinación "media", en grados; medida con DEM\nSegunda línea, con ñ y Ñ',
            dimension="Físico-biológica",
            tema="Relieve",
            unidad="°",
            fuente="MINAM; ANA",
            anio=2019,
            escala="1:100 000",
            rol="tematica",
            rampa="Greens",
            clases=[
                Clase("Plana", "#00FF00", minimo=0.0, maximo=2.5),
                Clase("Ondulada", "#FFFF00", minimo=2.5, maximo=15.123456789),
                Clase("Muy empinada", "#FF0000", minimo=15.123456789, maximo=90.0),
            ],
        ),
        Variable(
            codigo="CAMPANA",
            nombre="Campaña agrícola",
            tipo="categorica",
            definicion="Años de cosecha, ñandú, «cañón»",
            rol="estrategica",
            clases=[Clase("Pequeña", "#ABCDEF", codigo="01"), Clase("Grande, muy", "#123456", codigo="02")],
        ),
        Variable(codigo="SIN_CLASES", nombre="Sin clases", tipo="categorica", rol=""),
    ]


@pytest.fixture
def pot(tmp_path):
    path = tmp_path / "pot.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    store = PotStore.initialise(path)
    repositorio.reemplazar(store, diccionario())
    return store


def escribir_csv(carpeta, variables, clases=None, nombre="dic.csv"):
    ruta = carpeta / nombre
    ruta.write_text(variables, encoding="utf-8")
    if clases is not None:
        ruta_clases_csv(ruta).write_text(clases, encoding="utf-8")
    return ruta


# -- round trips -------------------------------------------------------------------------------
@pytest.mark.parametrize("extension", [".xlsx", ".csv"])
def test_round_trip_is_lossless(tmp_path, extension):
    ruta = tmp_path / f"diccionario{extension}"
    exportar(diccionario(), ruta)
    variables, avisos = importar(ruta)
    assert avisos == []
    assert variables == diccionario()
    assert isinstance(variables[0].anio, int) and variables[1].anio is None
    assert isinstance(variables[0].clases[0].minimo, float)


def test_xlsx_has_two_sheets_with_numeric_breaks(tmp_path):
    ruta = tmp_path / "d.xlsx"
    exportar(diccionario(), ruta)
    with intercambio._opcion_config("OGR_XLSX_HEADERS", "FORCE"):
        ds = ogr.Open(str(ruta))
        assert [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] == ["variables", "clases"]
        defn = ds.GetLayerByName("clases").GetLayerDefn()
    assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == intercambio.CLASE_COLUMNAS
    assert defn.GetFieldDefn(4).GetType() == ogr.OFTReal


def test_breaks_needing_17_digits_still_exact_in_xlsx(tmp_path):
    variables = diccionario()
    variables[0].clases[1].maximo = variables[0].clases[2].minimo = 1 / 3 + 15  # 15.333333333333334
    assert not intercambio._cabe_en_xlsx(1 / 3 + 15)
    ruta = tmp_path / "d.xlsx"
    exportar(variables, ruta)
    assert importar(ruta)[0] == variables


def test_csv_is_utf8_with_bom_and_sibling_classes(tmp_path):
    ruta = tmp_path / "dic.csv"
    escritos = exportar(diccionario(), ruta)
    assert escritos == [ruta, tmp_path / "dic_clases.csv"]
    datos = ruta.read_bytes()
    assert datos.startswith(b"\xef\xbb\xbfcodigo,nombre,tipo,")
    assert "Campaña".encode() in datos
    assert (tmp_path / "dic_clases.csv").read_bytes().startswith(b"\xef\xbb\xbfvariable,codigo,etiqueta,color,minimo,maximo")
    assert not [p for p in tmp_path.iterdir() if ".tmp" in p.name]


def test_export_replaces_existing_file(tmp_path):
    ruta = tmp_path / "d.xlsx"
    exportar(diccionario()[:1], ruta)
    exportar(diccionario(), ruta)
    assert len(importar(ruta)[0]) == 3


# -- tolerated input ---------------------------------------------------------------------------
def test_latin1_semicolon_csv_is_read_with_warning(tmp_path):
    for nombre in ("diccionario_latin1.csv", "diccionario_latin1_clases.csv"):
        shutil.copy2(DATA / nombre, tmp_path / nombre)
    ruta = tmp_path / "diccionario_latin1.csv"
    variables, avisos = importar(ruta)
    pend, campana = variables
    assert pend.definicion == "Inclinación – en grados" and pend.unidad == "°" and pend.anio == 2019
    assert campana.nombre == "Campaña agrícola" and campana.definicion == "Año; señal"
    assert [(c.etiqueta, c.minimo, c.maximo) for c in pend.clases] == [("Baja", 0.0, 15.5), ("Muy alta", 15.5, 90.0)]
    assert campana.clases[0].etiqueta == "Pequeña"
    assert len(avisos) == 2
    assert "diccionario_latin1.csv" in avisos[0] and "Windows-1252" in avisos[0]
    assert "diccionario_latin1_clases.csv" in avisos[1]
    assert ruta.read_bytes() == (DATA / "diccionario_latin1.csv").read_bytes()  # the user's file is untouched


def test_csv_without_classes_file_warns(tmp_path):
    ruta = escribir_csv(tmp_path, VARIABLES_CSV + "A,Ñame,categorica,2020\r\n")
    variables, avisos = importar(ruta)
    assert variables == [Variable("A", "Ñame", "categorica", anio=2020)]
    assert len(avisos) == 1 and "dic_clases.csv" in avisos[0]


def test_friendly_spellings_and_unknown_columns(tmp_path):
    ruta = escribir_csv(
        tmp_path,
        " Codigo ,Nombre,Tipo,Extra\r\nA,Área,Numérica ,x\r\n,,,\r\n",
        CLASES_CSV + "A,,Baja,#000000,0,1e1\r\n",
    )
    variables, avisos = importar(ruta)
    assert variables[0].tipo == "numerica" and variables[0].clases[0].maximo == 10.0
    assert any("extra" in aviso for aviso in avisos)


# -- refused input -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "variables_csv, clases_csv, esperado",
    [
        (VARIABLES_CSV + "A,Uno,categorica,\r\nB,Dos,categorica,\r\nA,Tres,categorica,\r\n", None, ["row 4", "“A”", "repeated", "row 2"]),
        ("codigo,definicion\r\nA,x\r\n", None, ["dic.csv", "nombre, tipo"]),
        (VARIABLES_CSV + "A,Uno,categorica,\r\n", CLASES_CSV + "A,1,Bajo,#12345,,\r\n", ["A", "#12345", "colour"]),
        (VARIABLES_CSV + "A,Uno,texto,\r\n", None, ["A", "“texto”"]),
        (VARIABLES_CSV + "A,Uno,categorica,\r\n", CLASES_CSV + "NOEXISTE,1,Bajo,#123456,,\r\n", ["row 2", "NOEXISTE"]),
        (VARIABLES_CSV + "A,Uno,categorica,dos mil\r\n", None, ["row 2", "“dos mil”", "year"]),
        (VARIABLES_CSV + "A,Uno,numerica,\r\n", CLASES_CSV + 'A,,Bajo,#123456,"1,5",3\r\n', ["row 2", "minimo", "“1,5”"]),
        (VARIABLES_CSV + "A,Uno,numerica,\r\n", CLASES_CSV + "A,,Bajo,#123456,0,nan\r\n", ["maximo", "“nan”"]),
        (VARIABLES_CSV, None, ["no variables"]),
        ("", None, ["empty"]),
        (CLASES_CSV + "A,1,Bajo,#123456,,\r\n", None, ["dic.csv", "classes", "variables file"]),
    ],
    ids=[
        "duplicate",
        "missing-columns",
        "bad-colour",
        "bad-tipo",
        "unknown-variable",
        "bad-anio",
        "decimal-comma",
        "nan",
        "header-only",
        "empty",
        "classes-file-given",
    ],
)
def test_bad_csv_is_refused_with_clear_message(tmp_path, variables_csv, clases_csv, esperado):
    ruta = escribir_csv(tmp_path, variables_csv, clases_csv)
    with pytest.raises(PotError) as error:
        importar(ruta)
    for texto in esperado:
        assert texto in str(error.value)


def test_many_problems_are_capped(tmp_path):
    filas = "".join(f"V{i},Uno,malo,\r\n" for i in range(100))
    with pytest.raises(PotError, match="more problem") as error:
        importar(escribir_csv(tmp_path, VARIABLES_CSV + filas))
    assert str(error.value).count("\n") <= intercambio.MAX_PROBLEMAS + 2


def test_xlsx_without_variables_sheet(tmp_path):
    ruta = tmp_path / "otro.xlsx"
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(ruta))
    capa = ds.CreateLayer("hoja1", geom_type=ogr.wkbNone)
    capa.CreateField(ogr.FieldDefn("codigo", ogr.OFTString))
    feature = ogr.Feature(capa.GetLayerDefn())
    feature.SetField(0, "A")
    capa.CreateFeature(feature)
    ds = capa = feature = None
    with pytest.raises(PotError, match="“variables”.*hoja1"):
        importar(ruta)


@pytest.mark.parametrize("nombre, esperado", [("dic.txt", "“.txt”"), ("no_existe.csv", "does not exist")])
def test_import_refuses_other_files(tmp_path, nombre, esperado):
    with pytest.raises(PotError, match=esperado):
        importar(tmp_path / nombre)


def test_csv_that_is_not_text(tmp_path):
    ruta = tmp_path / "d.xlsx"
    exportar(diccionario(), ruta)
    falso = tmp_path / "falso.csv"
    shutil.copy2(ruta, falso)
    with pytest.raises(PotError):
        importar(falso)


# -- refused output ----------------------------------------------------------------------------
def test_export_refuses_other_extensions(tmp_path):
    with pytest.raises(PotError, match="“.ods”"):
        exportar(diccionario(), tmp_path / "d.ods")
    assert list(tmp_path.iterdir()) == []


def test_export_to_unwritable_destination(tmp_path):
    archivo = tmp_path / "soy_un_archivo"
    archivo.write_text("x")
    with pytest.raises(PotError, match="soy_un_archivo"):
        exportar(diccionario(), archivo / "d.xlsx")
    assert archivo.read_text() == "x"


@pytest.mark.parametrize("extension", [".xlsx", ".csv"])
def test_failed_export_leaves_existing_file_intact(tmp_path, monkeypatch, extension):
    ruta = tmp_path / f"d{extension}"
    exportar(diccionario()[:1], ruta)
    antes = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    escribir = intercambio._escribir

    def falla_en_la_segunda(ruta_tmp, driver, tablas, *args):
        escribir(ruta_tmp, driver, tablas, *args)
        if tablas[-1][0] == intercambio.HOJA_CLASES:
            raise PotError("disco lleno")

    monkeypatch.setattr(intercambio, "_escribir", falla_en_la_segunda)
    with pytest.raises(PotError, match="disco lleno"):
        exportar(diccionario(), ruta)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == antes


# -- Processing ----------------------------------------------------------------------------------
def test_processing_export_then_import(pot, tmp_path):
    import processing

    ruta = tmp_path / "exportado.xlsx"
    resultado = processing.run("pot:exportar_diccionario", {"PROJECT": str(pot.path), "OUTPUT": str(ruta)})
    assert resultado["OUTPUT"] == str(ruta)

    otro = tmp_path / "otro.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(otro))
    otro_store = PotStore.initialise(otro)
    repositorio.reemplazar(otro_store, [Variable("PROPIA", "Variable propia"), Variable("PEND", "Vieja")])

    resultado = processing.run("pot:importar_diccionario", {"PROJECT": str(otro), "INPUT": str(ruta)})  # merge
    assert resultado["COUNT"] == 3
    assert [v.codigo for v in repositorio.cargar(otro_store)] == ["PROPIA", "PEND", "CAMPANA", "SIN_CLASES"]
    assert repositorio.obtener(otro_store, "PEND") == diccionario()[0]

    processing.run("pot:importar_diccionario", {"PROJECT": str(otro), "INPUT": str(ruta), "MODE": 0})  # replace
    assert repositorio.cargar(otro_store) == diccionario()


def test_processing_export_csv(pot, tmp_path):
    import processing

    ruta = tmp_path / "exportado.csv"
    processing.run("pot:exportar_diccionario", {"PROJECT": str(pot.path), "OUTPUT": str(ruta)})
    assert ruta_clases_csv(ruta).is_file()
    assert importar(ruta)[0] == diccionario()


@pytest.mark.parametrize("modo", [0, 1])
def test_failed_import_leaves_dictionary_unchanged(pot, tmp_path, modo):
    import processing
    from qgis.core import QgsProcessingException

    ruta = escribir_csv(tmp_path, VARIABLES_CSV + "NUEVA,Nueva,categorica,\r\n", CLASES_CSV + "NUEVA,1,Bajo,rojo,,\r\n")
    with pytest.raises(QgsProcessingException, match="rojo"):
        processing.run("pot:importar_diccionario", {"PROJECT": str(pot.path), "INPUT": str(ruta), "MODE": modo})
    assert repositorio.cargar(pot) == diccionario()
