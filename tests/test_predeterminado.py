"""The default dictionary: valid, complete for the DIT/ZEE maps, and in the shape the UI expects."""
import pytest

from pot_cartografia.diccionario.modelo import CATEGORICA, NUMERICA, validar_diccionario
from pot_cartografia.diccionario.predeterminado import diccionario_predeterminado, variable_predeterminada

SUBSISTEMAS = {"físico-biológico", "socio-cultural", "económico-productivo", "político-institucional"}
CODIGOS = ["COB", "ZEE", "ANP", "PEL_INU", "JER_CP", "RED_VIAL", "HIDRO", "DENS_POB", "PEND", "CONF_USO"]


def test_passes_validation():
    assert validar_diccionario(diccionario_predeterminado()) == []


def test_has_the_common_variables_once_each():
    codigos = [v.codigo for v in diccionario_predeterminado()]
    assert all(codigo in codigos for codigo in CODIGOS)
    assert len(codigos) == len(set(codigos))


@pytest.mark.parametrize("variable", diccionario_predeterminado(), ids=lambda v: v.codigo)
def test_every_variable_is_documented(variable):
    assert variable.dimension in SUBSISTEMAS
    assert variable.nombre.strip() and len(variable.definicion) > 40
    assert variable.tema and variable.fuente and variable.escala
    assert 2000 <= variable.anio <= 2030
    assert variable.rol == "tematica"
    assert len(variable.clases) >= 2
    colores = [c.color.upper() for c in variable.clases]
    assert len(set(colores)) == len(colores), "classes of one variable must be told apart on the map"


def test_zee_has_the_five_categories_of_ds_087_2004_pcm():
    zee = variable_predeterminada("ZEE")
    assert zee.tipo == CATEGORICA
    etiquetas = [c.etiqueta.lower() for c in zee.clases]
    assert etiquetas == [
        "zonas productivas",
        "zonas de protección y conservación ecológica",
        "zonas de tratamiento especial",
        "zonas de recuperación",
        "zonas urbanas o industriales",
    ]
    assert zee.clase_de("ZPC").color == "#2E7D32"  # protection is green, as on every ZEE map


def test_categorical_classes():
    assert len(variable_predeterminada("COB").clases) >= 8
    assert [c.etiqueta for c in variable_predeterminada("PEL_INU").clases] == ["Muy alto", "Alto", "Medio", "Bajo"]
    assert [c.codigo for c in variable_predeterminada("RED_VIAL").clases] == ["NAC", "DEP", "VEC"]
    hidro = variable_predeterminada("HIDRO")
    assert hidro.clase_de("RP").etiqueta == "Río principal"
    assert hidro.clase_de("RS").etiqueta == "Río secundario"
    assert variable_predeterminada("COB").clase_de("7").etiqueta == "Área urbana"


def test_population_density_breaks():
    densidad = variable_predeterminada("DENS_POB")
    assert densidad.tipo == NUMERICA and densidad.unidad == "hab/km²" and densidad.rampa
    assert len(densidad.clases) == 5
    for anterior, siguiente in zip(densidad.clases, densidad.clases[1:]):
        assert anterior.maximo == siguiente.minimo  # contiguous: every value falls in one class
    assert densidad.clase_de(0).etiqueta.startswith("Muy baja")
    assert densidad.clase_de(30).etiqueta.startswith("Media")
    assert densidad.clase_de(2500).etiqueta.startswith("Muy alta")


def test_slope_is_numeric_percent():
    pendiente = variable_predeterminada("PEND")
    assert pendiente.tipo == NUMERICA and pendiente.unidad == "%"
    assert pendiente.clase_de(10).etiqueta.startswith("Fuertemente inclinada")


def test_each_call_returns_a_fresh_copy():
    primero = diccionario_predeterminado()
    primero[0].clases.clear()
    primero[0].nombre = "cambiado"
    segundo = diccionario_predeterminado()
    assert segundo[0].clases and segundo[0].nombre != "cambiado"


def test_unknown_code():
    with pytest.raises(KeyError):
        variable_predeterminada("NO_EXISTE")
