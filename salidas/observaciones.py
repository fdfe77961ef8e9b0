"""The way back from a workshop: the filled comment form becomes rows of ``pot_observaciones``
(and, with an ``aportes`` layer, points at the cells' centres)."""
import csv
import uuid
from pathlib import Path

from osgeo import gdal
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer, QgsWkbTypes

from ..core.errors import PotError
from ..core.gdal_silencio import gdal_silencioso
from ..core.i18n import tr
from ..core.texto import texto_csv
from ..store.pot_store import PotStore
from . import catalogo
from .rejilla import letra_columna, rejilla_del_pot

CAPA_APORTES = "aportes"


def _leer_tabla(ruta: Path) -> list:
    """Rows of a filled form as (row number, {column: text})."""
    if ruta.suffix.lower() == ".csv":
        texto, delimitador = texto_csv(ruta)
        lector = csv.DictReader(texto.splitlines(), delimiter=delimitador)
        return [(n, {(k or "").strip().lower(): (v or "").strip() for k, v in fila.items()})
                for n, fila in enumerate(lector, start=2)]
    if ruta.suffix.lower() != ".xlsx":
        raise PotError(tr("{path}: the filled form must be an .xlsx or .csv file.").format(path=ruta))
    previo = gdal.GetConfigOption("OGR_XLSX_HEADERS")
    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    try:
        with gdal_silencioso():
            ds = gdal.OpenEx(str(ruta), gdal.OF_VECTOR, allowed_drivers=["XLSX"])
            if ds is None:
                raise PotError(tr("{path} could not be read as XLSX: {error}").format(path=ruta, error=gdal.GetLastErrorMsg()))
            capa = ds.GetLayerByName("observaciones") or ds.GetLayer(0)
            defn = capa.GetLayerDefn()
            nombres = [defn.GetFieldDefn(i).GetName().strip().lower() for i in range(defn.GetFieldCount())]
            filas = []
            for n, feature in enumerate(capa, start=2):
                filas.append((n, {nombre: ("" if not feature.IsFieldSetAndNotNull(i) else str(feature.GetField(i)).strip())
                                  for i, nombre in enumerate(nombres)}))
            capa = ds = None
            return filas
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", previo)


def importar_observaciones(gpkg, ruta, taller: str = "") -> dict:
    """Read a filled form into ``pot_observaciones``; with an ``aportes`` layer in the POT, each
    observation with a cell also becomes an aporte point at the cell's centre. All or nothing: any
    row with a problem stops the import and every problem is named. Rows already imported (same
    text, sheet and cell) are skipped. Returns {"importadas", "omitidas", "aportes"}."""
    ruta = Path(ruta)
    if not ruta.is_file():
        raise PotError(tr("The file {path} does not exist.").format(path=ruta))
    store = PotStore.open(gpkg, migrate=False)
    filas = _leer_tabla(ruta)
    if filas and "texto" not in filas[0][1]:
        raise PotError(tr("{path}: the column “texto” (the observation) is missing; use the form of the workshop pack.").format(path=ruta))
    numeros_hojas = {h.numero for h in catalogo.cargar(store)}
    rejilla = None
    problemas, validas = [], []
    for n, fila in filas:
        if not fila.get("texto"):
            continue
        hoja, celda = fila.get("hoja", "").upper(), fila.get("celda", "").upper().replace(" ", "")
        if hoja and hoja not in numeros_hojas:
            problemas.append(tr("{path}, row {row}: the sheet “{sheet}” is not in the map catalogue.").format(path=ruta.name, row=n, sheet=hoja))
        punto = None
        if celda:
            rejilla = rejilla or rejilla_del_pot(store)
            try:
                punto = rejilla.centro(celda)
            except ValueError:
                problemas.append(tr("{path}, row {row}: the cell “{cell}” is not on the workshop grid (columns A–{last}, rows 1–{rows}).").format(
                    path=ruta.name, row=n, cell=celda, last=letra_columna(rejilla.cols - 1), rows=rejilla.rows))
        numero = fila.get("numero", "")
        validas.append({
            "numero": int(float(numero)) if numero.replace(".", "", 1).isdigit() else None,
            "taller": fila.get("taller") or taller, "fecha": fila.get("fecha", ""), "institucion": fila.get("institucion", ""),
            "autor": fila.get("autor", ""), "hoja": hoja, "celda": celda, "texto": fila["texto"],
            "respuesta": fila.get("respuesta", ""), "estado": fila.get("estado") or "pendiente", "punto": punto,
        })
    if problemas:
        raise PotError("\n".join(problemas))
    nuevas, omitidas = [], 0
    with store.connect() as conn:
        existentes = {(r[0], r[1] or "", r[2] or "") for r in conn.execute("SELECT texto, hoja, celda FROM pot_observaciones")}
        for obs in validas:
            clave = (obs["texto"], obs["hoja"], obs["celda"])
            if clave in existentes:
                omitidas += 1
                continue
            existentes.add(clave)
            conn.execute(
                "INSERT INTO pot_observaciones (numero, taller, fecha, institucion, autor, hoja, celda, texto, respuesta, estado)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tuple(obs[c] for c in ("numero", "taller", "fecha", "institucion", "autor", "hoja", "celda", "texto",
                                        "respuesta", "estado")),
            )
            nuevas.append(obs)
    aportes = _a_aportes(store, [o for o in nuevas if o["punto"] is not None])
    return {"importadas": len(nuevas), "omitidas": omitidas, "aportes": aportes}


def _a_aportes(store, observaciones) -> int:
    """Aportes points at the cells' centres, when the POT has an ``aportes`` point layer."""
    if not observaciones or CAPA_APORTES not in store.spatial_layers():
        return 0
    layer = QgsVectorLayer(store.layer_uri(CAPA_APORTES), CAPA_APORTES, "ogr")
    if not layer.isValid() or layer.geometryType() != QgsWkbTypes.PointGeometry:
        return 0
    nombres = layer.fields().names()
    entidades = []
    for obs in observaciones:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*obs["punto"])))
        valores = dict(obs, pot_uid=str(uuid.uuid4()), fuente=obs["taller"], autor=obs["autor"] or obs["institucion"])
        for nombre in nombres:
            if nombre in valores and nombre != "fid" and valores[nombre] not in (None, ""):
                feature[nombre] = valores[nombre]
        entidades.append(feature)
    ok, _ = layer.dataProvider().addFeatures(entidades)
    if not ok:
        raise PotError(tr("The observations were stored, but the aportes points could not be added to {path}.").format(path=store.path))
    return len(entidades)

