"""Pauta 2: vision and imagen objetivo, the Modelo de Ordenamiento Territorial (MOT), strategic objectives (to come)."""
