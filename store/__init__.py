"""The POT store: one GeoPackage per POT (layers, tables, styles and the QGIS project)."""
