"""Messages from GEOS and OGR, in the user's words: a Spanish sentence that names the layer and the
feature, with the library's own text kept in brackets for whoever searches it. Also the names of
geometry types ("líneas" rather than QGIS's untranslated "Line")."""
from __future__ import annotations

from .i18n import tr


def razones() -> dict:
    """GEOS validity reasons (as ``QgsGeometry.validateGeometry`` reports them) → the user's words."""
    return {
        "Self-intersection": tr("the boundary crosses itself"),
        "Ring Self-intersection": tr("a ring touches itself"),
        "Too few points in geometry component": tr("a part has too few points"),
        "Hole lies outside shell": tr("a hole lies outside its polygon"),
        "Nested holes": tr("a hole lies inside another hole"),
        "Nested shells": tr("a polygon lies inside another part"),
        "Interior is disconnected": tr("the interior is split in pieces"),
        "Duplicate Rings": tr("a ring is repeated"),
        "Invalid Coordinate": tr("a coordinate is not a number"),
        "Ring is not closed": tr("a ring is not closed"),
    }


def razon(texto: str) -> str:
    """The user's words for a GEOS reason ("Self-intersection" → "el borde se cruza a sí mismo");
    an unknown text is returned as it is."""
    texto = (texto or "").strip()
    base = texto.split("[")[0].split(" at or near")[0].strip().casefold()
    return next((frase for clave, frase in razones().items() if clave.casefold() == base), texto)


def geometria_invalida(capa: str, fid, texto_geos: str) -> str:
    """"Feature 12 of “communities”: the boundary crosses itself (GEOS: Self-intersection)". A QGIS in
    Spanish already gives GEOS's reason in Spanish ("Auto intersección"): then it is said once."""
    texto_geos = (texto_geos or "").strip().rstrip(".")
    explicada = razon(texto_geos)
    if explicada == texto_geos:
        return tr("Feature {fid} of “{layer}”: invalid geometry ({reason})").format(fid=fid, layer=capa, reason=texto_geos)
    return tr("Feature {fid} of “{layer}”: {reason} (GEOS: {geos})").format(fid=fid, layer=capa, reason=explicada, geos=texto_geos)


def tipo_geometria(tipo) -> str:
    """Plural noun of a QgsWkbTypes.GeometryType (0 points, 1 lines, 2 polygons, 3 unknown, 4 none)."""
    nombres = {0: tr("points"), 1: tr("lines"), 2: tr("polygons"), 3: tr("unknown geometries"), 4: tr("no geometry")}
    return nombres.get(int(tipo), str(tipo))
