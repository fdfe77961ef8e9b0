"""Pauta 1, Pasos 02–04: the prospective analysis, headless (no widgets).

- ``variables``: variables temáticas, their strategic role, indicator and justifications; analyses.
- ``matriz``, ``matriz_archivo``: the matrix of direct influences (validation naming cells, CSV/XLSX,
  experts' aggregation); ``micmac``: the four classifications; ``analisis_estructural``: matrices and
  results in the POT; ``graficos``: the planes, the displacement map and the graph (PNG + SVG, Qt only).
- ``supuestos``: supuestos territoriales and causal relations.
- ``escenarios``: scenarios and the states of the strategic variables; ``capa_escenario``: each
  scenario's layer of units and the comparison table.
- ``series``, ``proyeccion``: observed series per unit and their trend projection; ``transicion``:
  land-cover transition matrices and the Markov projection.
- ``cib``: cross-impact balance (consistent scenarios, sensitivity); ``evaluacion``: experts'
  pertinence and probability, the óptimo; ``ejes``: the ejes estratégicos; ``avance``: step statuses.
"""
