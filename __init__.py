"""POT Cartografía: QGIS entry point. Only classFactory lives here; everything is imported lazily."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import PotCartografiaPlugin

    return PotCartografiaPlugin(iface)
