"""The sections of the dock "Current territorial model" (Pauta 1, Step 01), one module and one form
each, in the order of the work: DIT layers, check, synthesis, characterisation, versions,
contributions."""
