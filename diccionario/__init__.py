"""Diccionario de variables: the model, its storage, import/export, feature links and styling."""
