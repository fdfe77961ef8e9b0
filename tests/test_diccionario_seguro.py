"""Dictionary files from outside are data, never programs or traps: spreadsheet formulas neutralised
on CSV export, merged cells refused by name, files too big for a dictionary refused before they are
parsed."""
import re
import shutil
import zipfile

import pytest

from pot_cartografia.core.errors import PotError
from pot_cartografia.diccionario import intercambio
from pot_cartografia.diccionario.intercambio import exportar, importar
from pot_cartografia.diccionario.modelo import Clase, Variable


def _variables():
    return [
        Variable(codigo="X", nombre='=HYPERLINK("http://malo.example","clic")', fuente="+cmd|' /C calc'!A0",
                 formula="= pob / area", clases=[Clase(etiqueta="@SUM(1+1)", color="#112233", codigo="-1")]),
        Variable(codigo="Y", nombre="Segunda", dimension="Ambiental", clases=[Clase(etiqueta="Uno", color="#445566", codigo="1")]),
    ]


def test_csv_export_neutralises_formulas_and_import_restores_them(tmp_path):
    exportar(_variables(), tmp_path / "d.csv")
    texto = (tmp_path / "d.csv").read_text(encoding="utf-8-sig") + (tmp_path / "d_clases.csv").read_text(encoding="utf-8-sig")
    celdas = re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,\r\n]*)', texto, flags=re.M)
    peligrosas = [c.strip('"') for c in celdas if c.strip('"').startswith(("=", "+", "@"))]
    assert peligrosas == []  # every formula-like text starts with an apostrophe
    assert "'=HYPERLINK" in texto and "'+cmd" in texto and "'@SUM" in texto
    assert ",-1," in texto or ',"-1",' in texto  # a number stays a number
    leidas, _ = importar(tmp_path / "d.csv")
    assert [(v.nombre, v.fuente, v.formula, v.clases[0].etiqueta) for v in leidas][0] == (
        '=HYPERLINK("http://malo.example","clic")', "+cmd|' /C calc'!A0", "= pob / area", "@SUM(1+1)")


def test_xlsx_keeps_formula_like_text_as_text(tmp_path):
    exportar(_variables(), tmp_path / "d.xlsx")
    with zipfile.ZipFile(tmp_path / "d.xlsx") as libro:
        assert not any("<f>" in libro.read(n).decode("utf-8") for n in libro.namelist() if n.startswith("xl/worksheets/"))
    assert importar(tmp_path / "d.xlsx")[0][0].nombre.startswith("=HYPERLINK")


def _con_partes(origen, destino, cambiar):
    """A copy of the workbook ``origen`` with some parts rewritten by ``cambiar(name, bytes) -> bytes``."""
    with zipfile.ZipFile(origen) as entrada, zipfile.ZipFile(destino, "w", zipfile.ZIP_DEFLATED) as salida:
        for info in entrada.infolist():
            salida.writestr(info.filename, cambiar(info.filename, entrada.read(info)))
    return destino


def test_xlsx_with_merged_cells_is_refused_naming_them(tmp_path):
    exportar(_variables(), tmp_path / "d.xlsx")

    def fusionar(nombre, datos):
        if nombre == "xl/worksheets/sheet1.xml":  # "dimension" (column E) merged over both variables, as Excel stores it
            return datos.replace(b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="E2:E3"/></mergeCells>')
        return datos

    ruta = _con_partes(tmp_path / "d.xlsx", tmp_path / "fusionadas.xlsx", fusionar)
    with pytest.raises(PotError, match="merged cells \\(variables E2:E3\\)"):
        importar(ruta)


def test_a_workbook_far_too_big_for_a_dictionary_is_refused_before_it_is_read(tmp_path):
    exportar(_variables(), tmp_path / "d.xlsx")
    filas = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>V%d</t></is></c></row>' % (n, n, n)
                     for n in range(2, 1_000_002))

    def enorme(nombre, datos):
        if nombre == "xl/worksheets/sheet1.xml":
            inicio = datos.index(b"<sheetData>") + len(b"<sheetData>")
            fin = datos.index(b"</row>", inicio) + len(b"</row>")  # keep the header row
            return datos[:fin] + filas + datos[datos.index(b"</sheetData>"):]
        return datos

    ruta = _con_partes(tmp_path / "d.xlsx", tmp_path / "millon.xlsx", enorme)
    assert ruta.stat().st_size < intercambio.MAX_MB * 1e6  # small on disk: the rows are what gives it away
    with pytest.raises(PotError, match=f"sheet “variables” of millon.xlsx has more than {intercambio.MAX_FILAS} rows"):
        importar(ruta)


def test_csv_too_big_or_too_long_is_refused(tmp_path):
    exportar(_variables(), tmp_path / "d.csv")
    cabecera = (tmp_path / "d.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    largo = tmp_path / "largo.csv"
    largo.write_text(cabecera + "\n" + "".join(f"V{i},Variable {i},categorica\n" for i in range(30000)), encoding="utf-8")
    with pytest.raises(PotError, match=f"largo.csv has more than {intercambio.MAX_FILAS} rows"):
        importar(largo)
    grande = tmp_path / "grande.csv"
    shutil.copy(largo, grande)
    with open(grande, "ab") as archivo:
        archivo.write(b"x" * int(intercambio.MAX_MB * 1e6))
    with pytest.raises(PotError, match=f"grande.csv is .* MB: a dictionary file can be at most {intercambio.MAX_MB} MB"):
        importar(grande)
