"""The DIT layer registry (table ``pot_dit_capas``): which layers feed the modelo actual.

A registered layer is only referenced (its source string and provider), never copied or modified.
Each one has a theme (a ZEE submodel, an Estudio Especializado or the base) and a list of mappings
``{"campo", "variable", "valores"}``: a field of the layer holds a dictionary variable, with an
optional map from the layer's own codes to the variable's class codes.
"""
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List

from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsProviderRegistry, QgsRasterLayer, QgsVectorLayer

from ..core.errors import PotError
from ..core.i18n import tr

VECTOR = "vector"
RASTER = "raster"

# Theme codes, in the order the Pautas' DIT lists them.
TEMAS = (
    "zee_rr_renovables",
    "zee_rr_no_renovables",
    "zee_bioecologico",
    "zee_historico_cultural",
    "zee_peligros",
    "zee_conflictos_uso",
    "zee_urbano_industrial",
    "ee_dinamica_economica",
    "ee_normativa_politicas",
    "ee_riesgo_cambio_climatico",
    "ee_servicios_ecosistemicos",
    "ee_cambio_cobertura",
    "ee_capacidad_institucional",
    "base",
)


def etiquetas_temas() -> Dict[str, str]:
    """Theme code → translated label."""
    return {
        "zee_rr_renovables": tr("ZEE – productive value of renewable natural resources"),
        "zee_rr_no_renovables": tr("ZEE – productive value of non-renewable natural resources"),
        "zee_bioecologico": tr("ZEE – bio-ecological value"),
        "zee_historico_cultural": tr("ZEE – historical and cultural value"),
        "zee_peligros": tr("ZEE – vulnerability and hazards"),
        "zee_conflictos_uso": tr("ZEE – land-use conflicts"),
        "zee_urbano_industrial": tr("ZEE – urban-industrial aptitude"),
        "ee_dinamica_economica": tr("Specialised study – economic dynamics"),
        "ee_normativa_politicas": tr("Specialised study – norms and policies"),
        "ee_riesgo_cambio_climatico": tr("Specialised study – disaster risk and climate change"),
        "ee_servicios_ecosistemicos": tr("Specialised study – ecosystem services"),
        "ee_cambio_cobertura": tr("Specialised study – land cover and land-use change"),
        "ee_capacidad_institucional": tr("Specialised study – institutional capacity"),
        "base": tr("Base layer"),
    }


@dataclass
class Mapeo:
    campo: str
    variable: str
    valores: Dict[str, str] = field(default_factory=dict)  # layer code → class code

    def clase(self, valor):
        """The variable's class code for a raw value of the field (None for NULL)."""
        if valor is None or (hasattr(valor, "isNull") and valor.isNull()):
            return None
        if isinstance(valor, float) and valor.is_integer():  # novermin (float.is_integer, not int.is_integer of 3.12)
            valor = int(valor)
        texto = str(valor)
        return self.valores.get(texto, texto)


@dataclass
class CapaDit:
    nombre: str
    fuente: str
    proveedor: str = "ogr"
    tipo: str = VECTOR
    tema: str = "base"
    subtema: str = ""
    mapeos: List[Mapeo] = field(default_factory=list)
    validacion: dict = field(default_factory=dict)
    actualizado: str = ""
    origen: str = ""  # the original source, when the entry now points at a corrected copy

    @property
    def etiqueta_tema(self) -> str:
        return etiquetas_temas().get(self.tema, self.tema)


def leer_mapa_valores(texto: str) -> Dict[str, str]:
    """``"1=ZP;2=ZPC"`` → ``{"1": "ZP", "2": "ZPC"}``. Raises PotError on a malformed pair."""
    valores = {}
    for pareja in (texto or "").replace("\n", ";").split(";"):
        if not pareja.strip():
            continue
        codigo, igual, clase = pareja.partition("=")
        if not igual or not codigo.strip() or not clase.strip():
            raise PotError(
                tr("“{pair}” is not a value mapping; write it as code=class, separated by “;” (e.g. 1=ZP;2=ZPC).").format(
                    pair=pareja.strip()
                )
            )
        valores[codigo.strip()] = clase.strip()
    return valores


def escribir_mapa_valores(valores: Dict[str, str]) -> str:
    return ";".join(f"{codigo}={clase}" for codigo, clase in valores.items())


def _ahora() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def fuente_sin_clave(layer: QgsMapLayer) -> str:
    """The layer's source; a database URI loses its password (QGIS asks for it again)."""
    if layer.providerType() in ("postgres", "spatialite", "mssql", "oracle"):
        uri = QgsDataSourceUri(layer.source())
        uri.setPassword("")
        return uri.uri(False)
    return layer.source()


# -- sources kept portable: relative to the POT, or inside the POT itself -----------------------------
POT = "{POT}"  # stands for the POT's own file in a stored source


def _ruta_de(fuente: str, proveedor: str):
    if proveedor not in ("ogr", "gdal"):
        return None
    ruta = QgsProviderRegistry.instance().decodeUri(proveedor, fuente).get("path")
    return ruta if isinstance(ruta, str) and ruta and ruta in fuente else None


def fuente_portable(store, fuente: str, proveedor: str) -> str:
    """The source as stored: a table of the POT by name (``{POT}|layername=x``), a file beside or under
    the POT relative to it (``./dit/zee.shp``), anything else as it is. A copied or moved POT then reads
    its own layers and the files beside it, never the original's."""
    ruta = _ruta_de(fuente, proveedor)
    if ruta is None or not os.path.isabs(ruta):
        return fuente
    if os.path.normcase(os.path.abspath(ruta)) == os.path.normcase(str(store.path)):
        nueva = POT
    else:
        try:
            relativa = os.path.relpath(ruta, store.path.parent).replace(os.sep, "/")
        except ValueError:  # another drive (Windows)
            return fuente
        nueva = relativa if relativa.startswith("../") else "./" + relativa
    portable = fuente.replace(ruta, nueva, 1)
    return portable if _ruta_de(portable, proveedor) == nueva else fuente


def fuente_absoluta(store, fuente: str, proveedor: str) -> str:
    """The stored source made usable: ``{POT}`` and relative paths resolved against the POT's file."""
    ruta = _ruta_de(fuente, proveedor)
    if ruta is None or os.path.isabs(ruta):
        return fuente
    absoluta = str(store.path) if ruta == POT else os.path.normpath(str(store.path.parent / ruta))
    return fuente.replace(ruta, absoluta, 1)


def faltantes(store, capas=None) -> List[CapaDit]:
    """Registered layers whose file is not where the registry says, e.g. in a copied POT."""
    capas = listar(store) if capas is None else capas
    return [c for c in capas if _ruta_de(c.fuente, c.proveedor) and not Path(_ruta_de(c.fuente, c.proveedor)).exists()]


def comprobar_fuentes(store, capas) -> None:
    """PotError naming every registered layer that cannot be found, and where it was looked for."""
    faltan = faltantes(store, capas)
    if faltan:
        raise PotError(
            tr(
                "These registered DIT layers cannot be found: {layers}. A copied or moved POT looks for them where "
                "they were relative to it: copy them along, or register them again."
            ).format(layers="; ".join(f"{c.nombre} ({_ruta_de(c.fuente, c.proveedor)})" for c in faltan))
        )


def _desde_fila(row, store) -> CapaDit:
    proveedor = row["proveedor"] or "ogr"
    mapeos = [Mapeo(m["campo"], m["variable"], dict(m.get("valores") or {})) for m in json.loads(row["mapeo"] or "[]")]
    return CapaDit(
        nombre=row["nombre"],
        fuente=fuente_absoluta(store, row["fuente"], proveedor),
        proveedor=proveedor,
        tipo=row["tipo"] or VECTOR,
        tema=row["tema"] or "base",
        subtema=row["subtema"] or "",
        mapeos=mapeos,
        validacion=json.loads(row["validacion"] or "{}"),
        actualizado=row["actualizado"] or "",
        origen=fuente_absoluta(store, row["origen"], proveedor) if row["origen"] else "",
    )


def listar(store) -> List[CapaDit]:
    with store.connect(readonly=True) as conn:
        return [_desde_fila(row, store) for row in conn.execute("SELECT * FROM pot_dit_capas ORDER BY fid")]


def obtener(store, nombre: str) -> CapaDit:
    for capa in listar(store):
        if capa.nombre == nombre:
            return capa
    raise PotError(tr("No DIT layer “{name}” is registered in {path}.").format(name=nombre, path=store.path))


def guardar(store, capa: CapaDit) -> None:
    """Insert or replace the entry of ``capa.nombre``."""
    mapeo = json.dumps([{"campo": m.campo, "variable": m.variable, "valores": m.valores} for m in capa.mapeos], ensure_ascii=False)
    with store.connect() as conn:
        conn.execute(
            "INSERT INTO pot_dit_capas (nombre, fuente, proveedor, tipo, tema, subtema, mapeo, validacion, actualizado, origen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (nombre) DO UPDATE SET fuente = excluded.fuente,"
            " proveedor = excluded.proveedor, tipo = excluded.tipo, tema = excluded.tema, subtema = excluded.subtema,"
            " mapeo = excluded.mapeo, validacion = excluded.validacion, actualizado = excluded.actualizado,"
            " origen = excluded.origen",
            (
                capa.nombre, fuente_portable(store, capa.fuente, capa.proveedor), capa.proveedor, capa.tipo, capa.tema,
                capa.subtema, mapeo, json.dumps(capa.validacion, ensure_ascii=False), _ahora(),
                fuente_portable(store, capa.origen, capa.proveedor) if capa.origen else "",
            ),
        )


def eliminar(store, nombre: str) -> bool:
    with store.connect() as conn:
        return conn.execute("DELETE FROM pot_dit_capas WHERE nombre = ?", (nombre,)).rowcount > 0


def guardar_validacion(store, nombre: str, informe: dict) -> None:
    with store.connect() as conn:
        conn.execute(
            "UPDATE pot_dit_capas SET validacion = ? WHERE nombre = ?", (json.dumps(informe, ensure_ascii=False), nombre)
        )


def nombre_libre(store, base: str) -> str:
    usados = {c.nombre for c in listar(store)}
    nombre, n = base, 1
    while nombre in usados:
        n += 1
        nombre = f"{base} ({n})"
    return nombre


def registrar(store, layer: QgsMapLayer, tema: str, campo: str = "", variable: str = "", valores=None, nombre: str = "") -> CapaDit:
    """Register ``layer`` (or add a mapping to the entry of the same source). Returns the entry.

    The layer is checked: it must open, the field must exist, the variable must be in the
    dictionary and every target class of the value map must be one of its classes.
    """
    from ..diccionario import repositorio

    if layer is None or not layer.isValid():
        raise PotError(tr("The layer to register cannot be opened."))
    if tema not in TEMAS:
        raise PotError(tr("“{theme}” is not a DIT theme; use one of: {themes}.").format(theme=tema, themes=", ".join(TEMAS)))
    es_raster = layer.type() == QgsMapLayer.RasterLayer
    valores = dict(valores or {})
    if campo and not es_raster and layer.fields().indexOf(campo) < 0:
        raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=layer.name(), field=campo))
    if campo and not variable:
        raise PotError(tr("Choose the dictionary variable that the field “{field}” holds.").format(field=campo))
    if variable:
        var = repositorio.obtener(store, variable)
        if var.es_categorica and var.clases:
            codigos = {c.codigo for c in var.clases}
            ajenas = sorted({c for c in valores.values() if c not in codigos})
            if ajenas:
                raise PotError(
                    tr("The value mapping of “{layer}” names classes that the variable {code} does not have: {classes}.").format(
                        layer=layer.name(), code=variable, classes=", ".join(ajenas)
                    )
                )
    fuente = fuente_sin_clave(layer)
    existente = next((c for c in listar(store) if (nombre and c.nombre == nombre) or (not nombre and c.fuente == fuente)), None)
    if existente is None:
        existente = CapaDit(
            nombre=nombre or nombre_libre(store, layer.name() or "capa"),
            fuente=fuente,
            proveedor=layer.providerType(),
            tipo=RASTER if es_raster else VECTOR,
        )
    existente.tema = tema
    if campo or (es_raster and variable):
        existente.mapeos = [m for m in existente.mapeos if m.campo != (campo or "banda1")]
        existente.mapeos.append(Mapeo(campo or "banda1", variable, valores))
    guardar(store, existente)
    return existente


def cargar_capa(capa: CapaDit) -> QgsMapLayer:
    """Open a registered layer (read only). Raises PotError naming it when it cannot be read."""
    if capa.tipo == RASTER:
        layer = QgsRasterLayer(capa.fuente, capa.nombre, capa.proveedor or "gdal")
    else:
        layer = QgsVectorLayer(capa.fuente, capa.nombre, capa.proveedor or "ogr")
    if not layer.isValid():
        raise PotError(
            tr("The DIT layer “{name}” cannot be opened from {source}: moved, renamed or offline?").format(
                name=capa.nombre, source=capa.fuente
            )
        )
    return layer
