"""Value maps: from the values a layer's field holds ("Parque Nacional", "Titulada") to the class
codes of a dictionary variable ("PN", "TIT").

* ``leer_mapa(texto)``: the VALUE_MAP parameter — one ``source value=class code`` per line (or
  ``;``-separated pairs, as the DIT registry writes them), or the path of a two-column CSV file.
* ``proponer(valores, variable, mapa)``: for each value (with its feature count) the class it maps
  to — the given map first, then the class whose code, then whose label, equals the value ignoring
  case, accents and spacing — and what stays unmatched, by name and count.
* ``aplicar``: the class code of one value (unmatched values stay as they are, so they are never
  silently dropped: legends show them as "not in the dictionary" and the algorithms list them).

Plain Python (no widgets, no QGIS) except ``contar_valores``, which reads a layer.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import PotError
from ..core.i18n import tr
from ..core.texto import sin_acentos, texto_csv

DADO, CODIGO, ETIQUETA = "mapa", "codigo", "etiqueta"  # how a value found its class


@dataclass
class Propuesta:
    valor: str  # the value as the layer holds it
    entidades: int  # how many features hold it
    clase: str | None  # the class code it maps to, or None (unmatched)
    motivo: str = ""  # DADO (the user's map), CODIGO or ETIQUETA (matched), "" (unmatched)


def normalizar(texto) -> str:
    """"  Parque  Nacional " → "parque nacional": lower case, no accents, single spaces."""
    return re.sub(r"\s+", " ", sin_acentos(str(texto))).strip()


def _pares_de_texto(texto: str) -> list:
    lineas = [linea for linea in texto.replace("\r", "").split("\n") if linea.strip()]
    if len(lineas) == 1 and ";" in lineas[0]:
        lineas = [p for p in lineas[0].split(";") if p.strip()]
    pares = []
    for linea in lineas:
        valor, igual, clase = linea.rpartition("=")
        if not igual or not valor.strip() or not clase.strip():
            raise PotError(
                tr("“{line}” is not a value mapping; write one “source value=class code” per line.").format(line=linea.strip())
            )
        pares.append((valor.strip(), clase.strip()))
    return pares


def _pares_de_csv(ruta: Path) -> list:
    texto, delimitador = texto_csv(ruta)
    filas = [f for f in csv.reader(texto.splitlines(), delimiter=delimitador) if any(c.strip() for c in f)]
    if filas and normalizar(filas[0][-1] if filas[0] else "") in ("clase", "codigo", "code", "class", "class code",
                                                                    "codigo de clase", "codigo_clase"):
        filas = filas[1:]  # a header row
    pares = []
    for numero, fila in enumerate(filas, start=1):
        if len(fila) < 2 or not fila[0].strip() or not fila[1].strip():
            raise PotError(tr("{path}, row {row}: a value map needs two columns, the source value and the class code.").format(
                path=ruta.name, row=numero))
        pares.append((fila[0].strip(), fila[1].strip()))
    return pares


def leer_mapa(texto_o_ruta) -> dict:
    """{source value: class code} from the VALUE_MAP text or a CSV path; {} for nothing."""
    texto = str(texto_o_ruta or "").strip()
    if not texto:
        return {}
    if "\n" not in texto and "=" not in texto and texto.lower().endswith((".csv", ".txt")):
        ruta = Path(texto)
        if not ruta.is_file():
            raise PotError(tr("The value map file {path} does not exist.").format(path=ruta))
        return dict(_pares_de_csv(ruta))
    return dict(_pares_de_texto(texto))


def escribir_mapa(mapa: dict) -> str:
    """The map as VALUE_MAP text: one ``value=code`` per line."""
    return "\n".join(f"{valor}={clase}" for valor, clase in mapa.items())


def comprobar_mapa(mapa: dict, variable) -> None:
    """PotError naming the target codes that are not classes of the variable."""
    if not variable.es_categorica:
        raise PotError(tr("The variable {code} is numeric: a value map only applies to categorical variables.").format(
            code=variable.codigo))
    codigos = {c.codigo for c in variable.clases}
    ajenas = sorted({c for c in mapa.values() if c not in codigos})
    if ajenas:
        raise PotError(tr("The value map names classes that the variable {code} does not have: {classes}.").format(
            code=variable.codigo, classes=", ".join(ajenas)))


def proponer(valores: dict, variable, mapa: dict | None = None, automatico: bool = True) -> list:
    """[Propuesta] for each value of ``valores`` ({value: feature count}), most frequent first."""
    mapa = dict(mapa or {})
    por_codigo = {normalizar(c.codigo): c.codigo for c in variable.clases if c.codigo}
    por_etiqueta = {normalizar(c.etiqueta): c.codigo for c in variable.clases if c.codigo and c.etiqueta}
    mapa_normal = {normalizar(k): v for k, v in mapa.items()}
    propuestas = []
    for valor, cuenta in sorted(valores.items(), key=lambda par: (-par[1], str(par[0]))):
        texto = str(valor)
        clave = normalizar(texto)
        if texto in mapa or clave in mapa_normal:
            propuestas.append(Propuesta(texto, cuenta, mapa.get(texto, mapa_normal.get(clave)), DADO))
        elif automatico and clave in por_codigo:
            propuestas.append(Propuesta(texto, cuenta, por_codigo[clave], CODIGO))
        elif automatico and clave in por_etiqueta:
            propuestas.append(Propuesta(texto, cuenta, por_etiqueta[clave], ETIQUETA))
        else:
            propuestas.append(Propuesta(texto, cuenta, None, ""))
    return propuestas


def mapa_de(propuestas: list) -> dict:
    """{value: class} of the matched proposals."""
    return {p.valor: p.clase for p in propuestas if p.clase is not None}


def sin_clase(propuestas: list) -> list:
    """The unmatched proposals (value and feature count)."""
    return [p for p in propuestas if p.clase is None]


def texto_valor(valor):
    """A field value as the text a map is keyed by (NULL → None; 3.0 → "3")."""
    if valor is None or (hasattr(valor, "isNull") and valor.isNull()) or str(valor) == "NULL":
        return None
    if isinstance(valor, float) and valor.is_integer():  # novermin (float.is_integer, not int's of 3.12)
        return str(int(valor))
    return str(valor)


def aplicar(mapa: dict, valor):
    """The class code of ``valor`` (NULL → None); a value outside the map stays as it is."""
    texto = texto_valor(valor)
    if texto is None:
        return None
    return mapa.get(texto, texto)


def contar_valores(layer, campo: str) -> dict:
    """{value as text: feature count} of a field of a QGIS vector layer (NULLs left out)."""
    from qgis.core import QgsFeatureRequest

    indice = layer.fields().indexOf(campo)
    if indice < 0:
        raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=layer.name(), field=campo))
    cuentas = {}
    pedido = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([indice])
    for entidad in layer.getFeatures(pedido):
        texto = texto_valor(entidad.attribute(indice))
        if texto is not None:
            cuentas[texto] = cuentas.get(texto, 0) + 1
    return cuentas


def resumen_sin_clase(propuestas: list, limite: int = 20) -> str:
    """"Reconocida (12), En trámite (3)": the unmatched values with their feature counts."""
    faltan = sin_clase(propuestas)
    texto = ", ".join(f"{p.valor} ({p.entidades})" for p in faltan[:limite])
    return texto + (" …" if len(faltan) > limite else "")


def nombre_campo_clases(layer, codigo: str, vinculado: str = "") -> str:
    """The field that holds a variable's class codes in a layer: the code in lower case ("anp"),
    unless the layer already has such a field of its own (then "anp_clase"). ``vinculado``: a field
    already linked to the variable, reused."""
    if vinculado and layer.fields().indexOf(vinculado) >= 0:
        return vinculado
    nombre = codigo.lower()
    if layer.fields().indexOf(nombre) >= 0:
        nombre = f"{nombre}_clase"
    return nombre


def escribir_campo_clases(layer, origen: str, destino: str, mapa: dict) -> int:
    """Fill (creating it when needed) the text field ``destino`` of ``layer`` with the class code of
    each feature's ``origen`` value; returns how many features got a code. The layer's provider is
    written directly (a memory layer, or a POT layer not in edit mode)."""
    from ..core import compat

    proveedor = layer.dataProvider()
    if layer.fields().indexOf(destino) < 0:
        if not proveedor.addAttributes([compat.campo(destino)]):
            raise PotError(tr("The layer “{layer}” cannot get the field “{field}” (read-only?).").format(
                layer=layer.name(), field=destino))
        layer.updateFields()
    i_origen, i_destino = layer.fields().indexOf(origen), layer.fields().indexOf(destino)
    cambios, con_clase = {}, 0
    for entidad in layer.getFeatures():
        clase = aplicar(mapa, entidad.attribute(i_origen))
        cambios[entidad.id()] = {i_destino: clase}
        con_clase += clase is not None
    if cambios and not proveedor.changeAttributeValues(cambios):
        raise PotError(tr("The layer “{layer}” cannot be written (read-only?).").format(layer=layer.name()))
    return con_clase


def plan(valores: dict, variable, mapa: dict) -> tuple:
    """(proposals, direct): the proposals for the field's values and whether the field can be linked
    as it is: no map given and no value that would change (every matched value is already its class
    code; unmatched ones stay as they are either way), or the variable is numeric."""
    if not variable.es_categorica:
        if mapa:
            comprobar_mapa(mapa, variable)  # raises: numeric variables take no map
        return [], True
    comprobar_mapa(mapa, variable)
    propuestas = proponer(valores, variable, mapa)
    directo = not mapa and all(p.clase is None or p.valor == p.clase for p in propuestas)
    return propuestas, directo
