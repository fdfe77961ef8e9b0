"""v7: the living map catalogue — each sheet's type (map, tiled series…), the key that ties an
automatic sheet to what the POT holds, and which of its settings the user edited (kept when the
catalogue is regenerated)."""


def migrar(conn):
    conn.execute("ALTER TABLE pot_hojas ADD COLUMN tipo TEXT DEFAULT 'mapa'")
    conn.execute("ALTER TABLE pot_hojas ADD COLUMN clave TEXT")
    conn.execute("ALTER TABLE pot_hojas ADD COLUMN editado TEXT")
