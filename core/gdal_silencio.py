"""GDAL errors kept for our own messages instead of printed to the console."""
from contextlib import contextmanager

from osgeo import gdal


@contextmanager
def gdal_silencioso():
    """Works with or without gdal.UseExceptions(); read gdal.GetLastErrorMsg() inside for the cause."""
    gdal.ErrorReset()
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()
