"""Cartographic output: the Peruvian map sheet, the map catalogue and the batch export."""
