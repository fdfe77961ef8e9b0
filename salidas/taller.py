"""The workshop pack: the chosen sheets at A0/A1, a side-by-side comparison sheet, and the comment
form keyed to the workshop grid; the filled form comes back through ``observaciones``.

The pieces live in their own modules: ``rejilla`` (grid maths and key), ``formulario`` (the form),
``hoja_comparacion`` (the comparison sheet type), ``observaciones`` (the import)."""
from dataclasses import replace
from datetime import date

from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..store.pot_store import PotStore
from . import catalogo, exportar
from .formulario import COLUMNAS_FORMULARIO, FILAS_EN_BLANCO, escribir_formulario_pdf, escribir_formulario_xlsx  # noqa: F401
from .hoja_comparacion import hoja_comparativa, par_de_capa, pares_para_comparar  # noqa: F401
from .observaciones import CAPA_APORTES, importar_observaciones  # noqa: F401
from .rejilla import Rejilla, cell_centre, cell_for, letra_columna, rejilla_de_extension, rejilla_del_pot  # noqa: F401

TAMANOS_TALLER = ("A0", "A1")


def paquete_taller(gpkg, carpeta, numeros=None, tamano: str = "A1", capas=None, taller: str = "", dpi: int = 150,
                   feedback=None) -> dict:
    """Export the workshop pack to ``carpeta``: the chosen sheets at ``tamano`` (A0/A1), the
    comparison sheet (``capas``: two POT layer names, else scenarios/alternatives, else the first two
    layers linked to variables) and the comment form (PDF and XLSX)."""
    if tamano not in TAMANOS_TALLER:
        raise PotError(tr("The workshop size must be A0 or A1, not “{size}”.").format(size=tamano))
    store = PotStore.open(gpkg, migrate=False)
    carpeta = exportar.preparar_carpeta(carpeta)
    taller = taller or trd("Workshop {date}").format(date=date.today().isoformat())
    hojas = exportar.seleccionar(catalogo.cargar(store), numeros, store.path)
    grandes = [replace(h, tamano=tamano, escala=None) for h in hojas]
    salida = {"mapas": [], "comparacion": "", "formulario_pdf": "", "formulario_xlsx": "", "avisos": []}
    resultado = exportar.exportar_mapas(store.path, carpeta / "mapas", formato=exportar.PDF, dpi=dpi, hojas=grandes,
                                        feedback=feedback)
    salida["mapas"] = resultado.pdfs
    salida["avisos"] += resultado.errores
    rejilla = rejilla_del_pot(store)
    pares = [par_de_capa(store, c) for c in capas if c] if capas and any(capas) else pares_para_comparar(store)
    try:
        salida["comparacion"] = str(hoja_comparativa(store, carpeta / "comparacion.pdf", pares, rejilla, tamano, dpi))
    except PotError as error:
        salida["avisos"].append(str(error))
    salida["formulario_pdf"] = str(escribir_formulario_pdf(carpeta / "formulario_observaciones.pdf", store, hojas, rejilla, taller))
    salida["formulario_xlsx"] = str(escribir_formulario_xlsx(carpeta / "formulario_observaciones.xlsx", hojas, taller))
    return salida


