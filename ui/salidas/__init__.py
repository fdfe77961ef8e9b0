"""The sections of the dock "Cartographic output": the map catalogue, the documents to export, and
the validation checklist of Pauta 4, one module and one form each."""
