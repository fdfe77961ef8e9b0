"""Versions of the modelo actual: frozen copies of the units (``modelo_actual_vN``) and their comparison.

A version is a copy of a units layer written into the POT with ``importar_capa`` and listed in
``pot_modelo_versiones`` with its state ('preliminar' or 'validado'). The copy keeps the fields bound
to variables of the source (when the source is a POT layer), so versions can be compared variable by
variable: which units changed and how much area moved from one class to another.
"""
from datetime import datetime, timezone
from typing import Dict, List

from qgis.core import QgsSpatialIndex, QgsVectorLayer

from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..store.pot_store import table_names

PRELIMINAR = "preliminar"
VALIDADO = "validado"
ESTADOS = (PRELIMINAR, VALIDADO)


def etiquetas_estados():
    return {PRELIMINAR: tr("preliminary"), VALIDADO: tr("validated")}


def nombre_capa(version: int) -> str:
    return f"modelo_actual_v{version}"


def listar(store) -> List[dict]:
    with store.connect(readonly=True) as conn:
        rows = conn.execute("SELECT version, estado, fecha, nota, capa, unidades, area_ha FROM pot_modelo_versiones ORDER BY version")
        return [dict(r) for r in rows]


def _comprobar_estado(estado):
    if estado not in ESTADOS:
        raise PotError(tr("“{state}” is not a state of the model; use “preliminar” or “validado”.").format(state=estado))


def guardar_version(store, layer: QgsVectorLayer, estado: str = PRELIMINAR, nota: str = "", contexto=None):
    """Copy the units of ``layer`` into the POT as the next version. Returns (version, POT layer).

    The copy, its bindings, links and style, its registry row and the version row are written in one
    transaction, and the version number is decided inside it: two saves at once get two numbers.
    """
    from ..diccionario import vinculos
    from ..diccionario.estilo import estilo_por_variables_vinculadas
    from ..store.capas import pot_de_capa
    from ..store.escritura import Escritura

    _comprobar_estado(estado)
    if layer is None or not layer.isValid():
        raise PotError(tr("The units layer cannot be read."))
    campos = {}
    try:
        origen, capa_origen = pot_de_capa(layer)
        if origen.path == store.path:
            campos = vinculos.campos_vinculados(store, capa_origen)
    except PotError:
        pass  # a layer outside the POT: no bindings to carry over
    estados_doc = {PRELIMINAR: trd("preliminary"), VALIDADO: trd("validated")}
    elegida = {}

    def titulo(n):
        return trd("Current model v{n} ({state})").format(n=n, state=estados_doc[estado])

    def nombrar(conn):
        n = conn.execute("SELECT COALESCE(MAX(version), 0) + 1 FROM pot_modelo_versiones").fetchone()[0]
        tablas = table_names(conn)
        while nombre_capa(n) in tablas:  # a layer left by hand under that name is never overwritten
            n += 1
        elegida["n"] = n
        return nombre_capa(n), titulo(n)

    with Escritura(store) as escritura:
        siguiente = (max((v["version"] for v in listar(store)), default=0)) + 1
        nueva = escritura.capa(layer, nombre_capa(siguiente), "fase1", titulo(siguiente), contexto=contexto,
                               nombrar=nombrar, conservar_vinculos=False)
        provisional = escritura.nombre_provisional(nueva)
        presentes = set(nueva.fields().names())
        with escritura.vista.connect() as conn:
            conn.executemany("INSERT INTO pot_campos (capa, campo, variable) VALUES (?, ?, ?)",
                             [(provisional, c, v) for c, v in campos.items() if c in presentes])
        if campos:
            vinculos.sincronizar(escritura.vista, nueva, provisional)
        estilo_por_variables_vinculadas(escritura.vista, nueva, provisional)
        unidades = nueva.featureCount()
        area = round(sum(f.geometry().area() for f in nueva.getFeatures()) / 10000.0, 4)
        fecha = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")

        def registrar(conn, nombres):
            conn.execute(
                "INSERT INTO pot_modelo_versiones (version, estado, fecha, nota, capa, unidades, area_ha) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (elegida["n"], estado, fecha, nota, nombres[provisional], unidades, area),
            )

        escritura.al_confirmar(registrar)
        escritura.confirmar()
    version = elegida["n"]
    return version, QgsVectorLayer(store.layer_uri(nombre_capa(version)), titulo(version), "ogr")


def marcar_estado(store, version: int, estado: str) -> None:
    _comprobar_estado(estado)
    with store.connect() as conn:
        if conn.execute("UPDATE pot_modelo_versiones SET estado = ? WHERE version = ?", (estado, version)).rowcount == 0:
            raise PotError(tr("The POT has no version {n} of the current model.").format(n=version))


def _capa_version(store, version: int) -> QgsVectorLayer:
    fila = next((v for v in listar(store) if v["version"] == version), None)
    if fila is None:
        raise PotError(tr("The POT has no version {n} of the current model.").format(n=version))
    layer = QgsVectorLayer(store.layer_uri(fila["capa"]), fila["capa"], "ogr")
    if not layer.isValid():
        raise PotError(tr("The layer “{layer}” cannot be read from {path}.").format(layer=fila["capa"], path=store.path))
    return layer


def _valor(entidad, campo):
    valor = entidad[campo]
    if valor is None or (hasattr(valor, "isNull") and valor.isNull()):
        return None
    if isinstance(valor, float) and valor.is_integer():
        return str(int(valor))
    return str(valor)


def comparar(store, version_a: int, version_b: int, feedback=None) -> dict:
    """Compare two versions: units of B without an identical unit in A (same shape and classes), and
    for each variable bound in both, the area (ha) that moved from one class to another."""
    from ..diccionario import vinculos

    a, b = _capa_version(store, version_a), _capa_version(store, version_b)
    por_variable_a = {v: c for c, v in vinculos.campos_vinculados(store, nombre_capa(version_a)).items()}
    por_variable_b = {v: c for c, v in vinculos.campos_vinculados(store, nombre_capa(version_b)).items()}
    comunes = [v for v in por_variable_b if v in por_variable_a]
    if not comunes:  # versions copied from layers outside the POT: compare fields of the same name
        nombres = set(a.fields().names()) & set(b.fields().names()) - {"fid", "pot_uid", "area_ha"}
        comunes = sorted(nombres)
        por_variable_a = por_variable_b = {n: n for n in comunes}
    entidades_a = {f.id(): f for f in a.getFeatures()}
    indice = QgsSpatialIndex()
    for entidad in entidades_a.values():
        indice.addFeature(entidad)
    movido: Dict[tuple, float] = {}
    cambiadas = 0
    total_b = max(1, b.featureCount())
    for n, eb in enumerate(b.getFeatures()):
        if feedback is not None and n % 500 == 0:
            if feedback.isCanceled():
                raise PotError(tr("The comparison was cancelled."))
            feedback.setProgress(100.0 * n / total_b)
        gb = eb.geometry()
        valores_b = [_valor(eb, por_variable_b[v]) for v in comunes]
        igual = False
        for fid in indice.intersects(gb.boundingBox()):
            ea = entidades_a[fid]
            ga = ea.geometry()
            if not ga.intersects(gb):
                continue
            valores_a = [_valor(ea, por_variable_a[v]) for v in comunes]
            if valores_a == valores_b and ga.isGeosEqual(gb):
                igual = True
            interseccion = ga.intersection(gb).area() / 10000.0
            if interseccion <= 0:
                continue
            for variable, va, vb in zip(comunes, valores_a, valores_b):
                if va != vb:
                    clave = (variable, va or "", vb or "")
                    movido[clave] = movido.get(clave, 0.0) + interseccion
        cambiadas += not igual
    movimientos = [
        {"variable": v, "desde": desde, "hacia": hacia, "area_ha": round(area, 4)}
        for (v, desde, hacia), area in sorted(movido.items())
    ]
    return {
        "version_a": version_a,
        "version_b": version_b,
        "unidades_a": len(entidades_a),
        "unidades_b": b.featureCount(),
        "unidades_cambiadas": cambiadas,
        "variables": comunes,
        "movimientos": movimientos,
    }
