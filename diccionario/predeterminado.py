"""The default diccionario de variables: the DIT/ZEE variables most Peruvian POTs map.

The texts are Spanish data (names, definitions, sources), not interface strings, so they do not go
through ``tr``. The user edits this catalogue inside each POT; it is a starting point, not a norm.
"""
from typing import List

from .modelo import NUMERICA, Clase, Variable

# Subsistemas used to characterise the territory (medio físico natural and medio construido).
FISICO_BIOLOGICO = "físico-biológico"
SOCIO_CULTURAL = "socio-cultural"
ECONOMICO_PRODUCTIVO = "económico-productivo"
POLITICO_INSTITUCIONAL = "político-institucional"

MESO = "1:100 000"  # working scale of a provincial ZEE/POT


def _clases(*filas) -> List[Clase]:
    """Categorical classes from (codigo, etiqueta, color) tuples."""
    return [Clase(codigo=codigo, etiqueta=etiqueta, color=color) for codigo, etiqueta, color in filas]


def _cortes(*filas) -> List[Clase]:
    """Numeric breaks from (minimo, maximo, etiqueta, color) tuples."""
    return [Clase(minimo=minimo, maximo=maximo, etiqueta=etiqueta, color=color) for minimo, maximo, etiqueta, color in filas]


def diccionario_predeterminado() -> List[Variable]:
    """A fresh list (callers may modify it) of the default variables, in map-catalogue order."""
    return [
        Variable(
            codigo="COB",
            nombre="Cobertura vegetal y uso actual de la tierra",
            definicion=(
                "Tipo de cobertura vegetal o de uso antrópico que ocupa cada unidad del territorio, "
                "según la leyenda del Mapa Nacional de Cobertura Vegetal adaptada a la Amazonía."
            ),
            dimension=FISICO_BIOLOGICO,
            tema="Cobertura y uso de la tierra",
            indicador="Superficie por tipo de cobertura (ha)",
            fuente="MINAM",
            anio=2015,
            escala=MESO,
            clases=_clases(
                ("1", "Bosque húmedo de colina", "#1B5E20"),
                ("2", "Bosque húmedo de terraza", "#43A047"),
                ("3", "Aguajal (bosque inundable de palmeras)", "#26A69A"),
                ("4", "Pacal (bosque con bambú)", "#9CCC65"),
                ("5", "Vegetación secundaria (purma)", "#C5E1A5"),
                ("6", "Área agropecuaria (cultivos y pastos)", "#FFD54F"),
                ("7", "Área urbana", "#E53935"),
                ("8", "Cuerpos de agua", "#42A5F5"),
            ),
        ),
        Variable(
            codigo="ZEE",
            nombre="Zonificación Ecológica y Económica – gran categoría",
            definicion=(
                "Gran categoría de uso sostenible asignada a cada zona ecológica y económica, "
                "según el Reglamento de ZEE (DS 087-2004-PCM)."
            ),
            dimension=FISICO_BIOLOGICO,
            tema="Zonificación Ecológica y Económica",
            fuente="ZEE Gobierno Regional",
            anio=2017,
            escala=MESO,
            clases=_clases(
                ("ZP", "Zonas productivas", "#F2C744"),
                ("ZPC", "Zonas de protección y conservación ecológica", "#2E7D32"),
                ("ZTE", "Zonas de tratamiento especial", "#8E44AD"),
                ("ZR", "Zonas de recuperación", "#E67E22"),
                ("ZUI", "Zonas urbanas o industriales", "#C0392B"),
            ),
        ),
        Variable(
            codigo="ANP",
            nombre="Áreas naturales protegidas – categoría",
            definicion=(
                "Categoría de manejo de las áreas naturales protegidas de administración nacional, "
                "regional o privada inscritas en el SINANPE."
            ),
            dimension=FISICO_BIOLOGICO,
            tema="Áreas naturales protegidas",
            fuente="SERNANP",
            anio=2022,
            escala=MESO,
            clases=_clases(
                ("PN", "Parque Nacional", "#1B5E20"),
                ("SN", "Santuario Nacional", "#2E7D32"),
                ("RN", "Reserva Nacional", "#558B2F"),
                ("RC", "Reserva Comunal", "#7CB342"),
                ("BP", "Bosque de Protección", "#33691E"),
                ("ZR", "Zona Reservada", "#AED581"),
                ("ACR", "Área de Conservación Regional", "#00897B"),
                ("ACP", "Área de Conservación Privada", "#4DB6AC"),
            ),
        ),
        Variable(
            codigo="CCNN",
            nombre="Comunidades nativas – situación legal",
            definicion=(
                "Situación del reconocimiento y la titulación de las tierras de cada comunidad nativa, "
                "según el registro de la Dirección Regional Agraria y el directorio del IBC."
            ),
            dimension=SOCIO_CULTURAL,
            tema="Comunidades nativas",
            indicador="Superficie de comunidades nativas tituladas (ha)",
            fuente="IBC / DRA Ucayali",
            anio=2016,
            escala=MESO,
            clases=_clases(
                ("TIT", "Titulada", "#1b7837"),
                ("PRO", "Proceso de titulación", "#a6dba0"),
                ("REC", "Reconocida sin título", "#f1b6da"),
                ("SOL", "Solicitud de reconocimiento", "#c51b7d"),
            ),
        ),
        Variable(
            codigo="RT_PIACI",
            nombre="Reservas para pueblos indígenas en aislamiento y contacto inicial",
            definicion=(
                "Reservas territoriales e indígenas establecidas para proteger a los pueblos indígenas en "
                "situación de aislamiento y contacto inicial (PIACI), según la Ley 28736 y su reglamento."
            ),
            dimension=SOCIO_CULTURAL,
            tema="Pueblos indígenas en aislamiento",
            indicador="Superficie reservada (ha)",
            fuente="MINCUL",
            anio=2016,
            escala=MESO,
            clases=_clases(
                ("RT", "Reserva Territorial", "#8c510a"),
                ("RI", "Reserva Indígena", "#d8b365"),
                ("RE", "Reserva del Estado", "#bf812d"),
                ("SOL", "Solicitud de reserva", "#f6e8c3"),
            ),
        ),
        Variable(
            codigo="PEL_INU",
            nombre="Peligro por inundación",
            definicion=(
                "Nivel de peligro por inundación fluvial, estimado a partir de la geomorfología, "
                "la pendiente, la distancia al cauce y los registros históricos de desbordes."
            ),
            dimension=FISICO_BIOLOGICO,
            tema="Peligros y riesgos",
            fuente="CENEPRED",
            anio=2020,
            escala=MESO,
            clases=_clases(
                ("MA", "Muy alto", "#B71C1C"),
                ("A", "Alto", "#F44336"),
                ("M", "Medio", "#FFB300"),
                ("B", "Bajo", "#FFF176"),
            ),
        ),
        Variable(
            codigo="JER_CP",
            nombre="Jerarquía de centros poblados",
            definicion=(
                "Rango del centro poblado en el sistema urbano según su población, funciones y "
                "servicios (criterios del SINCEP, DS 022-2016-VIVIENDA)."
            ),
            dimension=SOCIO_CULTURAL,
            tema="Sistema urbano y centros poblados",
            indicador="Número de centros poblados por jerarquía",
            fuente="INEI",
            anio=2017,
            escala=MESO,
            clases=_clases(
                ("1", "Ciudad principal (capital provincial)", "#B71C1C"),
                ("2", "Ciudad intermedia", "#E53935"),
                ("3", "Ciudad menor (capital distrital)", "#FB8C00"),
                ("4", "Villa", "#FDD835"),
                ("5", "Caserío (centro poblado rural)", "#6D4C41"),
            ),
        ),
        Variable(
            codigo="RED_VIAL",
            nombre="Clasificación de la red vial",
            definicion=(
                "Jerarquía de cada vía según el Clasificador de Rutas del Sistema Nacional de Carreteras (SINAC)."
            ),
            dimension=ECONOMICO_PRODUCTIVO,
            tema="Articulación vial",
            indicador="Longitud de vías por clase (km)",
            fuente="MTC",
            anio=2021,
            escala=MESO,
            clases=_clases(
                ("NAC", "Red vial nacional", "#D32F2F"),
                ("DEP", "Red vial departamental", "#F57C00"),
                ("VEC", "Red vial vecinal", "#8D6E63"),
            ),
        ),
        Variable(
            codigo="HIDRO",
            nombre="Hidrografía",
            definicion="Clase de curso de agua según su orden y caudal dentro de la cuenca.",
            dimension=FISICO_BIOLOGICO,
            tema="Hidrografía",
            fuente="ANA",
            anio=2019,
            escala=MESO,
            clases=_clases(
                ("RP", "Río principal", "#1565C0"),
                ("RS", "Río secundario", "#42A5F5"),
                ("QDA", "Quebrada", "#90CAF9"),
            ),
        ),
        Variable(
            codigo="DENS_POB",
            nombre="Densidad poblacional",
            tipo=NUMERICA,
            definicion="Número de habitantes por kilómetro cuadrado de superficie de la unidad territorial.",
            dimension=SOCIO_CULTURAL,
            tema="Población",
            unidad="hab/km²",
            indicador="Densidad poblacional",
            formula="población total / superficie (km²)",
            fuente="INEI",
            anio=2017,
            escala=MESO,
            rampa="YlOrRd",
            clases=_cortes(
                (0, 5, "Muy baja (menos de 5)", "#FFFFB2"),
                (5, 25, "Baja (5 – 25)", "#FECC5C"),
                (25, 100, "Media (25 – 100)", "#FD8D3C"),
                (100, 500, "Alta (100 – 500)", "#F03B20"),
                (500, 100000, "Muy alta (500 o más)", "#BD0026"),
            ),
        ),
        Variable(
            codigo="PEND",
            nombre="Pendiente del terreno",
            tipo=NUMERICA,
            definicion=(
                "Inclinación del terreno respecto de la horizontal, en los rangos del Reglamento de "
                "Clasificación de Tierras por su Capacidad de Uso Mayor (DS 017-2009-AG)."
            ),
            dimension=FISICO_BIOLOGICO,
            tema="Relieve",
            unidad="%",
            fuente="ZEE Gobierno Regional",
            anio=2017,
            escala=MESO,
            rampa="YlOrBr",
            clases=_cortes(
                (0, 4, "Plana a ligeramente inclinada (0 – 4 %)", "#FFFFD4"),
                (4, 8, "Moderadamente inclinada (4 – 8 %)", "#FEE391"),
                (8, 15, "Fuertemente inclinada (8 – 15 %)", "#FEC44F"),
                (15, 25, "Moderadamente empinada (15 – 25 %)", "#FE9929"),
                (25, 50, "Empinada (25 – 50 %)", "#EC7014"),
                (50, 75, "Muy empinada (50 – 75 %)", "#CC4C02"),
                (75, 1000, "Extremadamente empinada (más de 75 %)", "#8C2D04"),
            ),
        ),
        Variable(
            codigo="CONF_USO",
            nombre="Conflictos de uso de la tierra",
            definicion=(
                "Discrepancia entre el uso actual de la tierra y su aptitud o la zonificación "
                "(submodelo de conflictos de uso de la ZEE)."
            ),
            dimension=POLITICO_INSTITUCIONAL,
            tema="Conflictos de uso",
            indicador="Superficie en conflicto de uso (ha)",
            fuente="ZEE Gobierno Regional",
            anio=2017,
            escala=MESO,
            clases=_clases(
                ("UA", "Uso adecuado (sin conflicto)", "#A5D6A7"),
                ("SOB", "Sobreuso (uso por encima de la aptitud)", "#E53935"),
                ("SUB", "Subuso (uso por debajo de la aptitud)", "#FFEE58"),
                ("ANP", "Uso incompatible en área natural protegida", "#6A1B9A"),
                ("SUP", "Superposición de derechos de uso", "#FF8F00"),
            ),
        ),
    ]


def variable_predeterminada(codigo: str) -> Variable:
    """One default variable by code (KeyError if absent): handy for the sample territory and tests."""
    for variable in diccionario_predeterminado():
        if variable.codigo == codigo:
            return variable
    raise KeyError(codigo)


# -- base-layer conventions -------------------------------------------------------------------------
# How the base layers of a sheet are drawn when the POT holds no style of their own: the usual
# Peruvian map conventions (IGN signs: blue hydrography by order, roads by class, limits by level
# with their names, population centres by hierarchy). A layer is recognised by words of its name
# or title (lower case, without accents); ``niveles`` go from the most to the least important and
# are picked by a word of the layer's name or, feature by feature, by the value of ``campos_nivel``
# (``predeterminado``: the level of a layer that says neither; the last one otherwise).
# Widths and sizes are millimetres at A3. Data the user may change, not norms.
CONVENCIONES_BASE = {
    "hidrografia": {
        "palabras": ("rio", "hidro", "quebrada", "cauce", "drenaje", "red_hidrica", "lago", "laguna"),
        "geometria": "linea",
        "campos_nivel": ("orden", "gshhg_level", "nivel", "jerarquia"),
        "niveles": (
            {"valores": ("1", "RP", "principal"), "etiqueta": "Río principal", "color": "#1f5fa8", "ancho": 0.7},
            {"valores": ("2", "RS", "secundario"), "etiqueta": "Río secundario", "color": "#2b7bba", "ancho": 0.45},
            {"valores": ("3", "QDA", "quebrada"), "etiqueta": "Quebrada", "color": "#5aa2d8", "ancho": 0.3},
            {"valores": ("4",), "etiqueta": "Curso menor", "color": "#8cc0e8", "ancho": 0.2},
        ),
        "relleno_agua": "#bcdcf2",
        "predeterminado": 1,  # a river of unknown order: secondary
        "campos_nombre": ("nombre", "nomb_rio", "rio", "name"),
    },
    "vias": {
        "palabras": ("vial", "via", "carretera", "camino", "trocha", "ruta"),
        "geometria": "linea",
        "campos_nivel": ("clase", "jerarquia", "red", "tipo_red"),
        "niveles": (
            {"valores": ("NAC", "nacional"), "etiqueta": "Red vial nacional", "color": "#c0392b", "ancho": 0.8},
            {"valores": ("DEP", "departamental"), "etiqueta": "Red vial departamental", "color": "#e67e22", "ancho": 0.55},
            {"valores": ("VEC", "vecinal"), "etiqueta": "Red vial vecinal", "color": "#8d6e63", "ancho": 0.35},
        ),
        "campos_nombre": (),
    },
    "limites": {
        "palabras": ("limite", "departamento", "provincia", "distrito", "politic"),
        "geometria": "poligono",
        "campos_nivel": (),
        "niveles": (
            {"valores": ("departament", "region"), "etiqueta": "Límite departamental", "color": "#303030",
             "ancho": 0.6, "trazo": "dash dot"},
            {"valores": ("provinc",), "etiqueta": "Límite provincial", "color": "#404040", "ancho": 0.45,
             "trazo": "dash"},
            {"valores": ("distrit",), "etiqueta": "Límite distrital", "color": "#606060", "ancho": 0.25,
             "trazo": "dot"},
        ),
        "campos_nombre": ("distrito", "nombdist", "provincia", "nombprov", "departamen", "nombdep", "nombre", "name"),
    },
    "centros_poblados": {
        "palabras": ("capital", "centro_poblado", "centros_poblados", "ccpp", "localidad", "ciudad", "poblado"),
        "geometria": "punto",
        "campos_nivel": ("jerarquia", "jer_cp", "categoria", "nomcat02", "rango"),
        "predeterminado": 2,
        "niveles": (
            {"valores": ("1", "ciudad", "metropoli", "capital departamental"), "etiqueta": "Ciudad principal",
             "color": "#b71c1c", "tamano": 3.2, "puntos": 9.0},
            {"valores": ("2", "villa", "capital provincial"), "etiqueta": "Ciudad intermedia", "color": "#d32f2f",
             "tamano": 2.5, "puntos": 8.0},
            {"valores": ("3", "pueblo", "capital distrital"), "etiqueta": "Ciudad menor", "color": "#e57373",
             "tamano": 2.0, "puntos": 7.5},
            {"valores": ("4", "5", "caserio", "rural"), "etiqueta": "Centro poblado rural", "color": "#6d4c41",
             "tamano": 1.4, "puntos": 7.0},
        ),
        "campos_nombre": ("capital", "nombre", "nombre_ccpp", "nomb_ccpp", "nom_cp", "name"),
    },
    "anp": {
        "palabras": ("anp", "natural_protegida", "conservacion", "reserva", "parque", "santuario"),
        "geometria": "poligono",
        "campos_nivel": (),
        "niveles": (
            {"valores": (), "etiqueta": "Área natural protegida", "color": "#2e7d32", "ancho": 0.4},
        ),
        "campos_nombre": ("anp_nomb", "acr_nomb", "acp_nomb", "zr_nomb", "nombres", "nombre", "name"),
    },
}
