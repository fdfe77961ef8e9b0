"""Shared helpers without widgets: translation, logging, settings, errors."""
