"""Pauta 1, Paso 01: the modelo actual — DIT registry and validation, synthesis into territorial units
(``sintesis``: overlay, minimum-area merge, zonal statistics), versions and aportes."""
