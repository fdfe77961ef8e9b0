"""Validation and approval (Pauta 4): the checklist of the POT's components, the log of the Comisión
Técnica's observations and answers, and the bundle sent to MINAM for its favourable opinion."""
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..core import pasos
from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..core.texto import slug
from ..store.conexion import copia_consistente
from ..store.pot_store import PotStore
from . import catalogo, exportar, memoria, metadatos_iso
from .rutas import nombre_seguro, ruta_dentro

CLAVE_MAPAS = "salidas_carpeta_mapas"  # pot_metadatos: folder of the last export of the map series
CLAVE_MEMORIA = memoria.CLAVE_MEMORIA
ESTADOS_OBSERVACION = ("pendiente", "atendida", "no_procede")


@dataclass
class Item:
    grupo: str
    titulo: str
    estado: str  # one of core.pasos.ESTADOS
    detalle: str = ""


def _pdfs_exportados(hojas, carpeta) -> list:
    """The sheets (numbers) that have a PDF in ``carpeta``."""
    if not carpeta or not Path(carpeta).is_dir():
        return []
    return [h.numero for h in hojas if (Path(carpeta) / f"{exportar.nombre_archivo(h)}.pdf").is_file()]


def checklist(store, carpeta_mapas=None, paquete=None) -> list:
    """Every step of the Pautas with its status, then the deliverables. ``paquete`` describes a
    bundle instead of the POT's folders: {"mapas": sheets in it, "carpeta": "mapas/", "memoria":
    "memoria/…odt"}, paths relative to the bundle."""
    estados = pasos.estados(store)
    items = []
    for fase in pasos.fases(documento=True):
        for paso in fase.pasos:
            titulo = f"{paso.codigo} {paso.titulo}".strip()
            items.append(Item(f"{fase.codigo} – {fase.titulo}", titulo, estados[paso.id]))
    entregables = trd("Deliverables")
    variables = store.count("pot_variables")
    items.append(Item(entregables, trd("Dictionary of variables"), pasos.COMPLETO if variables else pasos.SIN_INICIAR,
                      trd("{count} variables").format(count=variables)))
    hojas = catalogo.cargar(store)
    guardadas = store.count(catalogo.TABLA)
    items.append(Item(entregables, trd("Map catalogue"),
                      pasos.COMPLETO if guardadas else (pasos.EN_CURSO if hojas else pasos.SIN_INICIAR),
                      trd("{count} sheets").format(count=len(hojas)) + ("" if guardadas else " " + trd("(proposed, not saved)"))))
    meta = store.metadata()
    carpeta = carpeta_mapas or meta.get(CLAVE_MAPAS, "")
    hechos = len(_pdfs_exportados(hojas, carpeta)) if paquete is None else paquete["mapas"]
    estado = pasos.SIN_INICIAR if not hechos else (pasos.COMPLETO if hechos >= len(hojas) else pasos.EN_CURSO)
    items.append(Item(entregables, trd("Exported maps"), estado,
                      trd("{done} of {total} sheets in {folder}").format(
                          done=hechos, total=len(hojas), folder=(paquete or {}).get("carpeta") or carpeta or "—")))
    ruta_memoria = meta.get(CLAVE_MEMORIA, "") if paquete is None else paquete["memoria"]
    hecha = bool(ruta_memoria) and (paquete is not None or Path(ruta_memoria).is_file())
    items.append(Item(entregables, trd("Memoria descriptiva"), pasos.COMPLETO if hecha else pasos.SIN_INICIAR, ruta_memoria))
    obs = memoria.observaciones(store)
    pendientes = sum(1 for o in obs if (o.get("estado") or "pendiente") == "pendiente")
    items.append(Item(entregables, trd("Observations of the Technical Commission answered"),
                      pasos.SIN_INICIAR if not obs else (pasos.EN_CURSO if pendientes else pasos.COMPLETO),
                      trd("{count} observations, {pending} pending").format(count=len(obs), pending=pendientes)))
    return items


def registro_observaciones(store) -> list:
    """The log of the Comisión's observations and their answers."""
    return memoria.observaciones(store)


def responder(store, fid: int, respuesta: str, estado: str = "atendida") -> None:
    if estado not in ESTADOS_OBSERVACION:
        raise PotError(tr("The status of an observation must be one of {states}, not “{state}”.").format(
            states=", ".join(ESTADOS_OBSERVACION), state=estado))
    with store.connect() as conn:
        cambiadas = conn.execute("UPDATE pot_observaciones SET respuesta = ?, estado = ? WHERE fid = ?",
                                 (respuesta, estado, fid)).rowcount
    if not cambiadas:
        raise PotError(tr("The POT {path} has no observation {number}.").format(path=store.path, number=fid))


def _html_checklist(items) -> str:
    import html

    filas = "".join(
        f"<tr><td>{html.escape(i.grupo)}</td><td>{html.escape(i.titulo)}</td>"
        f"<td>{html.escape(pasos.etiqueta_estado(i.estado))}</td><td>{html.escape(i.detalle)}</td></tr>" for i in items
    )
    return (f"<html><head><meta charset='utf-8'><title>{html.escape(trd('Checklist'))}</title></head><body>"
            f"<h1>{html.escape(trd('Checklist'))}</h1><table border='1'>{filas}</table></body></html>")


def paquete_minam(gpkg, destino_zip, carpeta_mapas=None, dpi: int = 150, feedback=None) -> dict:
    """The zip for MINAM: the GeoPackage, the map PDFs (exported when missing), the memoria (ODT and
    PDF), the ISO 19115 metadata of each layer and the checklist. Written beside the target and then
    moved into place. Returns {"zip", "entradas", "avisos"}."""
    store = PotStore.open(gpkg, migrate=False)
    destino = Path(destino_zip)
    if destino.suffix.lower() != ".zip":
        destino = destino.with_suffix(".zip")
    if not destino.parent.is_dir():
        raise PotError(tr("The folder {folder} does not exist.").format(folder=destino.parent))
    meta = store.metadata()
    hojas = catalogo.cargar(store)
    carpeta_mapas = carpeta_mapas or meta.get(CLAVE_MAPAS, "")
    avisos = []
    base = slug(store.path.stem) or "pot"
    with tempfile.TemporaryDirectory(prefix="pot_minam_") as temporal:
        temporal = Path(temporal)
        copia_consistente(store.path, temporal / store.path.name)
        entradas = [(temporal / store.path.name, f"{base}/{store.path.name}")]

        hechos = _pdfs_exportados(hojas, carpeta_mapas)
        pdfs = {n: Path(carpeta_mapas) / f"{exportar.nombre_archivo(h)}.pdf" for h in hojas for n in [h.numero] if n in hechos}
        pngs = memoria.pngs_de_carpeta(hojas, carpeta_mapas) if carpeta_mapas else {}
        faltan = [h.numero for h in hojas if h.numero not in pdfs]
        if faltan:
            if feedback is not None:
                feedback.setProgressText(tr("Exporting the maps that are missing"))
            resultado = exportar.exportar_mapas(store.path, temporal / "mapas", numeros=faltan, formato=exportar.AMBOS,
                                                dpi=dpi, feedback=feedback)
            avisos += resultado.errores
            for hoja in hojas:
                pdf = temporal / "mapas" / f"{exportar.nombre_archivo(hoja)}.pdf"
                if hoja.numero in faltan and pdf.is_file():
                    pdfs[hoja.numero] = pdf
            pngs.update(memoria.pngs_de_carpeta([h for h in hojas if h.numero in faltan], temporal / "mapas"))
        entradas += [(pdf, f"{base}/mapas/{pdf.name}") for pdf in pdfs.values()]

        if feedback is not None:
            feedback.setProgressText(tr("Memoria descriptiva"))
        documento = memoria.construir(store, pngs).qt()
        nombre_memoria = slug(trd("descriptive_report")) or "memoria"
        odt = memoria.escribir_odt(documento, temporal / f"{nombre_memoria}.odt")
        pdf = memoria.escribir_pdf(documento, temporal / f"{nombre_memoria}.pdf")
        entradas += [(odt, f"{base}/memoria/{odt.name}"), (pdf, f"{base}/memoria/{pdf.name}")]

        titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
        for capa in store.spatial_layers():
            nombre = f"{nombre_seguro(capa) or 'capa'}.xml"
            xml = ruta_dentro(temporal, nombre)
            xml.write_bytes(metadatos_iso.xml_capa(store, capa, titulos.get(capa, capa)))
            entradas.append((xml, f"{base}/metadatos/{nombre}"))
        lista = temporal / f"{slug(trd('checklist_file'))}.html"
        en_paquete = {"mapas": len(pdfs), "carpeta": f"{base}/mapas/", "memoria": f"{base}/memoria/{odt.name}"}
        lista.write_text(_html_checklist(checklist(store, carpeta_mapas, en_paquete)), encoding="utf-8")
        entradas.append((lista, f"{base}/{lista.name}"))

        parcial = destino.with_name(f".{destino.stem}.part.zip")
        try:
            with zipfile.ZipFile(parcial, "w", zipfile.ZIP_DEFLATED) as archivo:
                for ruta, nombre in entradas:
                    archivo.write(ruta, nombre)
            os.replace(parcial, destino)
        except OSError as error:
            Path(parcial).unlink(missing_ok=True)
            raise PotError(tr("Cannot write {path}: {error}").format(path=destino, error=error.strerror or error)) from error
    return {"zip": str(destino), "entradas": [n for _, n in entradas], "avisos": avisos}
