"""Scales of the map sheet: the proposed standard scale, grid interval, scale-bar segment and the
way numbers are written on the sheet (thin-space thousands: "1:100 000"). Pure functions."""
import math

# Scales a Peruvian POT sheet is usually drawn at; the series continues 1–1.5–2–2.5–3–5–7.5 × 10ⁿ.
ESCALAS_ESTANDAR = (
    5_000, 10_000, 25_000, 50_000, 75_000, 100_000, 150_000, 200_000, 250_000, 300_000,
    500_000, 750_000, 1_000_000, 1_500_000, 2_000_000,
)
_MANTISAS = (1, 1.5, 2, 2.5, 3, 5, 7.5)
MARGEN = 0.05  # free space kept around the extent, per side, as a share of the frame
ESPACIO_FINO = "\u202f"  # narrow no-break space, the thousands separator on the sheet


def escalas_estandar():
    """The standard scale denominators, smallest first, without end."""
    yield from ESCALAS_ESTANDAR
    potencia = 10 ** 6
    while True:
        for mantisa in _MANTISAS:
            escala = int(mantisa * potencia)
            if escala > ESCALAS_ESTANDAR[-1]:
                yield escala
        potencia *= 10


def proponer_escala(extent_width_m, extent_height_m, map_frame_w_mm, map_frame_h_mm, margen=MARGEN) -> int:
    """The smallest standard scale at which the extent fits the map frame, keeping ``margen`` free
    on every side."""
    if map_frame_w_mm <= 0 or map_frame_h_mm <= 0:
        raise ValueError("the map frame must have a positive size")
    util = 1.0 - 2.0 * margen
    necesaria = max(
        max(extent_width_m, 0.0) * 1000.0 / (map_frame_w_mm * util),
        max(extent_height_m, 0.0) * 1000.0 / (map_frame_h_mm * util),
    )
    for escala in escalas_estandar():
        if escala >= necesaria:
            return escala
    raise AssertionError("unreachable")


def _redondos(minimo: float):
    """1, 2, 2.5, 5 × 10ⁿ from the power of ten just below ``minimo`` upwards."""
    potencia = 10.0 ** math.floor(math.log10(minimo))
    while True:
        for mantisa in (1, 2, 2.5, 5):
            yield mantisa * potencia
        potencia *= 10


def intervalo_grilla(longitud_m: float, lineas: int = 5) -> float:
    """A round grid interval (1, 2, 2.5 or 5 × 10ⁿ metres) that draws about ``lineas`` lines across
    ``longitud_m`` (the longer side of the map): between 3.5 and 7 for any length, 4–6 mostly."""
    if longitud_m <= 0:
        raise ValueError("the map side must be positive")
    candidatos = []
    for intervalo in _redondos(longitud_m / (lineas * 10)):
        candidatos.append(intervalo)
        if longitud_m / intervalo < lineas / 2:
            break
    return min(candidatos, key=lambda intervalo: abs(longitud_m / intervalo - lineas))


def segmento_barra_km(escala: int, ancho_mm: float, segmentos: int = 4) -> float:
    """The longest round segment (km) such that ``segmentos`` segments fit in ``ancho_mm`` of paper."""
    mm_por_km = 1_000_000.0 / escala
    elegido = None
    for km in _redondos(ancho_mm / segmentos / mm_por_km / 100):
        if km * mm_por_km * segmentos > ancho_mm:
            return elegido or km
        elegido = km
    raise AssertionError("unreachable")


def formatear_numero(valor) -> str:
    """12345678 → "12 345 678" with narrow no-break spaces (the sheet's convention)."""
    entero = round(valor)
    texto = f"{abs(entero):,}".replace(",", ESPACIO_FINO)
    return ("-" if entero < 0 else "") + texto


def formatear_kilometros(km: float) -> str:
    """2.5 → "2,5" (decimal comma on the sheet), 10 → "10"."""
    if float(km).is_integer():
        return formatear_numero(km)
    return f"{km:g}".replace(".", ",")


def formatear_decimal(valor, decimales: int = 2) -> str:
    """2717614.084 → "2 717 614,08": thousands by narrow no-break spaces (a number never wraps in a
    table cell) and the decimal separator of the document's language (comma in Spanish)."""
    from ..core.i18n import idioma_documento

    texto = f"{abs(valor):,.{decimales}f}"
    entero, _, fraccion = texto.partition(".")
    separador = "." if idioma_documento() == "en" else ","
    texto = entero.replace(",", ESPACIO_FINO) + (separador + fraccion if fraccion else "")
    return ("-" if valor < 0 and float(texto.replace(ESPACIO_FINO, "").replace(",", ".")) != 0 else "") + texto


def texto_escala_numerica(escala) -> str:
    """"1:100 000", as the sheets write it."""
    return f"1:{formatear_numero(int(escala))}"
