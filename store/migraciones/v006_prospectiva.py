"""v6: the prospective analysis (Pauta 1, Pasos 02–04), the tables its deliverables need.

Paso 02 — diseñar el modelo de análisis prospectivo
- ``pot_prosp_variables``: the variables temáticas (``variable`` = a code of ``pot_variables``), their
  strategic role (``estrategica`` 0/1, mirrored to the dictionary's ``rol``; ``rol`` the role in words,
  e.g. the MICMAC quadrant; ``justificacion``) and their indicator (``indicador``, ``unidad``, baseline
  ``linea_base`` in ``anio_base``, ``fuente``).
- ``pot_prosp_justificaciones``: which potencialidades, limitaciones and aptitudes of the modelo actual
  (``tipo`` + ``etiqueta``, the labels of ``pot_caracterizacion``) justify each variable.
- ``pot_prosp_analisis``: the analyses of trends, visions, objectives and sectoral proposals as short
  texts (``tipo``: tendencia | vision | objetivo | propuesta_sectorial | dit) with ``fuente``, ``anio``
  and the variables they speak of (``variables``: codes separated by ";").
- ``pot_prosp_matrices`` + ``pot_prosp_celdas``: structural-analysis matrices (one per expert, ``tipo``
  'experto', or the aggregated one, 'agregada'); ``codigos`` is the JSON list of codes in order; cells
  that are not 0 are stored (``valor``: "1".."3", "P", or a real number for an aggregated matrix, with
  the experts' ``dispersion``). The last analysis run on a matrix: ``agregacion``, ``p_valor``,
  ``umbral``, the power reached and whether the rankings were stable (direct and potential).
- ``pot_prosp_micmac``: the results per variable (the four classifications, their ranks, quadrants).

Paso 03 — determinar el escenario óptimo deseable
- ``pot_prosp_supuestos`` + ``pot_prosp_supuesto_efectos``: supuestos territoriales (external factors:
  ``tipo`` economia | violencia | epidemias | clima | politica | otro) and their expected effect
  (``sentido`` + | - | ?) on named variables.
- ``pot_prosp_relaciones``: causal relations between variables (``intensidad`` 1–3 or P, ``sentido``),
  ``origen_dato`` 'matriz' (proposed from the strongest links) or 'usuario'; the MOT reads them.
- ``pot_prosp_escenarios``: tendencial | deseable | posible | exploratorio | optimo, with ``horizonte``,
  ``narrativa`` and the POT layer that maps it (``capa``).
- ``pot_prosp_estados``: the possible states (hypotheses) of each strategic variable (``estado`` code,
  ``etiqueta``, indicative ``valor`` of its indicator): the descriptors of the cross-impact analysis.
- ``pot_prosp_escenario_estados``: the state of every strategic variable in every scenario.
- ``pot_prosp_impactos``: cross-impact judgements (-3..+3): state ``estado_origen`` of
  ``variable_origen`` promotes (+) or restrains (-) state ``estado_destino`` of ``variable_destino``.
- ``pot_prosp_sensibilidad``: how a scenario's outcome variables move when one strategic variable
  takes another state (states and indicative values before/after, impact balances, consistency).
- ``pot_prosp_puntajes``: pertinence and probability of each scenario scored by each expert
  (``escala`` '1-5' or '%').
- ``pot_prosp_optimo``: the selection of the escenario óptimo deseable with its justification (a history:
  the latest row is in force) and the aggregated scores it was chosen with.
- ``pot_prosp_transiciones``: land-cover transition matrices (observed, ``escenario`` '', or edited per
  scenario), per zone ('' = the whole ámbito): probability and observed area per class pair.
- ``pot_prosp_proyecciones``: summary of each trend projection (method, years, fit, totals, layer).

Paso 04 — determinar los ejes estratégicos
- ``pot_prosp_ejes`` + ``pot_prosp_eje_variables``: ejes estratégicos (theme, description) and the
  strategic variables grouped in each; Pauta 2 (MOT, objectives) reads them.
"""
from ..schema import create_table


def migrar(conn):
    tablas = [
        (
            "pot_prosp_variables",
            "variable TEXT NOT NULL UNIQUE, orden INTEGER, estrategica INTEGER NOT NULL DEFAULT 0, rol TEXT,"
            " justificacion TEXT, indicador TEXT, unidad TEXT, linea_base REAL, anio_base INTEGER, fuente TEXT",
            "Variables temáticas del modelo prospectivo y su rol estratégico",
        ),
        (
            "pot_prosp_justificaciones",
            "variable TEXT NOT NULL, tipo TEXT NOT NULL, etiqueta TEXT NOT NULL, nota TEXT,"
            " UNIQUE (variable, tipo, etiqueta)",
            "Potencialidades, limitaciones y aptitudes del modelo actual que justifican cada variable",
        ),
        (
            "pot_prosp_analisis",
            "tipo TEXT NOT NULL, titulo TEXT NOT NULL, texto TEXT, fuente TEXT, anio INTEGER, variables TEXT, orden INTEGER",
            "Análisis de tendencias, visiones, objetivos y propuestas sectoriales",
        ),
        (
            "pot_prosp_matrices",
            "nombre TEXT NOT NULL UNIQUE, experto TEXT, tipo TEXT NOT NULL, codigos TEXT NOT NULL, agregacion TEXT,"
            " p_valor REAL, umbral TEXT, potencia INTEGER, estable INTEGER, potencia_potencial INTEGER,"
            " estable_potencial INTEGER, calculado TEXT, nota TEXT",
            "Matrices de influencias directas del análisis estructural",
        ),
        (
            "pot_prosp_celdas",
            "matriz TEXT NOT NULL, origen TEXT NOT NULL, destino TEXT NOT NULL, valor TEXT NOT NULL, dispersion REAL,"
            " UNIQUE (matriz, origen, destino)",
            "Celdas no nulas de las matrices de influencias",
        ),
        (
            "pot_prosp_micmac",
            "matriz TEXT NOT NULL, variable TEXT NOT NULL,"
            " influencia_directa REAL, dependencia_directa REAL, influencia_indirecta REAL, dependencia_indirecta REAL,"
            " influencia_potencial REAL, dependencia_potencial REAL,"
            " influencia_potencial_indirecta REAL, dependencia_potencial_indirecta REAL,"
            " rango_influencia_directa INTEGER, rango_dependencia_directa INTEGER,"
            " rango_influencia_indirecta INTEGER, rango_dependencia_indirecta INTEGER,"
            " rango_influencia_potencial INTEGER, rango_dependencia_potencial INTEGER,"
            " rango_influencia_potencial_indirecta INTEGER, rango_dependencia_potencial_indirecta INTEGER,"
            " cuadrante TEXT, cuadrante_indirecto TEXT, UNIQUE (matriz, variable)",
            "Resultados del análisis estructural (MICMAC)",
        ),
        (
            "pot_prosp_supuestos",
            "codigo TEXT NOT NULL UNIQUE, nombre TEXT NOT NULL, descripcion TEXT, tipo TEXT, fuente TEXT, orden INTEGER",
            "Supuestos territoriales (factores externos)",
        ),
        (
            "pot_prosp_supuesto_efectos",
            "supuesto TEXT NOT NULL, variable TEXT NOT NULL, sentido TEXT, descripcion TEXT, UNIQUE (supuesto, variable)",
            "Efectos esperados de los supuestos territoriales sobre las variables",
        ),
        (
            "pot_prosp_relaciones",
            "origen TEXT NOT NULL, destino TEXT NOT NULL, intensidad TEXT, sentido TEXT, descripcion TEXT,"
            " origen_dato TEXT, UNIQUE (origen, destino)",
            "Relaciones causales entre variables",
        ),
        (
            "pot_prosp_escenarios",
            "codigo TEXT NOT NULL UNIQUE, nombre TEXT NOT NULL, tipo TEXT NOT NULL, horizonte INTEGER, narrativa TEXT,"
            " capa TEXT, orden INTEGER",
            "Escenarios (tendencial, deseable, posible, exploratorios, óptimo)",
        ),
        (
            "pot_prosp_estados",
            "variable TEXT NOT NULL, estado TEXT NOT NULL, etiqueta TEXT, descripcion TEXT, valor REAL, orden INTEGER,"
            " UNIQUE (variable, estado)",
            "Estados posibles (hipótesis) de cada variable estratégica",
        ),
        (
            "pot_prosp_escenario_estados",
            "escenario TEXT NOT NULL, variable TEXT NOT NULL, estado TEXT NOT NULL, valor REAL, descripcion TEXT,"
            " UNIQUE (escenario, variable)",
            "Estado de cada variable estratégica en cada escenario",
        ),
        (
            "pot_prosp_impactos",
            "variable_origen TEXT NOT NULL, estado_origen TEXT NOT NULL, variable_destino TEXT NOT NULL,"
            " estado_destino TEXT NOT NULL, valor INTEGER NOT NULL,"
            " UNIQUE (variable_origen, estado_origen, variable_destino, estado_destino)",
            "Juicios de impacto cruzado entre estados de las variables estratégicas",
        ),
        (
            "pot_prosp_sensibilidad",
            "escenario TEXT NOT NULL, variable TEXT NOT NULL, estado_nuevo TEXT NOT NULL, variable_resultado TEXT NOT NULL,"
            " estado_antes TEXT, estado_despues TEXT, valor_antes REAL, valor_despues REAL, balance_antes REAL,"
            " balance_despues REAL, consistente INTEGER",
            "Sensibilidad de los escenarios al cambio de estado de una variable estratégica",
        ),
        (
            "pot_prosp_puntajes",
            "escenario TEXT NOT NULL, experto TEXT NOT NULL, criterio TEXT NOT NULL, valor REAL NOT NULL, escala TEXT,"
            " UNIQUE (escenario, experto, criterio)",
            "Pertinencia y probabilidad de los escenarios según cada experto",
        ),
        (
            "pot_prosp_optimo",
            "escenario TEXT NOT NULL, justificacion TEXT NOT NULL, fecha TEXT, pertinencia REAL, probabilidad REAL,"
            " consistente INTEGER",
            "Selección del escenario óptimo deseable y su justificación",
        ),
        (
            "pot_prosp_transiciones",
            "escenario TEXT NOT NULL, variable TEXT NOT NULL, zona TEXT NOT NULL, desde TEXT NOT NULL, hacia TEXT NOT NULL,"
            " probabilidad REAL NOT NULL, area_ha REAL, anio_inicio INTEGER, anio_fin INTEGER,"
            " UNIQUE (escenario, variable, zona, desde, hacia)",
            "Matrices de transición de cobertura (observadas y por escenario)",
        ),
        (
            "pot_prosp_proyecciones",
            "variable TEXT, escenario TEXT, metodo TEXT NOT NULL, acumulado INTEGER, anio_inicio INTEGER, anio_fin INTEGER,"
            " horizonte INTEGER, unidades INTEGER, ajustadas INTEGER, r2_mediana REAL, total_observado REAL,"
            " total_proyectado REAL, capa TEXT, fecha TEXT",
            "Proyecciones tendenciales por unidad territorial (resumen)",
        ),
        (
            "pot_prosp_ejes",
            "codigo TEXT NOT NULL UNIQUE, nombre TEXT NOT NULL, tema TEXT, descripcion TEXT, orden INTEGER",
            "Ejes estratégicos",
        ),
        (
            "pot_prosp_eje_variables",
            "eje TEXT NOT NULL, variable TEXT NOT NULL, UNIQUE (eje, variable)",
            "Variables estratégicas agrupadas en cada eje",
        ),
    ]
    for tabla, columnas, descripcion in tablas:
        create_table(conn, tabla, columnas, descripcion)
    conn.execute("CREATE INDEX pot_prosp_celdas_matriz ON pot_prosp_celdas (matriz)")
