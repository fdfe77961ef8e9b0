"""Docks and dialogs. They gather inputs and run Processing algorithms; the logic lives elsewhere."""
