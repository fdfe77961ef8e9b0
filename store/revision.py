"""The invariants of a POT file, checked without QGIS (sqlite only): what "nothing lost" means.

- sqlite's own integrity check passes;
- every registered layer (``pot_capas``) has its table, with the POT's CRS;
- every field binding (``pot_campos``) names a field of its layer, every link (``pot_vinculos``) a
  feature of its layer (by ``pot_uid``);
- the stored QGIS project lists every registered layer;
- every version of the modelo actual has its layer, with as many units as the version says;
- no working table of an interrupted write is left inside the POT.

Used by the crash-safety and concurrency tests after every kill or race.
"""
from __future__ import annotations

from pathlib import Path

from .conexion import connect
from .escritura import PREFIJO_TABLA
from .pot_store import table_names


def _srs_del_pot(conn):
    fila = conn.execute("SELECT valor FROM pot_metadatos WHERE clave = 'crs'").fetchone()
    if not fila or ":" not in (fila[0] or ""):
        return None
    organizacion, codigo = fila[0].split(":", 1)
    fila = conn.execute(
        "SELECT srs_id FROM gpkg_spatial_ref_sys WHERE lower(organization) = lower(?) AND organization_coordsys_id = ?",
        (organizacion, codigo),
    ).fetchone()
    return fila[0] if fila else None


def revisar(path) -> list:
    """Every broken invariant of the POT at ``path``, in words (empty: the POT is whole)."""
    from .proyecto_guardado import capas_guardadas, contenido_guardado

    problemas = []
    with connect(Path(path), readonly=True) as conn:
        integridad = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integridad != ["ok"]:
            problemas.append("integrity_check: " + "; ".join(integridad[:5]))
        tablas = table_names(conn)
        espaciales = {r[0]: r[1] for r in conn.execute(
            "SELECT c.table_name, g.srs_id FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g USING (table_name)"
            " WHERE c.data_type = 'features'")}
        srs = _srs_del_pot(conn)
        registradas = [r[0] for r in conn.execute("SELECT capa FROM pot_capas")]
        for capa in registradas:
            if capa not in tablas:
                problemas.append(f"registered layer without table: {capa}")
            elif capa in espaciales and srs is not None and espaciales[capa] != srs:
                problemas.append(f"layer {capa} has srs_id {espaciales[capa]}, the POT {srs}")
        columnas = {}
        for capa, campo in conn.execute("SELECT capa, campo FROM pot_campos"):
            if capa not in tablas:
                problemas.append(f"field binding of a missing layer: {capa}.{campo}")
                continue
            columnas.setdefault(capa, {r[1] for r in conn.execute(f'PRAGMA table_info("{capa}")')})
            if campo not in columnas[capa]:
                problemas.append(f"field binding of a missing field: {capa}.{campo}")
        uids = {}
        huerfanos = {}
        for capa, entidad in conn.execute("SELECT capa, entidad FROM pot_vinculos"):
            if capa not in uids:
                ok = capa in tablas and "pot_uid" in {r[1] for r in conn.execute(f'PRAGMA table_info("{capa}")')}
                uids[capa] = {r[0] for r in conn.execute(f'SELECT pot_uid FROM "{capa}"')} if ok else set()
            if entidad not in uids[capa]:
                huerfanos[capa] = huerfanos.get(capa, 0) + 1
        problemas += [f"{n} links to missing features of {capa}" for capa, n in sorted(huerfanos.items())]
        if registradas:
            en_proyecto = capas_guardadas(contenido_guardado(conn))
            faltan = sorted(c for c in registradas if c in tablas and c not in en_proyecto)
            if faltan:
                problemas.append("registered layers missing from the stored project: " + ", ".join(faltan))
        if "pot_modelo_versiones" in tablas:
            for version, capa, unidades in conn.execute("SELECT version, capa, unidades FROM pot_modelo_versiones"):
                if capa not in tablas:
                    problemas.append(f"version {version} without its layer {capa}")
                    continue
                cuenta = conn.execute(f'SELECT COUNT(*) FROM "{capa}"').fetchone()[0]
                if unidades is not None and cuenta != unidades:
                    problemas.append(f"version {version}: {unidades} units recorded, {cuenta} in {capa}")
        restos = sorted(t for t in tablas if t.startswith(PREFIJO_TABLA))
        if restos:
            problemas.append("working tables left inside the POT: " + ", ".join(restos))
    return problemas
