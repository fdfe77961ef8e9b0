"""Pauta 1, Pasos 02–04: variables, structural analysis (MICMAC), scenarios, optimal scenario and ejes (to come)."""
