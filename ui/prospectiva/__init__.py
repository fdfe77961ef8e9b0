"""The sections of the dock "Prospective analysis" (Pauta 1, Steps 02–04), one module and one form
each, in the order of the work: variables, structural analysis, supuestos and causal relations,
scenarios, evaluation (consistency, experts' scores, the óptimo), ejes; and their dialogs: the matrix
editor, the charts, the scenario comparison, the cross-impact judgements."""
