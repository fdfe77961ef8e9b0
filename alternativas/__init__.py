"""Pauta 3: alternativas de uso y ocupación, investment programme and management model (to come)."""
