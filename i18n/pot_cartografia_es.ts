<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PE" sourcelanguage="en">
  <context>
    <name>pot</name>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>  reprojected from {src} to {dst}.</source>
      <translation>  reproyectada de {src} a {dst}.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>  {count} features without any polygon part skipped.</source>
      <translation>  {count} entidades sin ninguna parte poligonal omitidas.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>  {count} features without geometry skipped.</source>
      <translation>  {count} entidades sin geometría omitidas.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>  {count} invalid geometries repaired (make valid).</source>
      <translation>  {count} geometrías no válidas reparadas (make valid).</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>% of the ámbito</source>
      <translation>% del ámbito</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <source>(from the layer)</source>
      <translation>(de la capa)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.py" />
      <source>(matrix editor)</source>
      <translation>(editor de matriz)</translation>
    </message>
    <message>
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>(no class)</source>
      <translation>(sin clase)</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../prospectiva/matriz_archivo.py" />
      <source>(no extension)</source>
      <translation>(sin extensión)</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <source>(none: the layer as it is drawn)</source>
      <translation>(ninguna: la capa tal como se dibuja)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>(not in the dictionary)</source>
      <translation>(no está en el diccionario)</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <location filename="../prospectiva/transicion.py" />
      <source>(pasted cells)</source>
      <translation>(celdas pegadas)</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>(proposed, not saved)</source>
      <translation>(propuesto, sin guardar)</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>(rankings not yet stable)</source>
      <translation>(jerarquías aún no estables)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>(the image of sheet {number} is not available)</source>
      <translation>(la imagen de la lámina {number} no está disponible)</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>(the variable is not in the dictionary)</source>
      <translation>(la variable no está en el diccionario)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>+ favours</source>
      <translation>+ favorece</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>0, 1, 2, 3 or P</source>
      <translation>0, 1, 2, 3 o P</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.py" />
      <source>1. DIT layers</source>
      <translation>1. Capas del DIT</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva_dock.py" />
      <source>1. Thematic variables</source>
      <translation>1. Variables temáticas</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.py" />
      <source>2. Check the layers</source>
      <translation>2. Revisar las capas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva_dock.py" />
      <source>2. Structural analysis</source>
      <translation>2. Análisis estructural</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva_dock.py" />
      <source>3. Supuestos and causal relations</source>
      <translation>3. Supuestos y relaciones causales</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.py" />
      <source>3. Synthesis into territorial units</source>
      <translation>3. Síntesis en unidades territoriales</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.py" />
      <source>4. Characterisation</source>
      <translation>4. Caracterización</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva_dock.py" />
      <source>4. Scenarios</source>
      <translation>4. Escenarios</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva_dock.py" />
      <source>5. Consistency and the optimal scenario</source>
      <translation>5. Consistencia y escenario óptimo</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.py" />
      <source>5. Versions</source>
      <translation>5. Versiones</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.py" />
      <source>6. Contributions</source>
      <translation>6. Aportes</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva_dock.py" />
      <source>6. Strategic axes</source>
      <translation>6. Ejes estratégicos</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>&lt;b&gt;{author}&lt;/b&gt; ({institution}) · {workshop} · {date}&lt;br&gt;{text}</source>
      <translation>&lt;b&gt;{author}&lt;/b&gt; ({institution}) · {workshop} · {date}&lt;br&gt;{text}</translation>
    </message>
    <message>
      <location filename="../ui/ayuda.py" />
      <source>&lt;h3&gt;{title} {version}&lt;/h3&gt;&lt;p&gt;Builds the cartography of a Peruvian Plan de Ordenamiento Territorial (POT) following MINAM's &lt;i&gt;Pautas Generales para la elaboración del POT&lt;/i&gt; (2016): the current territorial model from the DIT, the prospective analysis, the MOT, the alternatives and the validation, in one GeoPackage per POT.&lt;/p&gt;&lt;p&gt;QGIS {qgis} · licence GPL-2.0-or-later&lt;/p&gt;&lt;p&gt;&lt;a href="{guide}"&gt;User guide&lt;/a&gt; · &lt;a href="{home}"&gt;Project page&lt;/a&gt; · &lt;a href="{tracker}"&gt;Report a problem&lt;/a&gt;&lt;/p&gt;</source>
      <translation>&lt;h3&gt;{title} {version}&lt;/h3&gt;&lt;p&gt;Elabora la cartografía de un Plan de Ordenamiento Territorial (POT) del Perú siguiendo las &lt;i&gt;Pautas Generales para la elaboración del POT&lt;/i&gt; del MINAM (2016): el modelo actual a partir del DIT, el análisis prospectivo, el MOT, las alternativas y la validación, en un GeoPackage por POT.&lt;/p&gt;&lt;p&gt;QGIS {qgis} · licencia GPL-2.0 o posterior&lt;/p&gt;&lt;p&gt;&lt;a href="{guide}"&gt;Guía del usuario&lt;/a&gt; · &lt;a href="{home}"&gt;Página del proyecto&lt;/a&gt; · &lt;a href="{tracker}"&gt;Informar de un problema&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>? uncertain</source>
      <translation>? incierto</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <source>A contribution needs a text.</source>
      <translation>Un aporte necesita un texto.</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>a coordinate is not a number</source>
      <translation>una coordenada no es un número</translation>
    </message>
    <message>
      <location filename="../demo/territorio.py" />
      <source>A feature of the layer “{layer}” could not be written to {file}: {error}</source>
      <translation>No se pudo escribir una entidad de la capa “{layer}” en {file}: {error}</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>a hole lies inside another hole</source>
      <translation>un hueco está dentro de otro hueco</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>a hole lies outside its polygon</source>
      <translation>un hueco está fuera de su polígono</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>A layer with a field “unidad” holding the units' pot_uid</source>
      <translation>Una capa con un campo “unidad” que contiene el pot_uid de las unidades</translation>
    </message>
    <message>
      <location filename="../prospectiva/analisis_estructural.py" />
      <location filename="../ui/prospectiva/matriz_dialog.py" />
      <source>A matrix needs a name (e.g. the expert's).</source>
      <translation>Una matriz necesita un nombre (p. ej., el del experto).</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>a part has too few points</source>
      <translation>una parte tiene muy pocos puntos</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>a polygon lies inside another part</source>
      <translation>un polígono está dentro de otra parte</translation>
    </message>
    <message>
      <location filename="../prospectiva/transicion.py" />
      <source>a probability from 0 to 1</source>
      <translation>una probabilidad de 0 a 1</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>a ring is not closed</source>
      <translation>un anillo no está cerrado</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>a ring is repeated</source>
      <translation>un anillo está repetido</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>a ring touches itself</source>
      <translation>un anillo se toca a sí mismo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>A scenario's matrix lives in a POT: give the POT GeoPackage.</source>
      <translation>La matriz de un escenario se guarda en un POT: indique el GeoPackage del POT.</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <source>A sheet of one POT layer, drawn by one of its linked variables; a tiled series prints it at the working scale on the IGN Carta Nacional 1:100 000 sheets (or a regular grid), with an index sheet.</source>
      <translation>Una hoja de una capa del POT, dibujada por una de sus variables vinculadas; una serie en hojas la imprime a la escala de trabajo en las hojas de la Carta Nacional 1:100 000 del IGN (o en una cuadrícula regular), con una hoja índice.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>A strategic variable</source>
      <translation>Una variable estratégica</translation>
    </message>
    <message>
      <location filename="../prospectiva/supuestos.py" />
      <source>A supuesto needs a code and a name.</source>
      <translation>Un supuesto necesita un código y un nombre.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.ui" />
      <source>A variable of the dictionary to add to the matrix</source>
      <translation>Una variable del diccionario para añadir a la matriz</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <location filename="../ui/ayuda.py" />
      <source>About {title}</source>
      <translation>Acerca de {title}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <location filename="../ui/diccionario_dock.ui" />
      <location filename="../ui/prospectiva/ejes.ui" />
      <source>Add</source>
      <translation>Añadir</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Add a matrix of direct influences first.</source>
      <translation>Añada primero una matriz de influencias directas.</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <source>Add a sheet</source>
      <translation>Añadir una hoja</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Add a sheet: a layer, a variable or a series of tiles</source>
      <translation>Añadir una lámina: una capa, una variable o una serie de cuadrantes</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>Add effect</source>
      <translation>Añadir efecto</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Add layer to POT</source>
      <translation>Añadir capa al POT</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.ui" />
      <source>Add on the map:</source>
      <translation>Añadir en el mapa:</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.ui" />
      <source>Add rule</source>
      <translation>Añadir regla</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Add sheets for new layers and drop those whose layer is gone, keeping your edits</source>
      <translation>Añade láminas para las capas nuevas y quita aquellas cuya capa ya no existe, conservando sus cambios</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>Add the strongest links of the last structural analysis that are not listed yet</source>
      <translation>Añadir los vínculos más fuertes del último análisis estructural que aún no están en la lista</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.ui" />
      <source>Add the variable (a row and a column)</source>
      <translation>Añadir la variable (una fila y una columna)</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Add…</source>
      <translation>Añadir…</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Admit weakly inconsistent scenarios down to −tolerance</source>
      <translation>Admitir escenarios levemente inconsistentes hasta −tolerancia</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Aggregation of several experts</source>
      <translation>Agregación de varios expertos</translation>
    </message>
    <message>
      <location filename="../prospectiva/analisis_estructural.py" />
      <source>aggregation of {count} experts</source>
      <translation>agregación de {count} expertos</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>All</source>
      <translation>Todas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>All charts…</source>
      <translation>Todos los gráficos…</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>all features</source>
      <translation>todas las entidades</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <source>All of them, one sheet each</source>
      <translation>Todas, una hoja por variable</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Alternative map: {name}</source>
      <translation>Mapa de alternativa: {name}</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <location filename="../salidas/memoria.py" />
      <source>Alternatives of use and occupation of the territory</source>
      <translation>Alternativas de uso y ocupación del territorio</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>An edited matrix belongs to a scenario: give its code (SCENARIO).</source>
      <translation>Una matriz editada pertenece a un escenario: indique su código (SCENARIO).</translation>
    </message>
    <message>
      <location filename="../prospectiva/ejes.py" />
      <source>An eje estratégico needs a code and a name.</source>
      <translation>Un eje estratégico necesita un código y un nombre.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Analyses</source>
      <translation>Análisis</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <source>Analyses not saved</source>
      <translation>Análisis no guardados</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Analyses of trends, visions and sectoral proposals</source>
      <translation>Análisis de tendencias, visiones y propuestas sectoriales</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>Analysis {number}: the kind must be one of {kinds}, not “{kind}”.</source>
      <translation>Análisis {number}: el tipo debe ser uno de {kinds}, no “{kind}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>Analysis {number}: the title is required.</source>
      <translation>Análisis {number}: el título es obligatorio.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <source>Analysis {number}: the year “{year}” is not a year.</source>
      <translation>Análisis {number}: “{year}” no es un año.</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>Analysis “{title}”</source>
      <translation>Análisis “{title}”</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Annex 1. Dictionary of variables</source>
      <translation>Anexo 1. Diccionario de variables</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Annex 2. List of maps</source>
      <translation>Anexo 2. Relación de mapas</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>Answer</source>
      <translation>Respuesta</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_importar_observaciones.py" />
      <source>Aportes points added</source>
      <translation>Puntos de aportes añadidos</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Approved by: {name}</source>
      <translation>Aprobado por: {name}</translation>
    </message>
    <message>
      <location filename="../modelo_actual/caracterizacion.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>aptitude</source>
      <translation>aptitud</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Aptitudes</source>
      <translation>Aptitudes</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.ui" />
      <source>Area</source>
      <translation>Área</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Area (ha)</source>
      <translation>Área (ha)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Area by class inside the ámbito: {title} ({variable})</source>
      <translation>Área por clase dentro del ámbito: {title} ({variable})</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Area by class inside the ámbito: {variable}</source>
      <translation>Área por clase dentro del ámbito: {variable}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Area moved between classes</source>
      <translation>Área que cambió de clase</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Area of each class</source>
      <translation>Superficie de cada clase</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>Area of the merged units (ha)</source>
      <translation>Área de las unidades fusionadas (ha)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Area without a class at some date (ha)</source>
      <translation>Superficie sin clase en alguna fecha (ha)</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <source>area-weighted mean</source>
      <translation>promedio ponderado por superficie</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Areas inside the ámbito ({scope}), computed in {crs} on the plane of its projection; each hectare is counted once: where layers that carry a variable overlap, the one added to the POT first gives the class.</source>
      <translation>Superficies dentro del ámbito ({scope}), calculadas en {crs} sobre el plano de su proyección; cada hectárea se cuenta una sola vez: donde se superponen capas que llevan una misma variable, decide la clase la que se añadió primero al POT.</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>Arrow from the direct to the indirect position (shares, %); red: rises in influence, blue: falls</source>
      <translation>Flecha de la posición directa a la indirecta (participación, %); rojo: sube en influencia, azul: baja</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Assign zones to alternatives and list the actions by priority.</source>
      <translation>Asignar las zonas a las alternativas y listar las acciones por prioridad.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Assumption</source>
      <translation>Supuesto</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>Author</source>
      <translation>Autor</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <location filename="../ui/salidas/mapas.py" />
      <source>auto</source>
      <translation>auto</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Automatic</source>
      <translation>Automática</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>Automatic: UTM zone of the ámbito</source>
      <translation>Automático: zona UTM del ámbito</translation>
    </message>
    <message>
      <location filename="../prospectiva/micmac.py" />
      <source>Autonomous</source>
      <translation>Autónomas</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>autonomous</source>
      <translation>autónoma</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.py" />
      <source>Axes not saved</source>
      <translation>Ejes no guardados</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Base and ámbito</source>
      <translation>Base y ámbito</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>Base layer</source>
      <translation>Capa base</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Baseline</source>
      <translation>Línea base</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Baseline (year)</source>
      <translation>Línea base (año)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>Binds a field of a POT layer to a variable of the dictionary: every feature gets a stable identifier, its values are recorded in the link table (layer, feature, variable, value, source, year), the attribute form shows the variable's name and offers its classes as a value list, and the layer is styled by the variable. When the field's values are not the variable's class codes, a field named after the variable gets the codes through the value map (one “source value=class code” per line, or a two-column CSV file), then values equal to a class code or label (ignoring case and accents), and that field is linked. Values without a class are kept and listed with their feature counts.</source>
      <translation>Vincula un campo de una capa del POT a una variable del diccionario: cada entidad recibe un identificador estable, sus valores se registran en la tabla de vínculos (capa, entidad, variable, valor, fuente, año), el formulario de atributos muestra el nombre de la variable y ofrece sus clases como lista de valores, y la capa se simboliza según la variable. Cuando los valores del campo no son los códigos de clase de la variable, un campo con el nombre de la variable recibe los códigos mediante la correspondencia de valores (un “valor de origen=código de clase” por línea, o un archivo CSV de dos columnas) y luego los valores iguales a un código o a una etiqueta de clase (sin distinguir mayúsculas ni tildes); ese campo es el que se vincula. Los valores sin clase se conservan y se listan con su número de entidades.</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Breaks: each class covers minimum ≤ value &lt; maximum (the last one includes its maximum).</source>
      <translation>Intervalos: cada clase abarca mínimo ≤ valor &lt; máximo (la última incluye su máximo).</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/sintesis.ui" />
      <source>Build the territorial units</source>
      <translation>Generar las unidades territoriales</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>Build the territorial units first (section 3).</source>
      <translation>Primero construya las unidades territoriales (sección 3).</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Build the territorial units of the current model first (Step 01, section 3).</source>
      <translation>Construya primero las unidades territoriales del modelo actual (Paso 01, sección 3).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_minam.py" />
      <source>Bundle (zip)</source>
      <translation>Paquete (zip)</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.py" />
      <source>Bundle for MINAM</source>
      <translation>Paquete para el MINAM</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_minam.py" />
      <location filename="../ui/salidas/documentos.py" />
      <source>Bundle for MINAM's review</source>
      <translation>Paquete para la revisión del MINAM</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.ui" />
      <source>Bundle for MINAM…</source>
      <translation>Paquete para el MINAM…</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.py" />
      <source>by dimension</source>
      <translation>por dimensión</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.py" />
      <source>by theme</source>
      <translation>por tema</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../core/hilos.py" />
      <location filename="../modelo_actual/recorte.py" />
      <location filename="../ui/dock.py" />
      <source>Cancelled.</source>
      <translation>Cancelado.</translation>
    </message>
    <message>
      <location filename="../store/capas.py" />
      <source>Cannot tell which table of {path} the layer “{layer}” reads.</source>
      <translation>No se puede determinar qué tabla de {path} lee la capa “{layer}”.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Cannot write the maps to the folder {folder}: {error}</source>
      <translation>No se pueden escribir los mapas en la carpeta {folder}: {error}</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>Cannot write to {path}: the file or its folder is read-only.</source>
      <translation>No se puede escribir en {path}: el archivo o su carpeta es de solo lectura.</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <location filename="../salidas/pdf.py" />
      <source>Cannot write {path}.</source>
      <translation>No se puede escribir {path}.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../prospectiva/graficos.py" />
      <location filename="../prospectiva/matriz_archivo.py" />
      <source>Cannot write {path}: the folder {folder} does not exist.</source>
      <translation>No se puede escribir {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../prospectiva/matriz_archivo.py" />
      <location filename="../salidas/formulario.py" />
      <source>Cannot write {path}: {error}</source>
      <translation>No se puede escribir {path}: {error}</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../prospectiva/matriz_archivo.py" />
      <source>Cannot write {path}: {error}. If the file is open in another program (e.g. Excel), close it and try again.</source>
      <translation>No se puede escribir {path}: {error}. Si el archivo está abierto en otro programa (p. ej. Excel), ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Cap of the logistic (empty: the unit's area in ha)</source>
      <translation>Tope de la logística (vacío: la superficie de la unidad en ha)</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Cartographic output</source>
      <translation>Salidas cartográficas</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.py" />
      <source>Catalogue saved in the POT.</source>
      <translation>Catálogo guardado en el POT.</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>categorical</source>
      <translation>categórica</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Categorical (classes by code)</source>
      <translation>Categórica (clases por código)</translation>
    </message>
    <message>
      <location filename="../prospectiva/supuestos.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>Causal relations</source>
      <translation>Relaciones causales</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Causal relations between the variables</source>
      <translation>Relaciones causales entre las variables</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>Causal relations between variables, kept for the MOT: proposed from the strongest links of the matrix, then edited by the team.</source>
      <translation>Relaciones causales entre variables, guardadas para el MOT: propuestas a partir de los vínculos más fuertes de la matriz y luego editadas por el equipo.</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>Cell</source>
      <translation>Celda</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.ui" />
      <source>Cell row → column: how much the row's variable influences the column's: 0 none, 1 weak, 2 moderate, 3 strong, P potential. The diagonal is 0.</source>
      <translation>Celda fila → columna: cuánto influye la variable de la fila en la de la columna: 0 nula, 1 débil, 2 moderada, 3 fuerte, P potencial. La diagonal es 0.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>Cell {cell} ({code} → {code}): the diagonal must be 0, not “{value}”.</source>
      <translation>Celda {cell} ({code} → {code}): la diagonal debe ser 0, no “{value}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/transicion.py" />
      <source>Cell {cell} ({origin} → {destination}): a probability cannot be {value}.</source>
      <translation>Celda {cell} ({origin} → {destination}): una probabilidad no puede ser {value}.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/juicios_dialog.py" />
      <source>Cell {cell} ({origin} → {destination}): “{value}” is not a whole number from −3 to +3.</source>
      <translation>Celda {cell} ({origin} → {destination}): “{value}” no es un número entero de −3 a +3.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>Cell {cell} ({row} → {column}): “{value}” is not a valid value ({allowed}).</source>
      <translation>Celda {cell} ({row} → {column}): “{value}” no es un valor válido ({allowed}).</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>Cell {cell}: the code “{code}” is repeated (first in cell {first}).</source>
      <translation>Celda {cell}: el código “{code}” está repetido (primero en la celda {first}).</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>Cell {cell}: the column has no variable code.</source>
      <translation>Celda {cell}: la columna no tiene código de variable.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>Cell {cell}: the row has no variable code.</source>
      <translation>Celda {cell}: la fila no tiene código de variable.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>Cell {cell}: “{code}” is not a variable of the POT.</source>
      <translation>Celda {cell}: “{code}” no es una variable del POT.</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Change the layers or the variable the selected sheet shows</source>
      <translation>Cambiar las capas o la variable que muestra la lámina seleccionada</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Chapter I. Prospective analysis of the territory</source>
      <translation>Capítulo I. Análisis prospectivo del territorio</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Chapter II. General approach</source>
      <translation>Capítulo II. Planteamiento general</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Chapter III. Specific proposal</source>
      <translation>Capítulo III. Propuesta específica</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Chapter IV. Validation and approval</source>
      <translation>Capítulo IV. Validación y aprobación</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>Characterisation</source>
      <translation>Caracterización</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.ui" />
      <source>Characterise</source>
      <translation>Caracterizar</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_caracterizar.py" />
      <source>Characterise the current model</source>
      <translation>Caracterizar el modelo actual</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <source>Characterise the current model (Step 01) to choose its potentialities, limitations and aptitudes.</source>
      <translation>Caracterice el modelo actual (Paso 01) para elegir sus potencialidades, limitaciones y aptitudes.</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>Characterise the current model (Step 01): the variables must match its potentialities, limitations and aptitudes.</source>
      <translation>Caracterice el modelo actual (Paso 01): las variables deben corresponder a sus potencialidades, limitaciones y aptitudes.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>Characterising “{name}”</source>
      <translation>Caracterizando «{name}»</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>Charts</source>
      <translation>Gráficos</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.ui" />
      <source>Charts of the structural analysis</source>
      <translation>Gráficos del análisis estructural</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Charts written (JSON list)</source>
      <translation>Gráficos escritos (lista JSON)</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <location filename="../ui/modelo_actual/capas.py" />
      <location filename="../ui/modelo_actual/revision.py" />
      <source>Check</source>
      <translation>Revisar</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.py" />
      <source>Check again to list each problem and zoom to it.</source>
      <translation>Revise de nuevo para listar cada problema y ubicarlo en el mapa.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.ui" />
      <source>Check all registered layers</source>
      <translation>Revisar todas las capas registradas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>Check DIT layers</source>
      <translation>Revisar capas del DIT</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>Check of the DIT layers</source>
      <translation>Revisión de las capas del DIT</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.ui" />
      <source>Check the matrix: square, known codes, values 0–3 or P, zero diagonal</source>
      <translation>Verificar la matriz: cuadrada, códigos conocidos, valores 0–3 o P, diagonal en cero</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.py" />
      <source>Checking the DIT layers</source>
      <translation>Revisando las capas del DIT</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>Checking “{name}”…</source>
      <translation>Revisando “{name}”…</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>Checklist</source>
      <translation>Lista de verificación</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>checklist_file</source>
      <translation>lista_verificacion</translation>
    </message>
    <message>
      <location filename="../ui/salidas_dock.py" />
      <source>Checks</source>
      <translation>Verificación</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>Checks the DIT layers registered in the POT: CRS (and whether it is the POT's), invalid, empty and missing geometries, Z/M and curved geometries, text that looks mis-decoded (UTF-8 read as Latin-1, like “HuÃ¡nuco”, or replacement characters “�”), mapped fields that are missing, values without a class in the dictionary (after the value mapping) and the share of the ámbito each layer covers. Problems with a place are written as points (fields capa, fid, problema) to zoom through. The report is returned as JSON and optionally written as an HTML page. Layers are only read; use “Correct DIT layer” to write a fixed copy into the POT.</source>
      <translation>Revisa las capas del DIT registradas en el POT: SRC (y si es el del POT), geometrías no válidas, vacías y ausentes, geometrías Z/M y curvas, texto que parece mal decodificado (UTF-8 leído como Latin-1, como “HuÃ¡nuco”, o caracteres de reemplazo “�”), campos asociados que faltan, valores sin clase en el diccionario (tras la correspondencia de valores) y la proporción del ámbito que cubre cada capa. Los problemas con ubicación se escriben como puntos (campos capa, fid, problema) para recorrerlos en el lienzo. El informe se devuelve como JSON y, opcionalmente, se escribe como página HTML. Las capas solo se leen; use “Corregir capa del DIT” para escribir una copia corregida en el POT.</translation>
    </message>
    <message>
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>Choose a layer, a field and a categorical variable first.</source>
      <translation>Elija primero una capa, un campo y una variable categórica.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <location filename="../ui/modelo_actual/sintesis.py" />
      <source>Choose at least one polygon layer for the synthesis.</source>
      <translation>Seleccione al menos una capa de polígonos para la síntesis.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>Choose the dictionary variable that the field “{field}” holds.</source>
      <translation>Elija la variable del diccionario que contiene el campo “{field}”.</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>Choose the polygon layer of the ámbito.</source>
      <translation>Seleccione la capa de polígonos del ámbito.</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>Choose where to save the POT GeoPackage.</source>
      <translation>Indique dónde guardar el GeoPackage del POT.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>chosen when exported</source>
      <translation>elegida al exportar</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/mapeo_valores_dialog.py" />
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>Class</source>
      <translation>Clase</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Class field at the first date</source>
      <translation>Campo de clase en la primera fecha</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Class field at the second date</source>
      <translation>Campo de clase en la segunda fecha</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.py" />
      <source>Class or measure</source>
      <translation>Clase o medida</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Class {row}: the break {minimum} – {maximum} is empty or reversed.</source>
      <translation>Clase {row}: el intervalo {minimum} – {maximum} está vacío o invertido.</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Class {row}: the code is required.</source>
      <translation>Clase {row}: falta el código.</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Class {row}: the label is required.</source>
      <translation>Clase {row}: falta la etiqueta.</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Class {row}: the minimum and the maximum are required.</source>
      <translation>Clase {row}: faltan el mínimo y el máximo.</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Class {row}: “{color}” is not a colour; write it as #RRGGBB.</source>
      <translation>Clase {row}: «{color}» no es un color; escríbalo como #RRGGBB.</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Class {row}: “{value}” is not a number.</source>
      <translation>Clase {row}: “{value}” no es un número.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/diccionario_dock.py" />
      <location filename="../ui/variable_dialog.ui" />
      <source>Classes</source>
      <translation>Clases</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Classes ({count})</source>
      <translation>Clases ({count})</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Classes: each code found in the data gets a label and a colour.</source>
      <translation>Clases: cada código presente en los datos recibe una etiqueta y un color.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.ui" />
      <source>Click a problem to zoom to it:</source>
      <translation>Haga clic en un problema para ubicarlo en el lienzo:</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>Click on the map where the contribution applies.</source>
      <translation>Haga clic en el mapa donde se ubica el aporte.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.ui" />
      <source>Click on the map where the contribution applies; a form opens</source>
      <translation>Haga clic en el mapa donde se ubica el aporte; se abre un formulario</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>Click the corners of the area; right-click or double-click to close it.</source>
      <translation>Haga clic en los vértices del área; clic derecho o doble clic para cerrarla.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.ui" />
      <source>Click the corners of the area; right-click or double-click to close it; a form opens</source>
      <translation>Haga clic en los vértices del área; clic derecho o doble clic para cerrarla; se abre un formulario</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Click to see every chart</source>
      <translation>Haga clic para ver todos los gráficos</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Climate</source>
      <translation>Clima</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Clip to the ámbito</source>
      <translation>Recortar al ámbito</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Clipped to the ámbito: {cut} features cut at its edge, {out} outside it left out (of {read}).</source>
      <translation>Recortada al ámbito: {cut} entidades cortadas en su borde y {out} fuera de él omitidas (de {read}).</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/diccionario_dock.py" />
      <source>Code</source>
      <translation>Código</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>code=class;code=class (optional)</source>
      <translation>código=clase;código=clase (opcional)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <source>Codes of the variables it concerns, separated by “;”</source>
      <translation>Códigos de las variables a las que se refiere, separados por “;”</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>collection</source>
      <translation>colección</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Colour</source>
      <translation>Color</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Colour of the class</source>
      <translation>Color de la clase</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>Colour ramp</source>
      <translation>Rampa de color</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>colour ramp name, for numeric variables</source>
      <translation>nombre de la rampa de color, para variables numéricas</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>Colour…</source>
      <translation>Color…</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>columns without a row: {codes}</source>
      <translation>columnas sin fila: {codes}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>Combinations examined</source>
      <translation>Combinaciones examinadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <location filename="../salidas/exportar.py" />
      <source>Combined PDF of all sheets</source>
      <translation>PDF combinado de todas las láminas</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <source>Comment form</source>
      <translation>Ficha de observaciones</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>Comment form (PDF)</source>
      <translation>Ficha de observaciones (PDF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>Comment form (XLSX)</source>
      <translation>Ficha de observaciones (XLSX)</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.ui" />
      <source>Compare</source>
      <translation>Comparar</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.ui" />
      <source>Compare v</source>
      <translation>Comparar v</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Compare versions of the current model</source>
      <translation>Comparar versiones del modelo actual</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Compares two saved versions of the current model: how many units of the later one have no identical unit (same shape, same classes) in the earlier one, and, for each variable, the area (ha) that moved from one class to another. The moves are written as a table (variable, desde, hacia, area_ha).</source>
      <translation>Compara dos versiones guardadas del modelo actual: cuántas unidades de la posterior no tienen una unidad idéntica (misma forma, mismas clases) en la anterior y, para cada variable, el área (ha) que pasó de una clase a otra. Los cambios se escriben como una tabla (variable, desde, hacia, area_ha).</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Compare…</source>
      <translation>Comparar…</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>Comparing versions {a} and {b}</source>
      <translation>Comparando las versiones {a} y {b}</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_comparacion.py" />
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>Comparison</source>
      <translation>Comparación</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Comparison (JSON)</source>
      <translation>Comparación (JSON)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Comparison of scenarios</source>
      <translation>Comparación de escenarios</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Comparison of the scenario layers with the current model</source>
      <translation>Comparación de las capas de los escenarios con el modelo actual</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.ui" />
      <source>Comparison of the scenarios</source>
      <translation>Comparación de los escenarios</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Comparison of the scenarios: {variable}</source>
      <translation>Comparación de los escenarios: {variable}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>Comparison sheet</source>
      <translation>Lámina comparativa</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_comparacion.py" />
      <source>Comparison: {a} / {b}</source>
      <translation>Comparación: {a} / {b}</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>complete</source>
      <translation>completo</translation>
    </message>
    <message>
      <location filename="../ui/salidas/verificacion.ui" />
      <source>Component</source>
      <translation>Componente</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Composing the memoria</source>
      <translation>Redactando la memoria</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Computes LIPSOR's four classifications of the variables from the matrix of direct influences (cell row→column: 0 none, 1 weak, 2 moderate, 3 strong, P potential): direct (row and column sums), indirect (powers of the matrix until the rankings by influence and by dependence repeat; the power reached and whether they were stable are reported), potential (P counts as the value of P) and potential-indirect. MATRIX is a CSV or XLSX file whose first row and first column hold the variable codes; several EXPERTS' files are aggregated cell by cell (median or mean) with the spread per cell. Without files, the experts' matrices stored in the POT are used. With a POT, the codes must be dictionary variables, and the matrices and results are stored in it. The output table has, per variable, the influences and dependences of the four classifications, their ranks (1 = highest) and the quadrant (motriz, enlace, dependiente, autonoma, reguladora) on the direct and indirect planes, with thresholds at the mean or the median. OUTPUT_FOLDER receives the charts (PNG and SVG): the four influence/dependence planes, the displacement map direct → indirect and the graph of the strongest influences, and, for several experts, their disagreements (dispersion_expertos.csv).</source>
      <translation>Calcula las cuatro clasificaciones de LIPSOR de las variables a partir de la matriz de influencias directas (celda fila→columna: 0 nula, 1 débil, 2 moderada, 3 fuerte, P potencial): directa (sumas de filas y columnas), indirecta (potencias de la matriz hasta que se repiten las jerarquías por influencia y por dependencia; se informa la potencia alcanzada y si fueron estables), potencial (P vale lo indicado en el valor de P) y potencial indirecta. MATRIX es un archivo CSV o XLSX cuya primera fila y primera columna contienen los códigos de las variables; los archivos de varios EXPERTS se agregan celda por celda (mediana o media) con la dispersión por celda. Sin archivos, se usan las matrices de los expertos guardadas en el POT. Con un POT, los códigos deben ser variables del diccionario, y las matrices y los resultados se guardan en él. La tabla de salida tiene, por variable, las influencias y dependencias de las cuatro clasificaciones, sus rangos (1 = la más alta) y el cuadrante (motriz, enlace, dependiente, autonoma, reguladora) en los planos directo e indirecto, con umbrales en la media o la mediana. OUTPUT_FOLDER recibe los gráficos (PNG y SVG): los cuatro planos de influencia/dependencia, el mapa de desplazamiento directo → indirecto y el grafo de las influencias más fuertes y, para varios expertos, sus discrepancias (dispersion_expertos.csv).</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Consistency</source>
      <translation>Consistencia</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Consistency and the experts' pertinence and probability (mean ± standard deviation)</source>
      <translation>Consistencia, pertinencia y probabilidad según los expertos (media ± desviación estándar)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Consistency by cross-impact balance over {count} strategic variables with {combinations} combinations of their states: a scenario is consistent (value ≥ 0) when each variable's state is the one the others' states promote most.</source>
      <translation>Consistencia por balance de impactos cruzados sobre {count} variables estratégicas con {combinations} combinaciones de sus estados: un escenario es consistente (valor ≥ 0) cuando el estado de cada variable es el que más favorecen los estados de las demás.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>Consistency of the stored scenarios (JSON)</source>
      <translation>Consistencia de los escenarios guardados (JSON)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Consistency, pertinence and probability; the optimal desirable scenario</source>
      <translation>Consistencia, pertinencia y probabilidad; el escenario óptimo deseable</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>consistent</source>
      <translation>consistente</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Consistent</source>
      <translation>Consistente</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>Consistent scenarios</source>
      <translation>Escenarios consistentes</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <source>Context layer of the location inset (e.g. departments of Peru)</source>
      <translation>Capa de contexto del mapa de ubicación (p. ej. departamentos del Perú)</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>Contribution</source>
      <translation>Aporte</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>Contribution recorded; it waits for the team's reply below.</source>
      <translation>Aporte registrado; espera abajo la respuesta del equipo.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>Contributions</source>
      <translation>Aportes</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <source>Contributions (areas)</source>
      <translation>Aportes (áreas)</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <source>Contributions (points)</source>
      <translation>Aportes (puntos)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Contributions of the stakeholders and replies</source>
      <translation>Aportes de los actores y respuestas</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Contributions to the current model</source>
      <translation>Aportes al modelo actual</translation>
    </message>
    <message>
      <location filename="../salidas/leyenda.py" />
      <source>Conventional signs</source>
      <translation>Signos convencionales</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Coordinate reference system</source>
      <translation>Sistema de referencia de coordenadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Copies a vector layer into the POT GeoPackage, reprojected to the POT's CRS and clipped to its ámbito (untick “Clip to the ámbito” to keep the whole layer, e.g. a context layer), gives every feature a stable identifier (pot_uid), lists it among the POT's layers and shows it in the phase group of the POT's QGIS project. The source layer is only read. Optionally a field is linked to a dictionary variable: when its values are not the variable's class codes, a field named after the variable gets the codes through the value map (one “source value=class code” per line, or a two-column CSV file), then values equal to a class code or label (ignoring case and accents); values left unmatched are kept, listed by name with their feature counts, and shown in legends as not in the dictionary. With REPLACE, the POT layer of the same name is replaced whole (with its links to the dictionary for the fields the new layer still has) or not at all. A shapefile that declares no text encoding is read as UTF-8 when it is, else as Latin-1, with a warning.</source>
      <translation>Copia una capa vectorial en el GeoPackage del POT, reproyectada al SRC del POT y recortada a su ámbito (desmarque “Recortar al ámbito” para conservar la capa entera, p. ej. una capa de contexto), da a cada entidad un identificador estable (pot_uid), la registra entre las capas del POT y la muestra en el grupo de su fase en el proyecto QGIS del POT. La capa de origen solo se lee. Opcionalmente se vincula un campo a una variable del diccionario: cuando sus valores no son los códigos de clase de la variable, un campo con el nombre de la variable recibe los códigos mediante la correspondencia de valores (un “valor de origen=código de clase” por línea, o un archivo CSV de dos columnas) y luego los valores iguales a un código o a una etiqueta de clase (sin distinguir mayúsculas ni tildes); los valores sin correspondencia se conservan, se nombran con su número de entidades y las leyendas los muestran como fuera del diccionario. Con REEMPLAZAR, la capa del POT del mismo nombre se reemplaza completa (con sus vínculos al diccionario para los campos que la nueva capa conserva) o no se toca. Un shapefile que no declara su codificación de texto se lee como UTF-8 si lo es y, si no, como Latin-1, con un aviso.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Copies the territorial units into the POT as modelo_actual_vN (N = next version number) and records the version with its state (preliminary or validated) and a note. Fields linked to variables stay linked in the copy. A validated version completes Pauta 1, Step 01.</source>
      <translation>Copia las unidades territoriales en el POT como modelo_actual_vN (N = número de la siguiente versión) y registra la versión con su estado (preliminar o validado) y una nota. Los campos vinculados a variables siguen vinculados en la copia. Una versión validada completa el Paso 01 de la Pauta 1.</translation>
    </message>
    <message>
      <location filename="../ui/mensajes.py" />
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.ui" />
      <source>Correct</source>
      <translation>Corregir</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Correct DIT layer</source>
      <translation>Corregir capa del DIT</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Corrected layer</source>
      <translation>Capa corregida</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.py" />
      <source>Correcting “{name}”</source>
      <translation>Corrigiendo «{name}»</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.py" />
      <source>Correction</source>
      <translation>Corrección</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>covers {pct} % of the ámbito</source>
      <translation>cubre el {pct} % del ámbito</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.py" />
      <source>Create a new POT from an ámbito layer, or open an existing POT GeoPackage.</source>
      <translation>Cree un POT nuevo a partir de una capa del ámbito o abra un GeoPackage de POT existente.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <location filename="../ui/navegador_dock.ui" />
      <source>Create a POT GeoPackage from an ámbito layer</source>
      <translation>Crear un GeoPackage de POT a partir de una capa del ámbito</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Create or refresh the selected scenario's layer (pot:capa_escenario): the territorial units with its values, styled from the dictionary</source>
      <translation>Crear o actualizar la capa del escenario elegido (pot:capa_escenario): las unidades territoriales con sus valores, con el estilo del diccionario</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>Create POT</source>
      <translation>Crear POT</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Creates or refreshes the POT layer escenario_&lt;code&gt;: the territorial units (the POT's modelo_actual_unidades unless UNITS is given) with the scenario's values of the mapped variables — the units' fields linked to prospective variables (or FIELDS, written field=VARIABLE;…), plus values joined from VALUES (e.g. a trend projection: VALUE_FIELDS proyeccion=VARIABLE, joined by VALUES_KEY to the units' pot_uid). On a refresh, values the team edited in the layer are kept unless new values are given. The fields are linked to the dictionary (forms offer its classes) and the layer is styled from it (by STYLE_VARIABLE, or the first variable with classes). A scenario not yet in the POT is created with NAME and TYPE.</source>
      <translation>Crea o actualiza la capa del POT escenario_&lt;código&gt;: las unidades territoriales (la capa modelo_actual_unidades del POT, salvo que se indique UNITS) con los valores del escenario para las variables mapeadas — los campos de las unidades vinculados a variables prospectivas (o FIELDS, escrito campo=VARIABLE;…), más los valores unidos desde VALUES (p. ej., una proyección tendencial: VALUE_FIELDS proyeccion=VARIABLE, unidos por VALUES_KEY al pot_uid de las unidades). Al actualizar, se conservan los valores que el equipo editó en la capa, salvo que se den valores nuevos. Los campos se vinculan al diccionario (los formularios ofrecen sus clases) y la capa toma su estilo de él (por STYLE_VARIABLE, o por la primera variable con clases). Un escenario que aún no está en el POT se crea con NAME y TYPE.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Creates the GeoPackage of a new POT: the ámbito (dissolved from the chosen polygons, optionally filtered, e.g. one province of a provinces layer), the POT's metadata, the default dictionary of variables, layer styles and a QGIS project stored inside the GeoPackage with one group per phase. Without a CRS, the UTM zone (WGS 84) holding most of the ámbito is used. An existing file is never overwritten.</source>
      <translation>Crea el GeoPackage de un POT nuevo: el ámbito (disuelto a partir de los polígonos elegidos, con filtro opcional, p. ej. una provincia de una capa de provincias), los metadatos del POT, el diccionario de variables predeterminado, los estilos de las capas y un proyecto QGIS guardado dentro del GeoPackage con un grupo por fase. Si no se indica un SRC, se usa la zona UTM (WGS 84) que contiene la mayor parte del ámbito. Nunca se sobrescribe un archivo existente.</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>Creating the POT {name}</source>
      <translation>Creando el POT {name}</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <location filename="../ui/prospectiva/juicios_dialog.ui" />
      <source>Cross-impact judgements</source>
      <translation>Juicios de impacto cruzado</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>Cross-impact judgements to import (CSV or XLSX)</source>
      <translation>Juicios de impacto cruzado por importar (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Cross-impact judgements: how each state of a strategic variable promotes (+) or restrains (−) the states of the others</source>
      <translation>Juicios de impacto cruzado: cuánto cada estado de una variable estratégica favorece (+) o frena (−) los estados de las demás</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Cross-tabulates the land cover of two dates (two polygon layers, or two fields of one layer) by area, per zone when ZONES are given, and normalises each row: the probability that a hectare of a class at the first date is of each class at the second. The areas at the second date are projected to the horizon by raising the matrix to the number of periods (a yearly matrix, clipped and renormalised, when the years to go are not a whole number of periods; the adjustment is reported). With a POT and a SCENARIO, the scenario's own matrix is used when the POT has one (edit it by importing TRANSITIONS, a CSV/XLSX grid of probabilities whose rows sum to 1); otherwise the observed matrix is stored as the scenario's, ready to be edited. Outputs: the observed transitions (zone, from, to, ha, probability) and the projection per zone and class (ha at each date and at the horizon).</source>
      <translation>Tabula por superficie la cobertura de dos fechas (dos capas de polígonos, o dos campos de una capa), por zona cuando se indican ZONES, y normaliza cada fila: la probabilidad de que una hectárea de una clase en la primera fecha sea de cada clase en la segunda. Las superficies de la segunda fecha se proyectan al horizonte elevando la matriz al número de periodos (una matriz anual, recortada y renormalizada, cuando los años que faltan no son un número entero de periodos; se informa el ajuste). Con un POT y un SCENARIO, se usa la matriz propia del escenario cuando el POT la tiene (edítela importando TRANSITIONS, una cuadrícula CSV/XLSX de probabilidades cuyas filas suman 1); si no, la matriz observada se guarda como la del escenario, lista para editarse. Salidas: las transiciones observadas (zona, desde, hacia, ha, probabilidad) y la proyección por zona y clase (ha en cada fecha y en el horizonte).</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>CRS</source>
      <translation>SRC</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>CRS (empty: UTM zone of the ámbito)</source>
      <translation>SRC (vacío: zona UTM del ámbito)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>CRS of the POT</source>
      <translation>SRC del POT</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>CRS {crs} (POT: {pot})</source>
      <translation>SRC {crs} (POT: {pot})</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.ui" />
      <source>CRS, invalid or empty geometries, Z/M, curves, mis-decoded text, values without a class and coverage of the ámbito</source>
      <translation>SRC, geometrías no válidas o vacías, Z/M, curvas, textos mal decodificados, valores sin clase y cobertura del ámbito</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>CRS: WGS 84 / UTM zone {zone} ({authid}), the zone of the ámbito.</source>
      <translation>SRC: WGS 84 / UTM zone {zone} ({authid}), la zona del ámbito.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>CSV (*.csv);;Excel (*.xlsx)</source>
      <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <location filename="../prospectiva/capa_escenario.py" />
      <location filename="../salidas/catalogo.py" />
      <source>Current model</source>
      <translation>Modelo actual</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Current model of the territorial system</source>
      <translation>Modelo actual del sistema territorial</translation>
    </message>
    <message>
      <location filename="../modelo_actual/versiones.py" />
      <source>Current model v{n} ({state})</source>
      <translation>Modelo actual v{n} ({state})</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Current model: units from the registered DIT layers</source>
      <translation>Modelo actual: unidades a partir de las capas del DIT registradas</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Current territorial model</source>
      <translation>Modelo actual</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>Database error in {path}: {error}</source>
      <translation>Error de base de datos en {path}: {error}</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Date or year of each event</source>
      <translation>Fecha o año de cada evento</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Date: {date}</source>
      <translation>Fecha: {date}</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Datum: PSAD 56 – UTM projection – Zone {zone}</source>
      <translation>Datum: PSAD 56 – Proyección UTM – Zona {zone}</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Datum: WGS 84 – UTM projection – Zone {zone}</source>
      <translation>Datum: WGS 84 – Proyección UTM – Zona {zone}</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.ui" />
      <source>Default</source>
      <translation>Predeterminado</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Default dictionary</source>
      <translation>Diccionario predeterminado</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>Definition</source>
      <translation>Definición</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.ui" />
      <location filename="../ui/prospectiva/ejes.ui" />
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>Delete effect</source>
      <translation>Eliminar efecto</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.ui" />
      <source>Delete rule</source>
      <translation>Eliminar regla</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Delete the matrix “{name}” from the POT?</source>
      <translation>¿Eliminar del POT la matriz “{name}”?</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Delete the scenario {code}, its states and scores? Its layer stays in the POT.</source>
      <translation>¿Eliminar el escenario {code}, sus estados y puntajes? Su capa permanece en el POT.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Delete the selected matrix</source>
      <translation>Eliminar la matriz elegida</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Delete the selected scenario</source>
      <translation>Eliminar el escenario elegido</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>Delete the variable “{code}” ({name}) and its {count} classes from the dictionary?</source>
      <translation>
        <numerusform>¿Eliminar del diccionario la variable «{code}» ({name}) y su {count} clase?</numerusform>
        <numerusform>¿Eliminar del diccionario la variable «{code}» ({name}) y sus {count} clases?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Delete variable</source>
      <translation>Eliminar variable</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>Deliverables</source>
      <translation>Entregables</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Dependence</source>
      <translation>Dependencia</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>Dependence (%)</source>
      <translation>Dependencia (%)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>dependent</source>
      <translation>dependiente</translation>
    </message>
    <message>
      <location filename="../prospectiva/micmac.py" />
      <source>Dependent (result)</source>
      <translation>Dependientes (de resultado)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/ejes.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>DESCRIPTIVE REPORT</source>
      <translation>MEMORIA DESCRIPTIVA</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_memoria_descriptiva.py" />
      <location filename="../ui/salidas/documentos.py" />
      <source>Descriptive report (memoria descriptiva)</source>
      <translation>Memoria descriptiva</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>descriptive_report</source>
      <translation>memoria_descriptiva</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Design the prospective model</source>
      <translation>Diseñar el modelo de análisis prospectivo</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Desirable</source>
      <translation>Deseable</translation>
    </message>
    <message>
      <location filename="../ui/mensajes.py" />
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Determine the optimal desirable scenario</source>
      <translation>Determinar el escenario óptimo deseable</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Determine the strategic axes</source>
      <translation>Determinar los ejes estratégicos</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <location filename="../ui/diccionario_dock.py" />
      <source>Dictionary</source>
      <translation>Diccionario</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Dictionary (*.xlsx *.csv)</source>
      <translation>Diccionario (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Dictionary file</source>
      <translation>Archivo del diccionario</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Dictionary file (XLSX or CSV)</source>
      <translation>Archivo del diccionario (XLSX o CSV)</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>Dictionary of variables</source>
      <translation>Diccionario de variables</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Dictionary variable of the classes</source>
      <translation>Variable del diccionario de las clases</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Dictionary variable the series measures (for the record)</source>
      <translation>Variable del diccionario que mide la serie (para el registro)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/diccionario_dock.py" />
      <location filename="../ui/variable_dialog.ui" />
      <source>Dimension</source>
      <translation>Dimensión</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Direct classification: row and column sums of the matrix. Indirect classification: its powers until the rankings by influence and by dependence repeat; power {power} was reached and {stable}. Potential influences (P) count {p} in the potential classifications. Quadrant lines at the {threshold} of the shares.</source>
      <translation>Clasificación directa: sumas de filas y columnas de la matriz. Clasificación indirecta: sus potencias hasta que se repiten las jerarquías por influencia y por dependencia; se alcanzó la potencia {power} y {stable}. Las influencias potenciales (P) valen {p} en las clasificaciones potenciales. Líneas de los cuadrantes en la {threshold} de las participaciones.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Direct D.</source>
      <translation>D. directa</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Direct I.</source>
      <translation>I. directa</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>Direct plane</source>
      <translation>Plano directo</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>discarded</source>
      <translation>descartado</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>Disk error on {path} ({error}): the disk may be disconnected, or another program removed the POT's temporary files (-wal, -shm). Close every QGIS that has the POT open and open it again; what was saved before is kept.</source>
      <translation>Error de disco en {path} ({error}): el disco puede estar desconectado, u otro programa eliminó los archivos temporales del POT (-wal, -shm). Cierre todo QGIS que tenga abierto el POT y vuelva a abrirlo; lo guardado antes se conserva.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>Displacement</source>
      <translation>Desplazamiento</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Displacement map: direct → indirect</source>
      <translation>Mapa de desplazamiento: directo → indirecto</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Disseminate the plan, record the Technical Commission's observations and prepare MINAM's review.</source>
      <translation>Difundir el plan, registrar las observaciones de la Comisión Técnica y preparar la revisión del MINAM.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/variables.py" />
      <source>DIT analysis</source>
      <translation>Análisis del DIT</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <source>DIT layer</source>
      <translation>Capa del DIT</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.py" />
      <source>DIT layer not registered</source>
      <translation>Capa del DIT no registrada</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.py" />
      <source>DIT layers</source>
      <translation>Capas del DIT</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>DIT layers, their variables and their validation</source>
      <translation>Capas del DIT, sus variables y su validación</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>DIT polygon layers</source>
      <translation>Capas de polígonos del DIT</translation>
    </message>
    <message>
      <location filename="../ui/salidas_dock.py" />
      <source>Documents</source>
      <translation>Documentos</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>Down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>driving</source>
      <translation>motriz</translation>
    </message>
    <message>
      <location filename="../prospectiva/micmac.py" />
      <source>Driving (influential)</source>
      <translation>Motrices (influyentes)</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>e.g. 1:100 000</source>
      <translation>p. ej. 1:100 000</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>e.g. COB, PEND, ZEE</source>
      <translation>p. ej. COB, PEND, ZEE</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>e.g. Forest area (ha)</source>
      <translation>p. ej., Superficie de bosque (ha)</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>e.g. ha, %, hab/km²</source>
      <translation>p. ej. ha, %, hab/km²</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>e.g. MINAM, INEI, SERNANP</source>
      <translation>p. ej. MINAM, INEI, SERNANP</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>e.g. Municipalidad Provincial de Coronel Portillo</source>
      <translation>p. ej. Municipalidad Provincial de Coronel Portillo</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>e.g. POT de la Provincia de Coronel Portillo</source>
      <translation>p. ej. POT de la Provincia de Coronel Portillo</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>e.g. Provincia de Coronel Portillo</source>
      <translation>p. ej. Provincia de Coronel Portillo</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>e.g. tendencial</source>
      <translation>p. ej., tendencial</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/matriz_dialog.ui" />
      <source>e.g. the expert's name or the workshop</source>
      <translation>p. ej., el nombre del experto o del taller</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Each expert scores the pertinence and the probability of each scenario:</source>
      <translation>Cada experto puntúa la pertinencia y la probabilidad de cada escenario:</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.ui" />
      <source>Each scenario's layer against the current model: area (ha) of each class, and the total and area-weighted mean of the numeric variables.</source>
      <translation>La capa de cada escenario frente al modelo actual: superficie (ha) de cada clase, y el total y el promedio ponderado por superficie de las variables numéricas.</translation>
    </message>
    <message>
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>Each value of the field “{field}” of “{layer}” and the class of “{name}” it stands for. Proposed: the value map written so far, then the class whose code or label is the value (ignoring case and accents). Values left without a class are kept and shown as not in the dictionary.</source>
      <translation>Cada valor del campo “{field}” de “{layer}” y la clase de “{name}” que representa. Se propone: la correspondencia escrita hasta ahora y luego la clase cuyo código o etiqueta es el valor (sin distinguir mayúsculas ni tildes). Los valores sin clase se conservan y se muestran como fuera del diccionario.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Earlier version</source>
      <translation>Versión anterior</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Economy</source>
      <translation>Economía</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.ui" />
      <source>Edit</source>
      <translation>Editar</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Edit the selected matrix</source>
      <translation>Editar la matriz elegida</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Edited matrix for the scenario (CSV or XLSX)</source>
      <translation>Matriz editada para el escenario (CSV o XLSX)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Edited values kept</source>
      <translation>Valores editados conservados</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Either way, “Undo” puts the present dictionary back.</source>
      <translation>En ambos casos, «Deshacer» restituye el diccionario actual.</translation>
    </message>
    <message>
      <location filename="../prospectiva/ejes.py" />
      <source>Eje {code}: group at least one strategic variable in it.</source>
      <translation>Eje {code}: agrupe en él al menos una variable estratégica.</translation>
    </message>
    <message>
      <location filename="../prospectiva/ejes.py" />
      <source>Eje {code}: “{variable}” is not a strategic variable of the prospective model.</source>
      <translation>Eje {code}: “{variable}” no es una variable estratégica del modelo prospectivo.</translation>
    </message>
    <message>
      <location filename="../prospectiva/ejes.py" />
      <source>Ejes are proposed by “dimension” or “tema”, not “{by}”.</source>
      <translation>Los ejes se proponen por “dimension” o “tema”, no por “{by}”.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>empty geometry</source>
      <translation>geometría vacía</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>English</source>
      <translation>Inglés</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Epidemics</source>
      <translation>Epidemias</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Equivalences</source>
      <translation>Equivalencias</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Events (e.g. deforestation alerts)</source>
      <translation>Eventos (p. ej., alertas de deforestación)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Events outside every unit</source>
      <translation>Eventos fuera de toda unidad</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.py" />
      <source>Every registered layer is fine.</source>
      <translation>Todas las capas registradas están bien.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/caracterizacion.py" />
      <source>Every rule needs a variable, a class and a label.</source>
      <translation>Cada regla necesita una variable, una clase y una etiqueta.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.py" />
      <source>Every strategic variable belongs to an axis.</source>
      <translation>Cada variable estratégica pertenece a un eje.</translation>
    </message>
    <message>
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>Every value has a class.</source>
      <translation>Todos los valores tienen clase.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Expected effect</source>
      <translation>Efecto esperado</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Expected effects</source>
      <translation>Efectos esperados</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>Expected effects of the selected supuesto on the variables:</source>
      <translation>Efectos esperados del supuesto elegido sobre las variables:</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <location filename="../ui/prospectiva/matriz_dialog.ui" />
      <source>Expert</source>
      <translation>Experto</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Experts</source>
      <translation>Expertos</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Exploratory</source>
      <translation>Exploratorio</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Exponential</source>
      <translation>Exponencial</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>exponential</source>
      <translation>exponencial</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Export cancelled; the sheets already exported are kept.</source>
      <translation>Exportación cancelada; se conservan las láminas ya exportadas.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.ui" />
      <source>Export CSV…</source>
      <translation>Exportar CSV…</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.ui" />
      <source>Export the dictionary to an XLSX or CSV table</source>
      <translation>Exportar el diccionario a una tabla XLSX o CSV</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Export the judgements</source>
      <translation>Exportar los juicios</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Export the judgements (or an empty grid to fill in) as CSV or XLSX</source>
      <translation>Exportar los juicios (o una cuadrícula vacía para llenar) como CSV o XLSX</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <location filename="../ui/salidas/mapas.py" />
      <source>Export the map series</source>
      <translation>Exportar la serie de mapas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Export the matrix</source>
      <translation>Exportar la matriz</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.ui" />
      <source>Export the matrix to a CSV or XLSX file</source>
      <translation>Exportar la matriz a un archivo CSV o XLSX</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Export the selected matrix to a CSV or XLSX file</source>
      <translation>Exportar la matriz elegida a un archivo CSV o XLSX</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Export the ticked maps…</source>
      <translation>Exportar los mapas marcados…</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Export variables</source>
      <translation>Exportar variables</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Export variables dictionary</source>
      <translation>Exportar diccionario de variables</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>Exported maps</source>
      <translation>Mapas exportados</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>Exporting the maps that are missing</source>
      <translation>Exportando los mapas que faltan</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <source>Exports the sheets of the POT's map catalogue as Peruvian map sheets (membrete, UTM grid, north arrow, legend of the classes present, location inset): one PDF per sheet, georeferenced, plus one combined PDF of all sheets, and/or PNG images. Sheets: map numbers separated by commas (empty = all). A sheet that fails is reported by its number and the others are still exported.</source>
      <translation>Exporta las láminas del catálogo de mapas del POT como láminas de mapa peruanas (membrete, cuadrícula UTM, flecha del norte, leyenda de las clases presentes, mapa de ubicación): un PDF georreferenciado por lámina, más un PDF combinado de todas las láminas, y/o imágenes PNG. Láminas: números de mapa separados por comas (vacío = todas). Si una lámina falla, se informa su número y las demás se exportan igualmente.</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.ui" />
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>External factors the POT cannot manage (world economy, violence, epidemics, climate…):</source>
      <translation>Factores externos que el POT no puede gestionar (economía mundial, violencia, epidemias, clima…):</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>extra {codes}</source>
      <translation>sobran {codes}</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>favours</source>
      <translation>favorece</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>Feature {fid} of “{layer}”: invalid geometry ({reason})</source>
      <translation>Entidad {fid} de «{layer}»: geometría no válida ({reason})</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>Feature {fid} of “{layer}”: {kind}</source>
      <translation>Entidad {fid} de «{layer}»: {kind}</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>Feature {fid} of “{layer}”: {reason} (GEOS: {geos})</source>
      <translation>Entidad {fid} de «{layer}»: {reason} (GEOS: {geos})</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>Features</source>
      <translation>Entidades</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_estilo_por_variable.py" />
      <source>Field (empty: the one linked to the variable)</source>
      <translation>Campo (vacío: el vinculado a la variable)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <source>Field holding a variable</source>
      <translation>Campo que contiene una variable</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Field holding a variable (optional)</source>
      <translation>Campo que contiene una variable (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>Field linked to the variable</source>
      <translation>Campo vinculado a la variable</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Field of VALUES holding the unit's pot_uid</source>
      <translation>Campo de VALUES con el pot_uid de la unidad</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_estilo_por_variable.py" />
      <source>Field styled</source>
      <translation>Campo simbolizado</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_caracterizar.py" />
      <source>Fields and variables (field=VARIABLE;…; empty: linked fields)</source>
      <translation>Campos y variables (campo=VARIABLE;…; vacío: campos vinculados)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Fields linked to variables (JSON)</source>
      <translation>Campos vinculados a variables (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Fields of the units and their variables (field=VARIABLE;…; empty: linked fields)</source>
      <translation>Campos de las unidades y sus variables (campo=VARIABLE;…; vacío: campos vinculados)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Fields of VALUES and their variables (field=VARIABLE;…)</source>
      <translation>Campos de VALUES y sus variables (campo=VARIABLE;…)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/modelo_actual/capas.py" />
      <source>Fields → variables</source>
      <translation>Campos → variables</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Figure {number}. {title}</source>
      <translation>Figura {number}. {title}</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.ui" />
      <source>Fill an empty dictionary with the default DIT/ZEE variables</source>
      <translation>Llenar un diccionario vacío con las variables predeterminadas del DIT/ZEE</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_importar_observaciones.py" />
      <source>Filled comment form (XLSX or CSV)</source>
      <translation>Ficha de observaciones llenada (XLSX o CSV)</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.ui" />
      <source>Filter by code, name, dimension, theme…</source>
      <translation>Filtrar por código, nombre, dimensión, tema…</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Find the consistent scenarios</source>
      <translation>Encontrar los escenarios consistentes</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>Findings</source>
      <translation>Hallazgos</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>Finds the consistent scenarios that the cross-impact judgements admit (Cross-Impact Balance): the descriptors are the POT's strategic variables with two or more states; a judgement from −3 to +3 says how a state of one variable promotes or restrains a state of another. A scenario (one state per variable) is consistent when every chosen state has the highest impact balance of its variable. Every combination is enumerated exactly (up to 1,000,000). JUDGEMENTS imports a CSV/XLSX grid whose first row and column are VARIABLE:state. TOLERANCE admits weakly inconsistent scenarios. The output lists the consistent scenarios, best first, with their consistency value and total impact score and the stored scenario they match; SENSITIVITY says, for every stored scenario, where it goes when one strategic variable takes another state (the others following the succession), and is stored in the POT.</source>
      <translation>Encuentra los escenarios consistentes que admiten los juicios de impacto cruzado (Cross-Impact Balance): los descriptores son las variables estratégicas del POT con dos o más estados; un juicio de −3 a +3 dice cuánto un estado de una variable favorece o frena un estado de otra. Un escenario (un estado por variable) es consistente cuando cada estado elegido tiene el mayor balance de impactos de su variable. Se enumeran exactamente todas las combinaciones (hasta 1 000 000). JUDGEMENTS importa una cuadrícula CSV/XLSX cuya primera fila y primera columna son VARIABLE:estado. TOLERANCE admite escenarios levemente inconsistentes. La salida lista los escenarios consistentes, del mejor al peor, con su valor de consistencia, su puntaje de impacto total y el escenario guardado al que corresponden; SENSITIVITY indica, para cada escenario guardado, adónde llega cuando una variable estratégica toma otro estado (las demás siguen la sucesión), y se guarda en el POT.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>First date (year)</source>
      <translation>Primera fecha (año)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>Folder for the charts</source>
      <translation>Carpeta para los gráficos</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.py" />
      <source>Folder for the maps</source>
      <translation>Carpeta para los mapas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.py" />
      <source>Folder for the tables</source>
      <translation>Carpeta para los cuadros</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.py" />
      <source>Folder for the workshop pack</source>
      <translation>Carpeta para el paquete del taller</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <source>Folder of layout templates (.qpt named like A3_horizontal.qpt)</source>
      <translation>Carpeta de plantillas de diseño (.qpt con nombres como A3_horizontal.qpt)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_minam.py" />
      <source>Folder of the exported maps (PDF)</source>
      <translation>Carpeta de los mapas exportados (PDF)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_memoria_descriptiva.py" />
      <source>Folder of the exported maps (PNG)</source>
      <translation>Carpeta de los mapas exportados (PNG)</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Forget the selected layer (its source is not touched)</source>
      <translation>Quitar del registro la capa seleccionada (su fuente no se toca)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>Formula</source>
      <translation>Fórmula</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>From the matrix</source>
      <translation>Desde la matriz</translation>
    </message>
    <message>
      <location filename="../salidas/pdf.py" />
      <source>GDAL could not combine the PDFs into {path}: {error}</source>
      <translation>GDAL no pudo combinar los PDF en {path}: {error}</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>General approach</source>
      <translation>Planteamiento general</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Geometries repaired</source>
      <translation>Geometrías reparadas</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Give a file for the memoria (ODT and/or PDF).</source>
      <translation>Indique un archivo para la memoria (ODT y/o PDF).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Give a MATRIX file, or a POT that stores one.</source>
      <translation>Indique un archivo MATRIX, o un POT que guarde una matriz.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Give both the field and the variable to link, or neither.</source>
      <translation>Indique el campo y la variable a vincular, o ninguno de los dos.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Give either EVENTS or SERIES_FIELDS, not both.</source>
      <translation>Indique EVENTS o SERIES_FIELDS, no ambos.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>Give exactly two layers to compare, not {count}.</source>
      <translation>Indique exactamente dos capas para comparar, no {count}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Give the horizon year (or a POT, whose horizon is used).</source>
      <translation>Indique el año horizonte (o un POT, cuyo horizonte se usa).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Give the observed series: EVENTS with their DATE_FIELD, or SERIES_FIELDS of the units.</source>
      <translation>Indique la serie observada: EVENTS con su DATE_FIELD, o SERIES_FIELDS de las unidades.</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>Give the POT a name.</source>
      <translation>Asigne un nombre al POT.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>goes</source>
      <translation>pasa</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>goes from → to</source>
      <translation>pasa de → a</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>Graph</source>
      <translation>Grafo</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Graph of the strongest direct influences</source>
      <translation>Grafo de las influencias directas más fuertes</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <source>Grid key</source>
      <translation>Guía de la cuadrícula</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.ui" />
      <source>Group the strategic variables by</source>
      <translation>Agrupar las variables estratégicas</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Group the strategic variables of the optimal scenario into strategic axes.</source>
      <translation>Agrupar las variables estratégicas del escenario óptimo en ejes estratégicos.</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.ui" />
      <source>Guide</source>
      <translation>Guía</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>harms</source>
      <translation>perjudica</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Horizon</source>
      <translation>Horizonte</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Horizon year</source>
      <translation>Año horizonte</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Horizon year (0: the POT's horizon)</source>
      <translation>Año horizonte (0: el horizonte del POT)</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.py" />
      <source>horizon {year}</source>
      <translation>horizonte {year}</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>How the experts' matrices are combined, cell by cell</source>
      <translation>Cómo se combinan las matrices de los expertos, celda por celda</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>How the territory looks at the horizon in this scenario</source>
      <translation>Cómo se ve el territorio al horizonte en este escenario</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>HTML report</source>
      <translation>Informe HTML</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>I.: influence; D.: dependence; rank by influence (1 = highest).</source>
      <translation>I.: influencia; D.: dependencia; rango por influencia (1 = la más alta).</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Identify the thematic variables and give each its strategic role.</source>
      <translation>Identificar las variables temáticas y asignar a cada una su rol estratégico.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>If</source>
      <translation>Si</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>IGN sheet {name}</source>
      <translation>hoja IGN {name}</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Impact</source>
      <translation>Impacto</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.py" />
      <source>Import a matrix</source>
      <translation>Importar una matriz</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.ui" />
      <source>Import a matrix from a CSV or XLSX file</source>
      <translation>Importar una matriz desde un archivo CSV o XLSX</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Import an expert's matrix</source>
      <translation>Importar la matriz de un experto</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Import an expert's matrix from a CSV or XLSX file</source>
      <translation>Importar la matriz de un experto desde un archivo CSV o XLSX</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Import the judgements</source>
      <translation>Importar los juicios</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Import the judgements from a CSV or XLSX grid (rows and columns VARIABLE:state)</source>
      <translation>Importar los juicios desde una cuadrícula CSV o XLSX (filas y columnas VARIABLE:estado)</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Import variables</source>
      <translation>Importar variables</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Import variables dictionary</source>
      <translation>Importar diccionario de variables</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.ui" />
      <source>Import variables from an XLSX or CSV table</source>
      <translation>Importar variables desde una tabla XLSX o CSV</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_importar_observaciones.py" />
      <source>Import workshop observations</source>
      <translation>Importar observaciones del taller</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>Imported from {path}; the dictionary now has {count} variables.</source>
      <translation>
        <numerusform>Importado desde {path}; el diccionario tiene ahora {count} variable.</numerusform>
        <numerusform>Importado desde {path}; el diccionario tiene ahora {count} variables.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.ui" />
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>in progress</source>
      <translation>en curso</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>inconsistent</source>
      <translation>inconsistente</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>incorporated</source>
      <translation>incorporado</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Index of sheets: {title}</source>
      <translation>Índice de hojas: {title}</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <location filename="../ui/variable_dialog.ui" />
      <source>Indicator</source>
      <translation>Indicador</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Indicator (unit)</source>
      <translation>Indicador (unidad)</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>Indicator and source</source>
      <translation>Indicador y fuente</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Indicator, baseline and justification of the variables (potentialities, limitations and aptitudes of the current model)</source>
      <translation>Indicador, línea base y justificación de las variables (potencialidades, limitaciones y aptitudes del modelo actual)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Indirect</source>
      <translation>Indirecto</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Indirect classification: power {k}, rankings {state}.</source>
      <translation>Clasificación indirecta: potencia {k}, jerarquías {state}.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Indirect D.</source>
      <translation>D. indirecta</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Indirect I.</source>
      <translation>I. indirecta</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>Indirect plane</source>
      <translation>Plano indirecto</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Indirect: power {k}, rankings {state}.</source>
      <translation>Indirecta: potencia {k}, jerarquías {state}.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Influence</source>
      <translation>Influencia</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>Influence (%)</source>
      <translation>Influencia (%)</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>Influence/dependence plane</source>
      <translation>Plano de influencia/dependencia</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Influence/dependence plane – direct</source>
      <translation>Plano de influencia/dependencia – directo</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Influence/dependence plane – indirect</source>
      <translation>Plano de influencia/dependencia – indirecto</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>Influence/dependence plane – potential</source>
      <translation>Plano de influencia/dependencia – potencial</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>Influence/dependence plane – potential indirect</source>
      <translation>Plano de influencia/dependencia – potencial indirecto</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Initial stock added to the cumulative total</source>
      <translation>Stock inicial sumado al total acumulado</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>Institution</source>
      <translation>Institución</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Intensity</source>
      <translation>Intensidad</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>invalid geometry</source>
      <translation>geometría no válida</translation>
    </message>
    <message>
      <location filename="../ui/tareas.py" />
      <source>Invalid parameters for “{name}”.</source>
      <translation>Parámetros no válidos para “{name}”.</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <location filename="../salidas/memoria.py" />
      <source>Investment programme</source>
      <translation>Programa de inversiones</translation>
    </message>
    <message>
      <location filename="../salidas/plantillas.py" />
      <source>it has no map item with the id “mapa”</source>
      <translation>no tiene ningún elemento de mapa con el id “mapa”</translation>
    </message>
    <message>
      <location filename="../salidas/plantillas.py" />
      <source>it is not a QGIS layout template</source>
      <translation>no es una plantilla de diseño de QGIS</translation>
    </message>
    <message>
      <location filename="../salidas/plantillas.py" />
      <source>it is not valid XML ({error}, line {line})</source>
      <translation>no es un XML válido ({error}, línea {line})</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>it lists no layers</source>
      <translation>no lista ninguna capa</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Item</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Its possible states (hypotheses), with an indicative value of its indicator:</source>
      <translation>Sus estados posibles (hipótesis), con un valor indicativo de su indicador:</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>its working files cannot be created beside it</source>
      <translation>no se pueden crear sus archivos de trabajo a su lado</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>Judgement {origin}={a} → {destination}={b}: a descriptor cannot judge its own states.</source>
      <translation>Juicio {origin}={a} → {destination}={b}: un descriptor no puede juzgar sus propios estados.</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>Judgement {origin}={a} → {destination}={b}: “{value}” is not a whole number from −3 to +3.</source>
      <translation>Juicio {origin}={a} → {destination}={b}: “{value}” no es un número entero de −3 a +3.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Judgements not exported</source>
      <translation>Juicios no exportados</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Judgements not imported</source>
      <translation>Juicios no importados</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/juicios_dialog.py" />
      <source>Judgements not saved</source>
      <translation>Juicios no guardados</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Judgements written to {path}.</source>
      <translation>Juicios escritos en {path}.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Judgements…</source>
      <translation>Juicios…</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Justification</source>
      <translation>Justificación</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Justification: {text}</source>
      <translation>Justificación: {text}</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Justified by</source>
      <translation>Justificada por</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Keep only</source>
      <translation>Conservar solo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Keep only the features matching (expression)</source>
      <translation>Conservar solo las entidades que cumplan (expresión)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Keep the values edited in the layer</source>
      <translation>Conservar los valores editados en la capa</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Keep these titles, sizes, orientations and scales in the POT</source>
      <translation>Guardar en el POT estos títulos, tamaños, orientaciones y escalas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Keeps the POT's map catalogue up to date. Regenerate: sheets follow what the POT holds (a layer added later gets a sheet at the end, a removed one loses it) keeping the numbers, order, titles, sizes and scales the team set. Add: a sheet of a POT layer by one of its linked variables (all of them, one sheet each, with the variable “*”), or a tiled series of it at the working scale (type “series”: an index sheet and one sheet per tile of the IGN Carta Nacional 1:100 000, or of a regular grid at other scales). Remove: a sheet (an automatic one stays removed). Re-target: point a sheet at another layer or variable. List: the catalogue as JSON.</source>
      <translation>Mantiene al día el catálogo de mapas del POT. Regenerar: las hojas siguen lo que contiene el POT (una capa añadida después recibe una hoja al final; una capa eliminada pierde la suya) conservando los números, el orden, los títulos, los tamaños y las escalas que fijó el equipo. Añadir: una hoja de una capa del POT según una de sus variables vinculadas (todas, una hoja por variable, con la variable “*”), o una serie en hojas a la escala de trabajo (tipo “serie”: una hoja índice y una hoja por cada hoja de la Carta Nacional 1:100 000 del IGN, o de una cuadrícula regular en otras escalas). Quitar: una hoja (una hoja automática queda quitada). Reorientar: dirigir una hoja a otra capa o variable. Listar: el catálogo en JSON.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <location filename="../ui/variable_dialog.py" />
      <source>Label</source>
      <translation>Etiqueta</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Land cover at the first date</source>
      <translation>Cobertura en la primera fecha</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Land cover at the second date (empty: the same layer)</source>
      <translation>Cobertura en la segunda fecha (vacío: la misma capa)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Land-cover transition matrix and Markov projection</source>
      <translation>Matriz de transición de cobertura y proyección de Markov</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.py" />
      <source>landscape</source>
      <translation>horizontal</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Language of the documents (maps, memoria, packs)</source>
      <translation>Idioma de los documentos (mapas, memoria, paquetes)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Largest adjustment of the yearly matrix</source>
      <translation>Mayor ajuste de la matriz anual</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Last run: {date}</source>
      <translation>Última ejecución: {date}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Later version</source>
      <translation>Versión posterior</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/hoja_dialog.py" />
      <source>Layer</source>
      <translation>Capa</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Layer name in the POT</source>
      <translation>Nombre de la capa en el POT</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Layer to add</source>
      <translation>Capa a añadir</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Layer with the scenario's values (e.g. a projection)</source>
      <translation>Capa con los valores del escenario (p. ej., una proyección)</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Layer {n} “{name}”: {count} polygons; its fields are prefixed “{prefix}_”.</source>
      <translation>Capa {n} “{name}”: {count} polígonos; sus campos llevan el prefijo “{prefix}_”.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Layer “{layer}” in the POT and in the project.</source>
      <translation>Capa “{layer}” en el POT y en el proyecto.</translation>
    </message>
    <message>
      <location filename="../prospectiva/series.py" />
      <source>Layer “{layer}”, feature {fid}: “{value}” in {field} is not a date or a year.</source>
      <translation>Capa “{layer}”, entidad {fid}: “{value}” en {field} no es una fecha ni un año.</translation>
    </message>
    <message>
      <location filename="../prospectiva/series.py" />
      <source>Layer “{layer}”, feature {fid}: “{value}” in {field} is not a number.</source>
      <translation>Capa “{layer}”, entidad {fid}: “{value}” en {field} no es un número.</translation>
    </message>
    <message>
      <location filename="../prospectiva/series.py" />
      <source>Layer “{layer}”, unit {unit}: “{value}” in {field} is not a number.</source>
      <translation>Capa “{layer}”, unidad {unit}: “{value}” en {field} no es un número.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Layer “{name}” cannot be opened.</source>
      <translation>No se puede abrir la capa “{name}”.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Layer “{name}” has no polygons: it contributes nothing.</source>
      <translation>La capa “{name}” no tiene polígonos: no aporta nada.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Layer “{name}” has overlapping features ({area} ha covered twice or more): units there take the attributes of the first feature.</source>
      <translation>La capa “{name}” tiene entidades superpuestas ({area} ha cubiertas dos o más veces): allí las unidades toman los atributos de la primera entidad.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Layer “{name}” holds {kind}; the synthesis needs polygon layers.</source>
      <translation>La capa «{name}» contiene {kind}; la síntesis necesita capas de polígonos.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Layer “{name}” is not a line layer.</source>
      <translation>La capa “{name}” no es de líneas.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Layer “{name}” is not a point layer.</source>
      <translation>La capa “{name}” no es de puntos.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/unidades.py" />
      <source>Layer “{name}” is not a polygon layer; the synthesis needs polygons.</source>
      <translation>La capa “{name}” no es una capa de polígonos; la síntesis necesita polígonos.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Layer “{name}” is not a vector layer; the synthesis needs polygon layers.</source>
      <translation>La capa “{name}” no es una capa vectorial; la síntesis necesita capas de polígonos.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Layer “{name}” lies entirely outside the ámbito: its fields are NULL in every unit.</source>
      <translation>La capa “{name}” queda totalmente fuera del ámbito: sus campos son NULL en todas las unidades.</translation>
    </message>
    <message>
      <location filename="../salidas/metadatos_iso.py" />
      <source>Layer “{title}” of the {plan} ({scope}).</source>
      <translation>Capa “{title}” del {plan} ({scope}).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Layer-tree group</source>
      <translation>Grupo del árbol de capas</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Layers of the Diagnóstico Integrado del Territorio</source>
      <translation>Capas del Diagnóstico Integrado del Territorio</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>Layers to check</source>
      <translation>Capas a revisar</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Layers {layers} give {code} different classes on {area} ha ({units} units): the first one decides there.</source>
      <translation>Las capas {layers} dan a {code} clases distintas en {area} ha ({units} unidades): allí decide la primera.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Layers, in order of precedence: {layers}.</source>
      <translation>Capas, en orden de precedencia: {layers}.</translation>
    </message>
    <message>
      <location filename="../salidas/leyenda.py" />
      <source>LEGEND</source>
      <translation>LEYENDA</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Letters, digits and “_”; it names the scenario's layer (escenario_&lt;code&gt;)</source>
      <translation>Letras, dígitos y “_”; da nombre a la capa del escenario (escenario_&lt;código&gt;)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Limit of the sheet</source>
      <translation>Límite de la hoja</translation>
    </message>
    <message>
      <location filename="../modelo_actual/caracterizacion.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>limitation</source>
      <translation>limitación</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Limitations</source>
      <translation>Limitaciones</translation>
    </message>
    <message>
      <location filename="../salidas/hoja.py" />
      <source>Limits are referential.</source>
      <translation>Los límites son referenciales.</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>line</source>
      <translation>línea</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>Line layers to measure in each unit</source>
      <translation>Capas de líneas a medir en cada unidad</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Linear</source>
      <translation>Lineal</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>linear</source>
      <translation>lineal</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>lines</source>
      <translation>líneas</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Lines {n} “{name}”: {km} km in the units (fields “ln{n}_…”).</source>
      <translation>Líneas {n} “{name}”: {km} km en las unidades (campos “ln{n}_…”).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>Link field to variable</source>
      <translation>Vincular campo a variable</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>linkage</source>
      <translation>de enlace</translation>
    </message>
    <message>
      <location filename="../prospectiva/micmac.py" />
      <source>Linkage (key)</source>
      <translation>De enlace (clave)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>Linked to the variable {code}</source>
      <translation>Vinculado a la variable {code}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>Links recorded</source>
      <translation>Vínculos registrados</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>List</source>
      <translation>Listar</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Locate the programmes and projects and the variables they move.</source>
      <translation>Ubicar los programas y proyectos y las variables sobre las que actúan.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>Located problems</source>
      <translation>Problemas localizados</translation>
    </message>
    <message>
      <location filename="../salidas/hoja.py" />
      <source>LOCATION</source>
      <translation>UBICACIÓN</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Location and scope map</source>
      <translation>Mapa de ubicación y ámbito</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>logistic</source>
      <translation>logística</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Logistic (capped)</source>
      <translation>Logística (con tope)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <source>Logo image files (separated by ;)</source>
      <translation>Archivos de imagen de los logotipos (separados por ;)</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Logo {path} was not found or is not an image; the sheet {sheet} is drawn without it.</source>
      <translation>El logotipo {path} no se encontró o no es una imagen; la lámina {sheet} se dibuja sin él.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Make geometries valid</source>
      <translation>Reparar las geometrías</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/revision.ui" />
      <source>Make valid, reproject and re-decode text into a new POT layer; the source is not touched</source>
      <translation>Reparar geometrías, reproyectar y volver a decodificar el texto en una nueva capa del POT; la fuente no se modifica</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <location filename="../salidas/memoria.py" />
      <source>Management model</source>
      <translation>Modelo de gestión</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>map</source>
      <translation>mapa</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <location filename="../salidas/validacion.py" />
      <location filename="../ui/salidas/mapas.py" />
      <source>Map catalogue</source>
      <translation>Catálogo de mapas</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>MAP No.</source>
      <translation>MAPA N.°</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/salidas/mapas.py" />
      <source>Map no.</source>
      <translation>Mapa N.°</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Map of the {scenario}</source>
      <translation>Mapa del {scenario}</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Map of {title}</source>
      <translation>Mapa de {title}</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Map of {title}: {variable}</source>
      <translation>Mapa de {title}: {variable}</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Map the use categories and zones of the MOT with today's and target values.</source>
      <translation>Cartografiar las categorías de uso y las zonas del MOT con los valores actuales y los valores meta.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.ui" />
      <source>Mapped values</source>
      <translation>Valores mapeados</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>maps</source>
      <translation>mapas</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.py" />
      <location filename="../ui/salidas_dock.py" />
      <source>Maps</source>
      <translation>Mapas</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <source>Maps of the workshop</source>
      <translation>Mapas del taller</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Mark strategic</source>
      <translation>Marcar estratégicas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Mark the driving and linkage variables as strategic in the POT</source>
      <translation>Marcar en el POT las variables motrices y de enlace como estratégicas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.py" />
      <source>Mark the strategic variables first (section 1 or 2).</source>
      <translation>Marque primero las variables estratégicas (sección 1 o 2).</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>Mark the strategic variables.</source>
      <translation>Marque las variables estratégicas.</translation>
    </message>
    <message>
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>Match values</source>
      <translation>Corresponder valores</translation>
    </message>
    <message>
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>Match values to the classes of {code}</source>
      <translation>Corresponder valores con las clases de {code}</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Match values…</source>
      <translation>Corresponder valores…</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Matched by code or label: {pairs}.</source>
      <translation>Correspondencias por código o etiqueta: {pairs}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Matrices (*.csv *.xlsx)</source>
      <translation>Matrices (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Matrices of direct influences, one per expert (several are aggregated):</source>
      <translation>Matrices de influencias directas, una por experto (si hay varias, se agregan):</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>matrix</source>
      <translation>matriz</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Matrix</source>
      <translation>Matriz</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Matrix not exported</source>
      <translation>Matriz no exportada</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/matriz_dialog.py" />
      <source>Matrix not saved</source>
      <translation>Matriz no guardada</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <location filename="../ui/prospectiva/matriz_dialog.ui" />
      <source>Matrix of direct influences</source>
      <translation>Matriz de influencias directas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Matrix of direct influences (CSV or XLSX; empty: the one stored in the POT)</source>
      <translation>Matriz de influencias directas (CSV o XLSX; vacío: la guardada en el POT)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Matrix of direct influences (row → column: 0 none, 1 weak, 2 moderate, 3 strong, P potential)</source>
      <translation>Matriz de influencias directas (fila → columna: 0 nula, 1 débil, 2 moderada, 3 fuerte, P potencial)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Matrix written to {path}.</source>
      <translation>Matriz escrita en {path}.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Matrix “{name}” saved in the POT.</source>
      <translation>Matriz “{name}” guardada en el POT.</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Maximum</source>
      <translation>Máximo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Mean</source>
      <translation>Media</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>mean</source>
      <translation>media</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Mean pertinence × mean probability, each as a share of its scale</source>
      <translation>Pertinencia media × probabilidad media, cada una como fracción de su escala</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Median</source>
      <translation>Mediana</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>median</source>
      <translation>mediana</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Median R²</source>
      <translation>R² mediano</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.py" />
      <source>Memoria</source>
      <translation>Memoria</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_memoria_descriptiva.py" />
      <source>Memoria (ODT)</source>
      <translation>Memoria (ODT)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_memoria_descriptiva.py" />
      <source>Memoria (PDF)</source>
      <translation>Memoria (PDF)</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <location filename="../ui/salidas/documentos.py" />
      <location filename="../ui/salidas/documentos.ui" />
      <source>Memoria descriptiva</source>
      <translation>Memoria descriptiva</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Merge</source>
      <translation>Fusionar</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Merge: replace variables with the same code, keep the others</source>
      <translation>Fusionar: reemplazar las variables con el mismo código y conservar las demás</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Method</source>
      <translation>Método</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.py" />
      <source>MINAM</source>
      <translation>MINAM</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.ui" />
      <source>MINAM's review</source>
      <translation>Revisión del MINAM</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Minimum</source>
      <translation>Mínimo</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/sintesis.ui" />
      <source>Minimum unit area</source>
      <translation>Área mínima de unidad</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Minimum unit area (ha)</source>
      <translation>Área mínima de unidad (ha)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>Minimum unit area (ha); smaller units join a neighbour</source>
      <translation>Área mínima de unidad (ha); las unidades menores se unen a una vecina</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>mis-decoded text</source>
      <translation>texto mal decodificado</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>missing fields: {fields}</source>
      <translation>campos faltantes: {fields}</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>missing {codes}</source>
      <translation>faltan {codes}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Mode</source>
      <translation>Modo</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/diccionario_dock.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <location filename="../ui/modelo_actual/sintesis.ui" />
      <source>Name in the POT</source>
      <translation>Nombre en el POT</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Name in the POT (empty: from the layer)</source>
      <translation>Nombre en el POT (vacío: el de la capa)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <source>Name in the registry (empty: the layer's)</source>
      <translation>Nombre en el registro (vacío: el de la capa)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Name of the copy in the POT (empty: from the layer)</source>
      <translation>Nombre de la copia en el POT (vacío: el de la capa)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Name of the ámbito (e.g. Provincia de Coronel Portillo)</source>
      <translation>Nombre del ámbito (p. ej. Provincia de Coronel Portillo)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Name the POT layer of the new sheet.</source>
      <translation>Indique la capa del POT de la nueva hoja.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Name the POT layer the sheet should show.</source>
      <translation>Indique la capa del POT que debe mostrar la hoja.</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Names of the technical team, separated by commas</source>
      <translation>Nombres del equipo técnico, separados por comas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Narrative</source>
      <translation>Narrativa</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>New contribution</source>
      <translation>Nuevo aporte</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>New matrix over the model's variables</source>
      <translation>Nueva matriz con las variables del modelo</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>New POT</source>
      <translation>Nuevo POT</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <location filename="../ui/navegador_dock.ui" />
      <source>New POT…</source>
      <translation>Nuevo POT…</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>New scenario</source>
      <translation>Nuevo escenario</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <location filename="../ui/variable_dialog.ui" />
      <source>New variable</source>
      <translation>Nueva variable</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.ui" />
      <location filename="../ui/prospectiva_dock.ui" />
      <source>Next activity</source>
      <translation>Actividad siguiente</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>No area has a class at both dates: check the fields {start} and {end}.</source>
      <translation>Ninguna superficie tiene clase en ambas fechas: revise los campos {start} y {end}.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>no author</source>
      <translation>sin autor</translation>
    </message>
    <message>
      <location filename="../prospectiva/proyeccion.py" />
      <source>no cap (area) for the logistic</source>
      <translation>sin tope (superficie) para la logística</translation>
    </message>
    <message>
      <location filename="../prospectiva/proyeccion.py" />
      <source>no change observed: projected as 0</source>
      <translation>sin cambio observado: se proyecta 0</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>No classes file {path} beside {file}: the variables were read without classes.</source>
      <translation>No hay archivo de clases {path} junto a {file}: las variables se leyeron sin clases.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>No contributions have been recorded yet.</source>
      <translation>Aún no se han registrado aportes.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <location filename="../modelo_actual/unidades.py" />
      <location filename="../modelo_actual/validacion.py" />
      <source>No DIT layer “{name}” is registered in {path}.</source>
      <translation>No hay ninguna capa del DIT “{name}” registrada en {path}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/series.py" />
      <source>No event of “{events}” falls inside the units of “{units}” (check both layers' CRS and extent).</source>
      <translation>Ningún evento de “{events}” cae dentro de las unidades de “{units}” (revise el SRC y la extensión de ambas capas).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>No field of the layer “{layer}” is linked to a variable.</source>
      <translation>Ningún campo de la capa “{layer}” está vinculado a una variable.</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>No field of the layer “{layer}” is linked to the variable “{code}”.</source>
      <translation>Ningún campo de la capa “{layer}” está vinculado a la variable “{code}”.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/caracterizacion.py" />
      <source>No field of “{layer}” is linked to a dictionary variable. In the panel “Current model”, register the DIT layers with the field that holds each variable (section 1) and build the units again (section 3); or link a field with the Processing algorithm “Link field to variable”.</source>
      <translation>Ningún campo de «{layer}» está vinculado a una variable del diccionario. En el panel «Modelo actual», registre las capas del DIT con el campo que contiene cada variable (sección 1) y vuelva a construir las unidades (sección 3); o vincule un campo con el algoritmo de Procesos «Vincular campo a variable».</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_estilo_por_variable.py" />
      <source>No field of “{layer}” is linked to “{code}”; choose the field to style.</source>
      <translation>Ningún campo de “{layer}” está vinculado a “{code}”; elija el campo que se va a simbolizar.</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <location filename="../modelo_actual/validacion.py" />
      <source>no geometry</source>
      <translation>sin geometría</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>No layer has polygons inside the ámbito: there is nothing to synthesize.</source>
      <translation>Ninguna capa tiene polígonos dentro del ámbito: no hay nada que sintetizar.</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>No link of strength 3 in the matrix.</source>
      <translation>No hay ningún vínculo de intensidad 3 en la matriz.</translation>
    </message>
    <message>
      <location filename="../prospectiva/analisis_estructural.py" />
      <source>No matrix of direct influences to analyse.</source>
      <translation>No hay matriz de influencias directas que analizar.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>No matrix to aggregate.</source>
      <translation>No hay matrices que agregar.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>No observations have been recorded yet.</source>
      <translation>Aún no se han registrado observaciones.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>No optimal scenario selected yet.</source>
      <translation>Aún no se ha seleccionado el escenario óptimo.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>No pending contributions.</source>
      <translation>No hay aportes pendientes.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>No polygon layer is linked to a categorical variable yet.</source>
      <translation>Aún no hay ninguna capa de polígonos vinculada a una variable categórica.</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.py" />
      <source>No POT open</source>
      <translation>Ningún POT abierto</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>no problems</source>
      <translation>sin problemas</translation>
    </message>
    <message>
      <location filename="../store/proyecto_qgis.py" />
      <source>no project stored</source>
      <translation>no hay proyecto guardado</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>No rule applies to these units.</source>
      <translation>Ninguna regla se aplica a estas unidades.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.py" />
      <source>No scenario has a layer yet: create them in the Scenarios section (button “Layer”).</source>
      <translation>Ningún escenario tiene capa aún: créelas en la sección Escenarios (botón “Capa”).</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>No scenario yet.</source>
      <translation>Aún no hay escenarios.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>no sheet of the series touches the ámbito</source>
      <translation>ninguna hoja de la serie toca el ámbito</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>No strategic axis yet.</source>
      <translation>Aún no hay ejes estratégicos.</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_escenarios.py" />
      <source>No values to compare.</source>
      <translation>No hay valores que comparar.</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>No variable of the prospective model yet.</source>
      <translation>Aún no hay variables del modelo prospectivo.</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <source>No variable to map in scenario {code}: link fields of “{layer}” to the dictionary, or give values.</source>
      <translation>No hay variables que mapear en el escenario {code}: vincule campos de “{layer}” al diccionario, o dé valores.</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>No.</source>
      <translation>N.°</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../store/escritura.py" />
      <source>none</source>
      <translation>ninguna</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>None</source>
      <translation>Ninguna</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>None of the layers has polygons: there is nothing to synthesize.</source>
      <translation>Ninguna de las capas tiene polígonos: no hay nada que sintetizar.</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>not available</source>
      <translation>no disponible</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.py" />
      <source>Not available in this version yet. This step will: {description}</source>
      <translation>Aún no disponible en esta versión. Este paso permitirá: {description}</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.py" />
      <source>not checked</source>
      <translation>sin revisar</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>not started</source>
      <translation>sin iniciar</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>not validated</source>
      <translation>sin validar</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Not yet elaborated.</source>
      <translation>Aún no elaborado.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>not yet stable at the cap</source>
      <translation>aún no estables al llegar al límite</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <location filename="../ui/modelo_actual/versiones.py" />
      <location filename="../ui/modelo_actual/versiones.ui" />
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Number of sheets</source>
      <translation>Número de hojas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>Number of units</source>
      <translation>Número de unidades</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>numeric</source>
      <translation>numérica</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Numeric (breaks by value)</source>
      <translation>Numérica (intervalos por valor)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/variables.py" />
      <source>Objective</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>Observation</source>
      <translation>Observación</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_importar_observaciones.py" />
      <source>Observations already in the POT</source>
      <translation>Observaciones que ya estaban en el POT</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_importar_observaciones.py" />
      <source>Observations imported</source>
      <translation>Observaciones importadas</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Observations of the Technical Commission and answers</source>
      <translation>Observaciones de la Comisión Técnica y respuestas</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>Observations of the Technical Commission answered</source>
      <translation>Observaciones de la Comisión Técnica respondidas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <location filename="../prospectiva/transicion.py" />
      <source>observed</source>
      <translation>observada</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Observed</source>
      <translation>Observado</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Observed transitions</source>
      <translation>Transiciones observadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Observed years</source>
      <translation>Años observados</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.ui" />
      <source>ODT and PDF, chapter by chapter, with the exported maps.</source>
      <translation>ODT y PDF, capítulo por capítulo, con los mapas exportados.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <location filename="../ui/modelo_actual/capas.py" />
      <source>OK</source>
      <translation>Conforme</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.ui" />
      <source>One axis per dimension (or theme) of the strategic variables: a starting point to rename and regroup</source>
      <translation>Un eje por dimensión (o tema) de las variables estratégicas: un punto de partida para renombrar y reagrupar</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.ui" />
      <source>One ZIP with the GeoPackage, the maps, the memoria, the checklist and the ISO 19115 metadata.</source>
      <translation>Un ZIP con el GeoPackage, los mapas, la memoria, la lista de verificación y los metadatos ISO 19115.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <location filename="../ui/navegador_dock.ui" />
      <source>Open a POT GeoPackage and its QGIS project</source>
      <translation>Abrir un GeoPackage de POT y su proyecto QGIS</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Open file</source>
      <translation>Abrir archivo</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.py" />
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <location filename="../ui/salidas/documentos.py" />
      <source>Open folder</source>
      <translation>Abrir carpeta</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.ui" />
      <source>Open its panel</source>
      <translation>Abrir su panel</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.py" />
      <source>Open ODT</source>
      <translation>Abrir ODT</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.py" />
      <source>Open or create a POT to build its current territorial model.</source>
      <translation>Abra o cree un POT para construir su modelo actual.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva_dock.py" />
      <source>Open or create a POT to build its prospective model.</source>
      <translation>Abra o cree un POT para elaborar su modelo prospectivo.</translation>
    </message>
    <message>
      <location filename="../ui/salidas_dock.py" />
      <source>Open or create a POT to export its maps and documents.</source>
      <translation>Abra o cree un POT para exportar sus mapas y documentos.</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Open or create a POT to see and edit its dictionary of variables.</source>
      <translation>Abra o cree un POT para ver y editar su diccionario de variables.</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Open or create a POT to work in this panel.</source>
      <translation>Abra o cree un POT para trabajar en este panel.</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.py" />
      <location filename="../ui/salidas/mapas.py" />
      <source>Open PDF</source>
      <translation>Abrir PDF</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Open POT</source>
      <translation>Abrir POT</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <location filename="../ui/navegador_dock.ui" />
      <source>Open POT…</source>
      <translation>Abrir POT…</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.ui" />
      <source>Open the panel of the selected step (or double-click the step)</source>
      <translation>Abrir el panel del paso seleccionado (o doble clic en el paso)</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.ui" />
      <source>Open the user guide at the selected step</source>
      <translation>Abrir la guía del usuario en el paso seleccionado</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Open the user guide of the plugin (in Spanish)</source>
      <translation>Abrir la guía del usuario del complemento</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Optimal</source>
      <translation>Óptimo</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Optimal desirable scenario:</source>
      <translation>Escenario óptimo deseable:</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Optimal scenario</source>
      <translation>Escenario óptimo</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Optimal scenario:</source>
      <translation>Escenario óptimo:</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>Optimal scenario: {code}.</source>
      <translation>Escenario óptimo: {code}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Or: fields of the units, one per year</source>
      <translation>O bien: campos de las unidades, uno por año</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.py" />
      <source>Orientation</source>
      <translation>Orientación</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Origin</source>
      <translation>Origen</translation>
    </message>
    <message>
      <location filename="../prospectiva/ejes.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Other experts' matrices (CSV or XLSX), aggregated with MATRIX</source>
      <translation>Matrices de otros expertos (CSV o XLSX), agregadas con MATRIX</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <location filename="../processing_provider/alg_territorio_demo.py" />
      <source>Output folder</source>
      <translation>Carpeta de salida</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Outputs</source>
      <translation>Salidas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>Overlay layers into homogeneous units (any layers)</source>
      <translation>Superponer capas en unidades homogéneas (cualquier capa)</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Overlay: {tiles} tiles, {faces} faces, {units} units.</source>
      <translation>Superposición: {tiles} teselas, {faces} caras, {units} unidades.</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>own elaboration</source>
      <translation>elaboración propia</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>P counts</source>
      <translation>P vale</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.ui" />
      <source>Paste cells copied from a spreadsheet: a whole matrix with its codes, or values at the selected cell</source>
      <translation>Pegar celdas copiadas de una hoja de cálculo: una matriz completa con sus códigos, o valores a partir de la celda elegida</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Pauta {number}</source>
      <translation>Pauta {number}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <source>PDF and PNG</source>
      <translation>PDF y PNG</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>PDF of each sheet</source>
      <translation>PDF de cada lámina</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>PDF of each ticked sheet and a combined PDF, in a folder you choose</source>
      <translation>PDF de cada lámina marcada y un PDF combinado, en la carpeta que elija</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>pending</source>
      <translation>pendiente</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.ui" />
      <source>Pending contributions:</source>
      <translation>Aportes pendientes:</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Pertinence</source>
      <translation>Pertinencia</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Phase I</source>
      <translation>Fase I</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Phase I – Current territorial model</source>
      <translation>Fase I – Modelo actual</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Phase I – Prospective analysis</source>
      <translation>Fase I – Análisis prospectivo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Phase II</source>
      <translation>Fase II</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Phase II – Territorial planning model</source>
      <translation>Fase II – Modelo de Ordenamiento Territorial</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Phase III</source>
      <translation>Fase III</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Phase III – Specific proposal</source>
      <translation>Fase III – Propuesta específica</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Phase IV</source>
      <translation>Fase IV</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Phase {roman} – {title}</source>
      <translation>Fase {roman} – {title}</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>Pick the colour of the selected class (or type #RRGGBB in the cell)</source>
      <translation>Elija el color de la clase seleccionada (o escriba #RRGGBB en la celda)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Plane</source>
      <translation>Plano</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <source>PNG of each sheet</source>
      <translation>PNG de cada lámina</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>point</source>
      <translation>punto</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.ui" />
      <source>Point</source>
      <translation>Punto</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>Point layers to count in each unit</source>
      <translation>Capas de puntos a contar en cada unidad</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>points</source>
      <translation>puntos</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Points and lines per unit in the fields: {fields}.</source>
      <translation>Puntos y líneas por unidad en los campos: {fields}.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Points {n} “{name}”: {count} in the units (fields “pt{n}_…”), {out} outside them.</source>
      <translation>Puntos {n} “{name}”: {count} en las unidades (campos “pt{n}_…”), {out} fuera de ellas.</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>POLITICAL SCOPE</source>
      <translation>ÁMBITO POLÍTICO</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Political-administrative map</source>
      <translation>Mapa político-administrativo</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Politics</source>
      <translation>Política</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>polygon</source>
      <translation>polígono</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Polygon layer</source>
      <translation>Capa de polígonos</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>polygons</source>
      <translation>polígonos</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.py" />
      <source>portrait</source>
      <translation>vertical</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Possible</source>
      <translation>Posible</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Possible states</source>
      <translation>Estados posibles</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>POT</source>
      <translation>POT</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" />
      <source>POT Cartografía</source>
      <translation>POT Cartografía</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" />
      <source>POT Cartografía {version}</source>
      <translation>POT Cartografía {version}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <location filename="../processing_provider/base.py" />
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>POT GeoPackage</source>
      <translation>GeoPackage del POT</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <location filename="../processing_provider/alg_estilo_por_variable.py" />
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>POT layer</source>
      <translation>Capa del POT</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>POT layer (add, re-target)</source>
      <translation>Capa del POT (añadir, reorientar)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>POT name</source>
      <translation>Nombre del POT</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>POT project</source>
      <translation>Proyecto POT</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>POT “{name}” created in {path}. CRS: {crs}.</source>
      <translation>POT “{name}” creado en {path}. SRC: {crs}.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>POT: consistency of the scenarios</source>
      <translation>POT: consistencia de los escenarios</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>POT: layer of scenario {code}</source>
      <translation>POT: capa del escenario {code}</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>POT: structural analysis</source>
      <translation>POT: análisis estructural</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/sintesis.py" />
      <source>POT: territorial units of the current model</source>
      <translation>POT: unidades territoriales del modelo actual</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>pot:analisis_estructural: the four classifications (direct, indirect, potential, potential-indirect) and the quadrants</source>
      <translation>pot:analisis_estructural: las cuatro clasificaciones (directa, indirecta, potencial, potencial indirecta) y los cuadrantes</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>pot:capa_escenario with these values</source>
      <translation>pot:capa_escenario con estos valores</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>pot:consistencia_escenarios: every combination of states, exactly (cross-impact balance), and the sensitivity of the stored scenarios</source>
      <translation>pot:consistencia_escenarios: todas las combinaciones de estados, de forma exacta (balance de impactos cruzados), y la sensibilidad de los escenarios guardados</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>pot:matriz_transicion with this POT and the selected scenario</source>
      <translation>pot:matriz_transicion con este POT y el escenario elegido</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>pot:proyeccion_tendencial with this POT</source>
      <translation>pot:proyeccion_tendencial con este POT</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>Potential</source>
      <translation>Potencial</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>Potential indirect</source>
      <translation>Potencial indirecto</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Potentialities</source>
      <translation>Potencialidades</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Potentialities, limitations and aptitudes</source>
      <translation>Potencialidades, limitaciones y aptitudes</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Potentialities, limitations and aptitudes of the current model that justify it:</source>
      <translation>Potencialidades, limitaciones y aptitudes del modelo actual que la justifican:</translation>
    </message>
    <message>
      <location filename="../modelo_actual/caracterizacion.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>potentiality</source>
      <translation>potencialidad</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Power reached (indirect)</source>
      <translation>Potencia alcanzada (indirecta)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Power reached (potential indirect)</source>
      <translation>Potencia alcanzada (potencial indirecta)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Power {k} ({state}). Suggested strategic variables: {codes}.</source>
      <translation>Potencia {k} ({state}). Variables estratégicas sugeridas: {codes}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>power {k}{stable}</source>
      <translation>potencia {k}{stable}</translation>
    </message>
    <message>
      <location filename="../modelo_actual/versiones.py" />
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>preliminary</source>
      <translation>preliminar</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.ui" />
      <source>Prepare the workshop pack…</source>
      <translation>Preparar el paquete del taller…</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Prepared by: {name}</source>
      <translation>Elaborado por: {name}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>Prepares a participatory workshop: the chosen sheets at A0 or A1 (folder “mapas”), a sheet comparing two layers side by side (the first two alternatives or scenarios, or the two layers given) with a lettered grid, and a comment form (PDF to print, XLSX to fill in) where each observation names a sheet and a grid cell such as C4. Bring the filled form back with “Import workshop observations”.</source>
      <translation>Prepara un taller participativo: las láminas elegidas en A0 o A1 (carpeta “mapas”), una lámina que compara dos capas lado a lado (las dos primeras alternativas o escenarios, o las dos capas indicadas) con una cuadrícula rotulada con letras, y una ficha de observaciones (PDF para imprimir, XLSX para llenar) en la que cada observación indica una lámina y una celda de la cuadrícula, como C4. Después, cargue la ficha llenada con “Importar observaciones del taller”.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Presentation</source>
      <translation>Presentación</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.ui" />
      <location filename="../ui/prospectiva_dock.ui" />
      <source>Previous activity</source>
      <translation>Actividad anterior</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Probability</source>
      <translation>Probabilidad</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>Problems</source>
      <translation>Problemas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.ui" />
      <source>Problems of the matrix: click one to go to its cell</source>
      <translation>Problemas de la matriz: haga clic en uno para ir a su celda</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Processing algorithms</source>
      <translation>Algoritmos de procesamiento</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Project the cumulative total</source>
      <translation>Proyectar el total acumulado</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Projected</source>
      <translation>Proyectado</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Projected areas</source>
      <translation>Superficies proyectadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Projection by whole periods or by a yearly matrix</source>
      <translation>Proyección por periodos enteros o por una matriz anual</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Projects a variable's observed series, unit by unit, to the horizon: the tendencial scenario where data allow. The series comes either from EVENTS (e.g. yearly deforestation alerts: per unit and year, the number of events inside the unit, or the sum of VALUE_FIELD such as area_ha) or from SERIES_FIELDS of the units layer, one field per year with the year in its name (perdida_2019…). A gap (a unit without a value in a year, or a year without any event) or a series of one year stops with a message naming it. CUMULATIVE projects the running total (plus BASE_FIELD, an initial stock). Methods, with t = years since the first: linear y = a + b·t; exponential y = a·exp(b·t); logistic y = K / (1 + exp(−(a + b·t))) capped by K = the unit's area in ha (or CAP_FIELD). The output has, per unit, the observed values (obs_&lt;year&gt;), the method, the parameters a, b and the cap, the fit (r2), the last observed value, the projection at the horizon and a note where a unit cannot be fitted. With a POT, the horizon defaults to the POT's and a summary is stored.</source>
      <translation>Proyecta al horizonte, unidad por unidad, la serie observada de una variable: el escenario tendencial allí donde los datos lo permiten. La serie proviene de EVENTS (p. ej., alertas de deforestación anuales: por unidad y año, el número de eventos dentro de la unidad, o la suma de VALUE_FIELD, como area_ha) o de SERIES_FIELDS de la capa de unidades, un campo por año con el año en su nombre (perdida_2019…). Un vacío (una unidad sin valor en un año, o un año sin ningún evento) o una serie de un solo año detiene el proceso con un mensaje que lo nombra. CUMULATIVE proyecta el total acumulado (más BASE_FIELD, un stock inicial). Métodos, con t = años desde el primero: lineal y = a + b·t; exponencial y = a·exp(b·t); logística y = K / (1 + exp(−(a + b·t))) con tope K = la superficie de la unidad en ha (o CAP_FIELD). La salida tiene, por unidad, los valores observados (obs_&lt;año&gt;), el método, los parámetros a, b y el tope, el ajuste (r2), el último valor observado, la proyección al horizonte y una nota donde una unidad no puede ajustarse. Con un POT, el horizonte por defecto es el del POT y se guarda un resumen.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.ui" />
      <source>Propose</source>
      <translation>Proponer</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Propose the class of each value of the field and show what stays unmatched</source>
      <translation>Propone la clase de cada valor del campo y muestra lo que queda sin equivalencia</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Prospective</source>
      <translation>Prospectiva</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Prospective analysis</source>
      <translation>Análisis prospectivo</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Prospective analysis of the territory</source>
      <translation>Análisis prospectivo del territorio</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>Prospective variable</source>
      <translation>Variable prospectiva</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Provincial</source>
      <translation>Provincial</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/navegador_dock.py" />
      <source>provincial</source>
      <translation>provincial</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>Provincial (Municipalidad Provincial)</source>
      <translation>Provincial (Municipalidad Provincial)</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>Python's sqlite3 uses SQLite {python} and QGIS (GDAL) SQLite {gdal}: two libraries in one process cannot see each other's file locks. Avoid editing a POT in QGIS while the plugin writes to it.</source>
      <translation>El sqlite3 de Python usa SQLite {python} y QGIS (GDAL) SQLite {gdal}: dos bibliotecas en un mismo proceso no ven los bloqueos de archivo de la otra. Evite editar un POT en QGIS mientras el complemento escribe en él.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Quadrant</source>
      <translation>Cuadrante</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Quadrant (direct)</source>
      <translation>Cuadrante (directo)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Quadrant (direct, indirect)</source>
      <translation>Cuadrante (directo, indirecto)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Quadrant (indirect)</source>
      <translation>Cuadrante (indirecto)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Quadrant on the indirect plane</source>
      <translation>Cuadrante en el plano indirecto</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Quadrant thresholds</source>
      <translation>Umbrales de los cuadrantes</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Rank (direct / indirect)</source>
      <translation>Rango (directo / indirecto)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Rank by direct dependence (1 = highest)</source>
      <translation>Rango por dependencia directa (1 = la más alta)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Rank by direct influence (1 = highest)</source>
      <translation>Rango por influencia directa (1 = la más alta)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Rank D.</source>
      <translation>Rango D.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Rank I.</source>
      <translation>Rango I.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Rankings stable (1) or not (0)</source>
      <translation>Jerarquías estables (1) o no (0)</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Raster {n} “{name}”: statistics in fields “{prefix}_…”; {empty} units hold no pixel centre with data (NULL).</source>
      <translation>Ráster {n} “{name}”: estadísticas en los campos “{prefix}_…”; {empty} unidades no contienen ningún centro de píxel con datos (NULL).</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>Raster “{name}” cannot be opened.</source>
      <translation>No se puede abrir el ráster “{name}”.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis_raster.py" />
      <source>Raster “{name}” cannot be read with GDAL (a file is needed, not a web service).</source>
      <translation>GDAL no puede leer el ráster “{name}” (se necesita un archivo, no un servicio web).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>Rasters for zonal statistics (band 1)</source>
      <translation>Capas ráster para estadísticas zonales (banda 1)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Re-decode mis-decoded text</source>
      <translation>Volver a decodificar el texto mal decodificado</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Re-target</source>
      <translation>Reorientar</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <source>Re-target sheet {number}</source>
      <translation>Reorientar la hoja {number}</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Re-target…</source>
      <translation>Reorientar…</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Reads a dictionary of variables from an XLSX workbook (sheets “variables” and “clases”) or from a CSV file plus its “NAME_clases.csv” beside it, and writes it into the POT. Replace: the dictionary becomes exactly the file's. Merge: variables with the same code are replaced, the others are kept. The whole file is checked first; if it has any problem nothing is written and every problem is listed. CSV files in Windows-1252/Latin-1 are accepted with a warning.</source>
      <translation>Lee un diccionario de variables desde un libro XLSX (hojas “variables” y “clases”) o desde un archivo CSV más su “NOMBRE_clases.csv” al lado, y lo escribe en el POT. Reemplazar: el diccionario pasa a ser exactamente el del archivo. Fusionar: se reemplazan las variables con el mismo código y se conservan las demás. Primero se revisa todo el archivo; si tiene algún problema, no se escribe nada y se listan todos los problemas. Se aceptan archivos CSV en Windows-1252/Latin-1, con una advertencia.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_importar_observaciones.py" />
      <source>Reads the comment form of the workshop pack (XLSX or CSV, columns numero, taller, fecha, institucion, autor, hoja, celda, texto) into the POT's log of observations. When the POT has an “aportes” point layer, each observation with a grid cell also becomes a point at the cell's centre. A row with an unknown sheet or cell stops the import and is named; rows already imported are skipped.</source>
      <translation>Lee la ficha de observaciones del paquete del taller (XLSX o CSV, columnas numero, taller, fecha, institucion, autor, hoja, celda, texto) y la incorpora al registro de observaciones del POT. Si el POT tiene una capa de puntos “aportes”, cada observación con una celda de la cuadrícula se convierte además en un punto en el centro de la celda. Una fila con una lámina o una celda desconocida detiene la importación y se indica; las filas ya importadas se omiten.</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.ui" />
      <source>Recompute the statuses</source>
      <translation>Recalcular los estados</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Reference system: {crs}</source>
      <translation>Sistema de referencia: {crs}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Regenerate</source>
      <translation>Regenerar</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Regional</source>
      <translation>Regional</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/navegador_dock.py" />
      <source>regional</source>
      <translation>regional</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>Regional (Gobierno Regional)</source>
      <translation>Regional (Gobierno Regional)</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Register</source>
      <translation>Registrar</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Register a layer</source>
      <translation>Registrar una capa</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <source>Register DIT layer</source>
      <translation>Registrar capa del DIT</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Register the DIT layers, build the preliminary current model, collect the stakeholders' contributions and validate it.</source>
      <translation>Registrar las capas del DIT, elaborar el modelo actual preliminar, recoger los aportes de los actores y validarlo.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Registered DIT layer</source>
      <translation>Capa del DIT registrada</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Registered layers (names separated by “;”, empty: all polygon layers)</source>
      <translation>Capas registradas (nombres separados por “;”; vacío: todas las capas de polígonos)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>Registered layers to check (names separated by “;”, empty: all)</source>
      <translation>Capas registradas a revisar (nombres separados por “;”; vacío: todas)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <source>Registered name</source>
      <translation>Nombre registrado</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/sintesis.ui" />
      <source>Registered polygon layers to overlay:</source>
      <translation>Capas de polígonos registradas a superponer:</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <source>Registers a vector or raster layer of the Diagnóstico Integrado del Territorio (a file, a GeoPackage layer or a PostGIS table) in the POT with its theme (ZEE submodel, specialised study or base layer). Optionally, a field of the layer is mapped to a dictionary variable, with a value mapping from the layer's codes to the variable's classes written as code=class;code=class. Registering the same source again adds or replaces the mapping of that field. The layer is referenced, not copied; it is never modified.</source>
      <translation>Registra en el POT una capa vectorial o ráster del Diagnóstico Integrado del Territorio (un archivo, una capa de GeoPackage o una tabla de PostGIS) con su tema (submodelo de la ZEE, estudio especializado o capa base). Opcionalmente, un campo de la capa se asocia a una variable del diccionario, con una correspondencia de valores de los códigos de la capa a las clases de la variable escrita como código=clase;código=clase. Registrar de nuevo la misma fuente añade o reemplaza la asociación de ese campo. La capa se referencia, no se copia; nunca se modifica.</translation>
    </message>
    <message>
      <location filename="../prospectiva/micmac.py" />
      <source>Regulating</source>
      <translation>Reguladoras</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>regulating</source>
      <translation>reguladora</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Relate the variables, build the probable scenarios and select the optimal one.</source>
      <translation>Relacionar las variables, construir los escenarios probables y seleccionar el óptimo.</translation>
    </message>
    <message>
      <location filename="../prospectiva/supuestos.py" />
      <source>Relation {number} ({code} → {code}): a variable cannot cause itself.</source>
      <translation>Relación {number} ({code} → {code}): una variable no puede causarse a sí misma.</translation>
    </message>
    <message>
      <location filename="../prospectiva/supuestos.py" />
      <source>Relation {number} ({origin} → {destination}) is repeated.</source>
      <translation>La relación {number} ({origin} → {destination}) está repetida.</translation>
    </message>
    <message>
      <location filename="../prospectiva/supuestos.py" />
      <source>Relation {number} ({origin} → {destination}): the intensity must be 1, 2, 3 or P, not “{value}”.</source>
      <translation>Relación {number} ({origin} → {destination}): la intensidad debe ser 1, 2, 3 o P, no “{value}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/supuestos.py" />
      <source>Relation {number} ({origin} → {destination}): the sign must be +, - or ?, not “{value}”.</source>
      <translation>Relación {number} ({origin} → {destination}): el sentido debe ser +, - o ?, no “{value}”.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Relations not saved</source>
      <translation>Relaciones no guardadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <location filename="../ui/prospectiva/variables.ui" />
      <location filename="../ui/salidas/mapas.ui" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Remove from the registry</source>
      <translation>Quitar del registro</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Remove the selected sheet from the catalogue</source>
      <translation>Quitar la lámina seleccionada del catálogo</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.ui" />
      <source>Remove the selected variable (its row and its column)</source>
      <translation>Quitar la variable elegida (su fila y su columna)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <source>Remove {code} from the prospective model? Its indicator and justification are lost; the dictionary keeps the variable.</source>
      <translation>¿Quitar {code} del modelo prospectivo? Se pierden su indicador y su justificación; el diccionario conserva la variable.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Rendering the maps of the memoria</source>
      <translation>Generando los mapas de la memoria</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Replace</source>
      <translation>Reemplazar</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Replace a POT layer of the same name</source>
      <translation>Reemplazar una capa del POT con el mismo nombre</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Replace the whole dictionary</source>
      <translation>Reemplazar todo el diccionario</translation>
    </message>
    <message>
      <location filename="../diccionario/repositorio.py" />
      <source>Replacing the dictionary would remove variables that POT layer fields are linked to: {codes}. Include them in the file, or import in merge mode.</source>
      <translation>Reemplazar el diccionario eliminaría variables a las que están vinculados campos de capas del POT: {codes}. Inclúyalas en el archivo o importe en modo «Fusionar».</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/modelo_actual/aportes.ui" />
      <source>Reply</source>
      <translation>Respuesta</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../ui/modelo_actual/aportes.ui" />
      <source>Reply of the technical team</source>
      <translation>Respuesta del equipo técnico</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>Report (JSON)</source>
      <translation>Informe (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>Resolution (dpi)</source>
      <translation>Resolución (ppp)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_minam.py" />
      <source>Resolution of the maps exported now (dpi)</source>
      <translation>Resolución de los mapas que se exporten ahora (ppp)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_memoria_descriptiva.py" />
      <source>Resolution of the maps rendered for the memoria (dpi)</source>
      <translation>Resolución de los mapas generados para la memoria (ppp)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Responsible entity</source>
      <translation>Entidad responsable</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Responsible government</source>
      <translation>Gobierno responsable</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Reviewed by: {name}</source>
      <translation>Revisado por: {name}</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/diccionario_dock.py" />
      <location filename="../ui/prospectiva/variables.py" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/juicios_dialog.ui" />
      <source>Row state → column state: from −3 (strongly restrains) to +3 (strongly promotes); 0 or empty: no influence. A variable does not judge its own states (grey).</source>
      <translation>Estado de la fila → estado de la columna: de −3 (frena mucho) a +3 (favorece mucho); 0 o vacío: sin influencia. Una variable no juzga sus propios estados (gris).</translation>
    </message>
    <message>
      <location filename="../prospectiva/transicion.py" />
      <source>Row {row} (from class {code}): the probabilities sum to {total}, not 1.</source>
      <translation>Fila {row} (desde la clase {code}): las probabilidades suman {total}, no 1.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Rows left out because they are equal in every layer (classes the scenarios do not change): {count}.</source>
      <translation>Filas omitidas por ser iguales en todas las capas (clases que los escenarios no cambian): {count}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>rows without a column: {codes}</source>
      <translation>filas sin columna: {codes}</translation>
    </message>
    <message>
      <location filename="../modelo_actual/caracterizacion.py" />
      <source>Rule {variable}={clase}: the kind must be potencialidad, limitacion or aptitud, not “{tipo}”.</source>
      <translation>Regla {variable}={clase}: el tipo debe ser potencialidad, limitacion o aptitud, no “{tipo}”.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>Rules not saved</source>
      <translation>Reglas no guardadas</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.ui" />
      <source>Rules: a class of a variable is a potentiality, a limitation or an aptitude.</source>
      <translation>Reglas: una clase de una variable es una potencialidad, una limitación o una aptitud.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Run the structural analysis</source>
      <translation>Ejecutar el análisis estructural</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Run the structural analysis first.</source>
      <translation>Ejecute primero el análisis estructural.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Run the structural analysis to see the influence/dependence plane.</source>
      <translation>Ejecute el análisis estructural para ver el plano de influencia/dependencia.</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>Run the structural analysis.</source>
      <translation>Ejecute el análisis estructural.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Runs the synthesis of the current territorial model on the registered DIT polygon layers (all, or the ones named), inside the POT's ámbito, and stores the units in the POT. Every mapped variable gets one field named after it (e.g. “zee”) holding its class codes after the value mapping, linked to the dictionary, ready for the characterisation — one field whatever the number of layers that map it: where they overlap, the layer registered first decides, and the area where they disagree is reported. The registered point and line layers are counted and measured in each unit (count and density per km², or km and km per km²; per class when their field is mapped to a variable).</source>
      <translation>Ejecuta la síntesis del modelo actual del sistema territorial con las capas poligonales del DIT registradas (todas, o las indicadas), dentro del ámbito del POT, y guarda las unidades en el POT. Cada variable con correspondencia recibe un campo con su nombre (p. ej. “zee”) con sus códigos de clase tras la correspondencia de valores, vinculado al diccionario y listo para la caracterización: un solo campo cualquiera que sea el número de capas que la aportan; donde se superponen decide la capa registrada primero, y se informa la superficie en que discrepan. Las capas de puntos y de líneas registradas se cuentan y miden en cada unidad (número y densidad por km², o km y km por km²; por clase cuando su campo corresponde a una variable).</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>R²</source>
      <translation>R²</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_territorio_demo.py" />
      <source>Sample territory</source>
      <translation>Territorio de ejemplo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_territorio_demo.py" />
      <source>Sample territory GeoPackage</source>
      <translation>GeoPackage del territorio de ejemplo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_territorio_demo.py" />
      <source>Sample territory written to {file}</source>
      <translation>Territorio de ejemplo escrito en {file}</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.ui" />
      <source>Save a version</source>
      <translation>Guardar una versión</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Save a version of the current model</source>
      <translation>Guardar una versión del modelo actual</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Save analyses</source>
      <translation>Guardar análisis</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.ui" />
      <source>Save and go to the next</source>
      <translation>Guardar y pasar al siguiente</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.ui" />
      <source>Save axes</source>
      <translation>Guardar ejes</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.ui" />
      <source>Save charts…</source>
      <translation>Guardar gráficos…</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/graficos_dialog.ui" />
      <source>Save every chart as PNG and SVG in a folder</source>
      <translation>Guardar cada gráfico como PNG y SVG en una carpeta</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/juicios_dialog.py" />
      <location filename="../ui/prospectiva/matriz_dialog.py" />
      <source>Save in the POT</source>
      <translation>Guardar en el POT</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>Save relations</source>
      <translation>Guardar relaciones</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.ui" />
      <source>Save rules</source>
      <translation>Guardar reglas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Save scenario</source>
      <translation>Guardar escenario</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Save scores</source>
      <translation>Guardar puntajes</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Save states</source>
      <translation>Guardar estados</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>Save supuestos</source>
      <translation>Guardar supuestos</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Save the indicator and the justification of the selected variable</source>
      <translation>Guardar el indicador y la justificación de la variable elegida</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>Save the POT GeoPackage as</source>
      <translation>Guardar el GeoPackage del POT como</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Save the scenario's data and the states of its variables</source>
      <translation>Guardar los datos del escenario y los estados de sus variables</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Save variable</source>
      <translation>Guardar variable</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.ui" />
      <source>Save version</source>
      <translation>Guardar versión</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>Saving a version of the current model</source>
      <translation>Guardando una versión del modelo actual</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Say which field of “{layer}” holds each event's date (DATE_FIELD).</source>
      <translation>Indique qué campo de “{layer}” contiene la fecha de cada evento (DATE_FIELD).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Say which field of “{layer}” identifies each zone (ZONE_FIELD).</source>
      <translation>Indique qué campo de “{layer}” identifica cada zona (ZONE_FIELD).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Say which fields of “{layer}” hold which variables (VALUE_FIELDS field=VARIABLE;…).</source>
      <translation>Indique qué campos de “{layer}” contienen qué variables (VALUE_FIELDS campo=VARIABLE;…).</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <source>Say why the contribution is discarded: the reply is shown to its author.</source>
      <translation>Indique por qué se descarta el aporte: la respuesta se muestra a su autor.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/variable_dialog.ui" />
      <source>Scale</source>
      <translation>Escala</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <location filename="../ui/salidas/mapas.py" />
      <source>Scale 1:</source>
      <translation>Escala 1:</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Scale 1:{scale}</source>
      <translation>Escala 1:{scale}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Scale denominator (0: automatic; a series: the working scale)</source>
      <translation>Denominador de escala (0: automática; una serie: la escala de trabajo)</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Scenario</source>
      <translation>Escenario</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Scenario code</source>
      <translation>Código del escenario</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>Scenario consistency (cross-impact balance)</source>
      <translation>Consistencia de escenarios (balance de impactos cruzados)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Scenario layer</source>
      <translation>Capa de escenario</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Scenario map: {name}</source>
      <translation>Mapa de escenario: {name}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Scenario name (to create it)</source>
      <translation>Nombre del escenario (para crearlo)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Scenario not saved</source>
      <translation>Escenario no guardado</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>scenario states</source>
      <translation>estados de escenarios</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Scenario type (to create it)</source>
      <translation>Tipo de escenario (para crearlo)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Scenario whose matrix is used (code; needs a POT)</source>
      <translation>Escenario cuya matriz se usa (código; requiere un POT)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>scenario {code}</source>
      <translation>escenario {code}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <location filename="../prospectiva/cib.py" />
      <location filename="../prospectiva/escenarios.py" />
      <source>Scenario {code} has no state for the strategic variable(s) {variables}.</source>
      <translation>El escenario {code} no tiene estado para la(s) variable(s) estratégica(s) {variables}.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Scenario {code} recorded as the optimal desirable scenario.</source>
      <translation>Escenario {code} registrado como el escenario óptimo deseable.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Scenario {code} saved.</source>
      <translation>Escenario {code} guardado.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Scenario {code} saved; it still has no state for {variables}.</source>
      <translation>Escenario {code} guardado; aún no tiene estado para {variables}.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Scenario {code}, variable {variable}: the value “{value}” is not a number.</source>
      <translation>Escenario {code}, variable {variable}: el valor “{value}” no es un número.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Scenario {code}: layer “{layer}” with {count} variable(s).</source>
      <translation>Escenario {code}: capa “{layer}” con {count} variable(s).</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Scenario {code}: the horizon {year} is not plausible.</source>
      <translation>Escenario {code}: el horizonte {year} no es verosímil.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Scenario {code}: the name is required.</source>
      <translation>Escenario {code}: el nombre es obligatorio.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Scenario {code}: the type must be one of {types}, not “{type}”.</source>
      <translation>Escenario {code}: el tipo debe ser uno de {types}, no “{type}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Scenario {code}: the variable {variable} has no state.</source>
      <translation>Escenario {code}: la variable {variable} no tiene estado.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Scenario {code}: the variable {variable} has two states.</source>
      <translation>Escenario {code}: la variable {variable} tiene dos estados.</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <location filename="../prospectiva/escenarios.py" />
      <source>Scenario {code}: “{state}” is not a state of {variable} (states: {states}).</source>
      <translation>Escenario {code}: “{state}” no es un estado de {variable} (estados: {states}).</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Scenario {code}: “{variable}” is not a variable of the prospective model.</source>
      <translation>Escenario {code}: “{variable}” no es una variable del modelo prospectivo.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Scenario “{code}”: the code must start with a letter and use only letters, digits and “_” (at most 40).</source>
      <translation>Escenario “{code}”: el código debe empezar con una letra y usar solo letras, dígitos y “_” (40 como máximo).</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <source>Scenario: {name}</source>
      <translation>Escenario: {name}</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Scenarios</source>
      <translation>Escenarios</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>Scenarios without a state for every strategic variable: {codes}.</source>
      <translation>Escenarios sin estado para cada variable estratégica: {codes}.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Scope</source>
      <translation>Ámbito</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Score</source>
      <translation>Puntaje</translation>
    </message>
    <message>
      <location filename="../prospectiva/evaluacion.py" />
      <source>Score of scenario {code}: the expert's name is required.</source>
      <translation>Puntaje del escenario {code}: el nombre del experto es obligatorio.</translation>
    </message>
    <message>
      <location filename="../prospectiva/evaluacion.py" />
      <source>Score of {expert} for {code} ({criterion}): {value} is outside the scale {scale}.</source>
      <translation>Puntaje de {expert} para {code} ({criterion}): {value} está fuera de la escala {scale}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/evaluacion.py" />
      <source>Score of {expert} for {code}: the criterion must be pertinencia or probabilidad, not “{criterion}”.</source>
      <translation>Puntaje de {expert} para {code}: el criterio debe ser pertinencia o probabilidad, no “{criterion}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/evaluacion.py" />
      <source>Score of {expert} for {code}: the scale must be 1-5 or %, not “{scale}”.</source>
      <translation>Puntaje de {expert} para {code}: la escala debe ser 1-5 o %, no “{scale}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/evaluacion.py" />
      <source>Score of {expert} for {code}: {criterion} is already scored on the scale {scale}; use one scale per criterion.</source>
      <translation>Puntaje de {expert} para {code}: {criterion} ya se puntúa en la escala {scale}; use una sola escala por criterio.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Score of {expert} for {code}: “{value}” is not a number.</source>
      <translation>Puntaje de {expert} para {code}: “{value}” no es un número.</translation>
    </message>
    <message>
      <location filename="../prospectiva/evaluacion.py" />
      <source>Score of {expert}: the POT has no scenario “{code}”.</source>
      <translation>Puntaje de {expert}: el POT no tiene el escenario “{code}”.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>Scores not saved</source>
      <translation>Puntajes no guardados</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Second date (year)</source>
      <translation>Segunda fecha (año)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/variables.py" />
      <source>Sectoral proposal</source>
      <translation>Propuesta sectorial</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.py" />
      <source>Select a sheet first.</source>
      <translation>Seleccione primero una hoja.</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.py" />
      <source>Select a step to see what it does; double-click it to open its panel.</source>
      <translation>Seleccione un paso para ver qué hace; doble clic para abrir su panel.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Select as optimal</source>
      <translation>Seleccionar como óptimo</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>Select the optimal desirable scenario.</source>
      <translation>Seleccione el escenario óptimo deseable.</translation>
    </message>
    <message>
      <location filename="../prospectiva/evaluacion.py" />
      <source>Selecting scenario {code} as the optimal one needs a justification.</source>
      <translation>Seleccionar el escenario {code} como óptimo requiere una justificación.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Sensitivity of</source>
      <translation>Sensibilidad de</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Sensitivity of the optimal scenario: what changes when one strategic variable takes another state</source>
      <translation>Sensibilidad del escenario óptimo: qué cambia cuando una variable estratégica toma otro estado</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>Sensitivity of the scenarios</source>
      <translation>Sensibilidad de los escenarios</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Series at the working scale: {title}</source>
      <translation>Serie a la escala de trabajo: {title}</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Series {sheet}: the tiles are printed on {size}, the smallest size whose map holds a whole tile at 1:{scale}.</source>
      <translation>Serie {sheet}: las hojas se imprimen en {size}, el menor tamaño cuyo mapa contiene una hoja entera a 1:{scale}.</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Set the monitoring indicators, their targets, costs and financing.</source>
      <translation>Definir los indicadores de seguimiento, sus metas, costos y financiamiento.</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>Shares of the total (%); quadrant lines at the {threshold}</source>
      <translation>Participación en el total (%); líneas de los cuadrantes en la {threshold}</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>Sheet</source>
      <translation>Lámina</translation>
    </message>
    <message>
      <location filename="../salidas/hoja.py" />
      <source>Sheet extent</source>
      <translation>Extensión de la lámina</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Sheet number (remove, re-target)</source>
      <translation>Número de hoja (quitar, reorientar)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <location filename="../ui/salidas/documentos.ui" />
      <source>Sheet size</source>
      <translation>Tamaño de la lámina</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.py" />
      <source>Sheet size of the workshop pack</source>
      <translation>Tamaño de lámina del paquete del taller</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Sheet type</source>
      <translation>Tipo de hoja</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>sheet {name}</source>
      <translation>hoja {name}</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Sheet {number} ({title}) was not exported: {problem}</source>
      <translation>La lámina {number} ({title}) no se exportó: {problem}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Sheet {number} added: {title}.</source>
      <translation>Hoja {number} añadida: {title}.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Sheet {number} exported.</source>
      <translation>Lámina {number} exportada.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Sheet {number} now shows {title}.</source>
      <translation>La hoja {number} muestra ahora {title}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Sheet {number} removed.</source>
      <translation>Hoja {number} quitada.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Sheet {number} removed: what it showed is no longer in the POT.</source>
      <translation>Hoja {number} quitada: lo que mostraba ya no está en el POT.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Sheet {number}: {title}</source>
      <translation>Lámina {number}: {title}</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Sheet {sheet}: the layers must be a list of layer names.</source>
      <translation>Lámina {sheet}: las capas deben ser una lista de nombres de capa.</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Sheet {sheet}: the map number is repeated.</source>
      <translation>Lámina {sheet}: el número de mapa está repetido.</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Sheet {sheet}: the map number is required.</source>
      <translation>Lámina {sheet}: el número de mapa es obligatorio.</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Sheet {sheet}: the orientation must be “horizontal” or “vertical”, not “{orientation}”.</source>
      <translation>Lámina {sheet}: la orientación debe ser “horizontal” o “vertical”, no “{orientation}”.</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Sheet {sheet}: the scale must be a positive number.</source>
      <translation>Lámina {sheet}: la escala debe ser un número positivo.</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Sheet {sheet}: the size must be one of {sizes}, not “{size}”.</source>
      <translation>Lámina {sheet}: el tamaño debe ser uno de {sizes}, no “{size}”.</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>Sheet {sheet}: the type must be one of {types}, not “{type}”.</source>
      <translation>Hoja {sheet}: el tipo debe ser uno de {types}, no “{type}”.</translation>
    </message>
    <message>
      <location filename="../salidas/hoja.py" />
      <source>Sheet {sheet}: unknown sheet type “{type}”.</source>
      <translation>Hoja {sheet}: tipo de hoja desconocido “{type}”.</translation>
    </message>
    <message>
      <location filename="../salidas/lienzo.py" />
      <source>Sheet {sheet}: unknown size or orientation “{size} {orientation}”.</source>
      <translation>Lámina {sheet}: tamaño u orientación desconocidos “{size} {orientation}”.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Sheet {sheet}: {count} labels of “{layer}” could not be placed: {names}.</source>
      <translation>Hoja {sheet}: no se pudieron colocar {count} rótulos de “{layer}”: {names}.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>sheet “{sheet}” of {file}</source>
      <translation>hoja “{sheet}” de {file}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Sheets (JSON)</source>
      <translation>Hojas (JSON)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>Sheets (map numbers separated by commas; empty = all)</source>
      <translation>Láminas (números de mapa separados por comas; vacío = todas)</translation>
    </message>
    <message>
      <location filename="../salidas/serie.py" />
      <source>Sheets of the series</source>
      <translation>Hojas de la serie</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_exportar_mapas.py" />
      <source>Sheets to export (map numbers separated by commas; empty = all)</source>
      <translation>Láminas a exportar (números de mapa separados por comas; vacío = todas)</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Show the dictionary of variables</source>
      <translation>Mostrar el diccionario de variables</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Show the map series, memoria, workshop pack and validation panel</source>
      <translation>Mostrar el panel de la serie de mapas, la memoria, el paquete del taller y la validación</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Show the panel of the current territorial model (Pauta 1, Step 01)</source>
      <translation>Mostrar el panel del modelo actual (Pauta 1, Paso 01)</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Show the panel of the prospective analysis (Pauta 1, Steps 02–04)</source>
      <translation>Mostrar el panel del análisis prospectivo (Pauta 1, Pasos 02–04)</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Show the phases and steps of the POT, with their status</source>
      <translation>Mostrar las fases y los pasos del POT, con su estado</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Show the POT algorithms in the Processing toolbox</source>
      <translation>Mostrar los algoritmos del POT en la caja de herramientas de Procesos</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Sign</source>
      <translation>Sentido</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/hoja_dialog.py" />
      <location filename="../ui/salidas/mapas.py" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Source</source>
      <translation>Fuente</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Sources: {sources}</source>
      <translation>Fuentes: {sources}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Spanish</source>
      <translation>Español</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>Specialised study – disaster risk and climate change</source>
      <translation>Estudio especializado – riesgo de desastres y vulnerabilidad al cambio climático</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>Specialised study – economic dynamics</source>
      <translation>Estudio especializado – dinámica económica</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>Specialised study – ecosystem services</source>
      <translation>Estudio especializado – servicios ecosistémicos</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>Specialised study – institutional capacity</source>
      <translation>Estudio especializado – capacidad institucional</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>Specialised study – land cover and land-use change</source>
      <translation>Estudio especializado – cambio de cobertura y uso de la tierra</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>Specialised study – norms and policies</source>
      <translation>Estudio especializado – normativa y políticas</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Specific proposal</source>
      <translation>Propuesta específica</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>stable</source>
      <translation>estables</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <location filename="../ui/modelo_actual/versiones.py" />
      <location filename="../ui/modelo_actual/versiones.ui" />
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>State of each strategic variable in each scenario (indicative value)</source>
      <translation>Estado de cada variable estratégica en cada escenario (valor indicativo)</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>State the objectives of each axis and the variables that measure them.</source>
      <translation>Formular los objetivos de cada eje y las variables que los miden.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>States</source>
      <translation>Estados</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>States not saved</source>
      <translation>Estados no guardados</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.ui" />
      <source>States of the strategic variables</source>
      <translation>Estados de las variables estratégicas</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../modelo_actual/validacion.py" />
      <location filename="../salidas/memoria.py" />
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <location filename="../ui/navegador_dock.ui" />
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Step {number:02d}</source>
      <translation>Paso {number:02d}</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Steps</source>
      <translation>Pasos</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Steps (periods or years)</source>
      <translation>Pasos (periodos o años)</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Steps of the POT</source>
      <translation>Pasos del POT</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/diccionario_dock.py" />
      <source>strategic</source>
      <translation>estratégica</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <location filename="../ui/variable_dialog.py" />
      <source>Strategic</source>
      <translation>Estratégica</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>strategic axes</source>
      <translation>ejes estratégicos</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/prospectiva/ejes.py" />
      <source>Strategic axes</source>
      <translation>Ejes estratégicos</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Strategic axes (Step 04)</source>
      <translation>Ejes estratégicos (Paso 04)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Strategic axes and their strategic variables</source>
      <translation>Ejes estratégicos y sus variables estratégicas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.ui" />
      <source>Strategic axes: the strategic variables of the optimal scenario grouped into themes, carried to the MOT and the objectives (Pauta 2).</source>
      <translation>Ejes estratégicos: las variables estratégicas del escenario óptimo agrupadas en temas, que pasan al MOT y a los objetivos (Pauta 2).</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Strategic axis</source>
      <translation>Eje estratégico</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>Strategic in the dictionary but not in the prospective model: {codes}.</source>
      <translation>Estratégicas en el diccionario pero no en el modelo prospectivo: {codes}.</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <location filename="../salidas/memoria.py" />
      <source>Strategic objectives</source>
      <translation>Objetivos estratégicos</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>Strategic role</source>
      <translation>Rol estratégico</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Strategic variable</source>
      <translation>Variable estratégica</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Strategic variables</source>
      <translation>Variables estratégicas</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Strategic variables in no axis yet: {codes}.</source>
      <translation>Variables estratégicas aún sin eje: {codes}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <location filename="../ui/prospectiva/ejes.py" />
      <source>Strategic variables in no axis: {codes}.</source>
      <translation>Variables estratégicas sin eje: {codes}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>Strategic variables not justified by a potentiality, limitation or aptitude: {codes}.</source>
      <translation>Variables estratégicas sin justificar por una potencialidad, limitación o aptitud: {codes}.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/ejes.ui" />
      <source>Strategic variables of the selected axis:</source>
      <translation>Variables estratégicas del eje elegido:</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>Strategic variables without an indicator: {codes}.</source>
      <translation>Variables estratégicas sin indicador: {codes}.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Strategic variables: {variables}.</source>
      <translation>Variables estratégicas: {variables}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <source>Structural analysis</source>
      <translation>Análisis estructural</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Structural analysis (MICMAC)</source>
      <translation>Análisis estructural (MICMAC)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Structural analysis (MICMAC): influence, dependence, rank by influence and quadrant</source>
      <translation>Análisis estructural (MICMAC): influencia, dependencia, rango por influencia y cuadrante</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Structural analysis of the variables</source>
      <translation>Análisis estructural de las variables</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_estilo_por_variable.py" />
      <source>Style by variable</source>
      <translation>Estilo por variable</translation>
    </message>
    <message>
      <location filename="../diccionario/estilo.py" />
      <source>Styled by the variable {code}</source>
      <translation>Simbolizado según la variable {code}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_estilo_por_variable.py" />
      <source>Styles a POT layer by a variable of the dictionary: categorized with the dictionary's classes, colours and labels for a categorical variable, graduated with its breaks for a numeric one. The style is saved as the layer's default in the POT GeoPackage. Without a field, the field linked to the variable is used.</source>
      <translation>Simboliza una capa del POT según una variable del diccionario: categorizada con las clases, colores y etiquetas del diccionario si la variable es categórica, graduada con sus intervalos si es numérica. El estilo se guarda como predeterminado de la capa en el GeoPackage del POT. Si no se indica un campo, se usa el campo vinculado a la variable.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>Subsystem</source>
      <translation>Subsistema</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Suggested strategic variables (driving and linkage)</source>
      <translation>Variables estratégicas sugeridas (motrices y de enlace)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Summary</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_caracterizar.py" />
      <source>Summary (JSON)</source>
      <translation>Resumen (JSON)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Supuesto in row {row}: a supuesto needs a code and a name.</source>
      <translation>Supuesto de la fila {row}: un supuesto necesita un código y un nombre.</translation>
    </message>
    <message>
      <location filename="../prospectiva/supuestos.py" />
      <source>Supuesto {code}</source>
      <translation>Supuesto {code}</translation>
    </message>
    <message>
      <location filename="../prospectiva/supuestos.py" />
      <source>Supuesto {code}, effect on {variable}: the sign must be +, - or ?, not “{sign}”.</source>
      <translation>Supuesto {code}, efecto sobre {variable}: el sentido debe ser +, - o ?, no “{sign}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/supuestos.py" />
      <source>Supuesto {code}: the kind must be one of {kinds}, not “{kind}”.</source>
      <translation>Supuesto {code}: el tipo debe ser uno de {kinds}, no “{kind}”.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <location filename="../ui/prospectiva/supuestos.ui" />
      <source>Supuestos</source>
      <translation>Supuestos</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Supuestos not saved</source>
      <translation>Supuestos no guardados</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/sintesis.py" />
      <source>Synthesis</source>
      <translation>Síntesis</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Table {number}. {caption}</source>
      <translation>Cuadro {number}. {caption}</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.py" />
      <source>Tables written to {folder}.</source>
      <translation>Cuadros escritos en {folder}.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Tag</source>
      <translation>Etiqueta</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_caracterizar.py" />
      <source>Tags every territorial unit of a POT layer with the potentialities, limitations and aptitudes that the characterisation rules give to the classes of its variables (fields potencialidades, limitaciones, aptitudes and subsistemas, lists separated by “;”), and writes the summary table pot_modelo_resumen: area by class of each variable and by potentiality, limitation and aptitude, with their subsystem. The variables are read from the fields linked to the dictionary, or from FIELDS written as field=VARIABLE;field=VARIABLE. A POT without rules gets the default ones.</source>
      <translation>Etiqueta cada unidad territorial de una capa del POT con las potencialidades, limitaciones y aptitudes que las reglas de caracterización asignan a las clases de sus variables (campos potencialidades, limitaciones, aptitudes y subsistemas, listas separadas por “;”) y escribe la tabla resumen pot_modelo_resumen: área por clase de cada variable y por potencialidad, limitación y aptitud, con su subsistema. Las variables se leen de los campos vinculados al diccionario o de FIELDS escrito como campo=VARIABLE;campo=VARIABLE. Un POT sin reglas recibe las reglas predeterminadas.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>takes</source>
      <translation>toma</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>takes the state</source>
      <translation>toma el estado</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>team</source>
      <translation>equipo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Technical team</source>
      <translation>Equipo técnico</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Territorial assumptions (external factors) and their expected effects</source>
      <translation>Supuestos territoriales (factores externos) y sus efectos esperados</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Territorial assumptions and causal relations (Step 03)</source>
      <translation>Supuestos territoriales y relaciones causales (Paso 03)</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <location filename="../salidas/memoria.py" />
      <source>Territorial Planning Model (MOT)</source>
      <translation>Modelo de Ordenamiento Territorial (MOT)</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Territorial Planning Plan</source>
      <translation>Plan de Ordenamiento Territorial</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Territorial units</source>
      <translation>Unidades territoriales</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Territorial units (empty: the POT's modelo_actual_unidades)</source>
      <translation>Unidades territoriales (vacío: modelo_actual_unidades del POT)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_caracterizar.py" />
      <source>Territorial units (POT layer)</source>
      <translation>Unidades territoriales (capa del POT)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Territorial units of the current model</source>
      <translation>Unidades territoriales del modelo actual</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Text encoding of a shapefile (automatic: the declared one, else UTF-8, else Latin-1)</source>
      <translation>Codificación de texto de un shapefile (automática: la declarada; si no, UTF-8; si no, Latin-1)</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>text with replacement characters</source>
      <translation>texto con caracteres de reemplazo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Texts re-decoded</source>
      <translation>Textos redecodificados</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual_dock.ui" />
      <source>The activities of Step 01, in the order of the work</source>
      <translation>Las actividades del Paso 01, en el orden del trabajo</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva_dock.ui" />
      <source>The activities of Steps 02–04, in the order of the work</source>
      <translation>Las actividades de los Pasos 02–04, en el orden del trabajo</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>The aggregation must be “mediana” or “media”, not “{method}”.</source>
      <translation>La agregación debe ser “mediana” o “media”, no “{method}”.</translation>
    </message>
    <message>
      <location filename="../ui/tareas.py" />
      <source>The algorithm “{name}” failed.</source>
      <translation>El algoritmo “{name}” falló.</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>the boundary crosses itself</source>
      <translation>el borde se cruza a sí mismo</translation>
    </message>
    <message>
      <location filename="../modelo_actual/caracterizacion.py" />
      <source>The characterisation was cancelled.</source>
      <translation>Se canceló la caracterización.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>the codes differ</source>
      <translation>los códigos difieren</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_comparacion.py" />
      <source>The comparison sheet needs two layers; the POT {path} offers {count}.</source>
      <translation>La lámina comparativa necesita dos capas; el POT {path} ofrece {count}.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/versiones.py" />
      <source>The comparison was cancelled.</source>
      <translation>Se canceló la comparación.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>The context layer {path} cannot be read.</source>
      <translation>No se puede leer la capa de contexto {path}.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <source>The contribution could not be saved in {path}.</source>
      <translation>No se pudo guardar el aporte en {path}.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>The contribution could not be saved: {error}</source>
      <translation>No se pudo guardar el aporte: {error}</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>The cross-impact analysis needs at least two strategic variables with two or more possible states each (section 4, “Possible states”).</source>
      <translation>El análisis de impactos cruzados necesita al menos dos variables estratégicas con dos o más estados posibles cada una (sección 4, “Estados posibles”).</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>The cross-impact analysis needs at least two strategic variables with two or more states each.</source>
      <translation>El análisis de impactos cruzados necesita al menos dos variables estratégicas con dos o más estados cada una.</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>The CRS {crs} is geographic (degrees); a POT needs a projected CRS in metres, such as UTM.</source>
      <translation>El SRC {crs} es geográfico (grados); un POT necesita un SRC proyectado en metros, como UTM.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>The current QGIS project has unsaved changes, which will be lost. Continue anyway?</source>
      <translation>El proyecto QGIS actual tiene cambios sin guardar, que se perderán. ¿Continuar de todos modos?</translation>
    </message>
    <message>
      <location filename="../diccionario/repositorio.py" />
      <location filename="../prospectiva/variables.py" />
      <source>The dictionary has no variable with code “{code}”.</source>
      <translation>El diccionario no tiene ninguna variable con el código “{code}”.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>The dictionary has {count} variables. Replace them all with the imported ones, or merge (variables with the same code are replaced, the others kept)?</source>
      <translation>
        <numerusform>El diccionario tiene {count} variable. ¿Reemplazarla por las importadas o fusionar (se reemplazan las variables con el mismo código y se conservan las demás)?</numerusform>
        <numerusform>El diccionario tiene {count} variables. ¿Reemplazarlas todas por las importadas o fusionar (se reemplazan las variables con el mismo código y se conservan las demás)?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>The dictionary in {path} was not imported; fix these problems first:</source>
      <translation>El diccionario de {path} no se importó; corrija primero estos problemas:</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>The dictionary variable those values are</source>
      <translation>La variable del diccionario a la que corresponden esos valores</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>The disk holding {path} is full ({free} MB free): nothing was changed. Free some space and try again.</source>
      <translation>El disco que contiene {path} está lleno ({free} MB libres): no se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>The DIT layer “{name}” cannot be opened from {source}: moved, renamed or offline?</source>
      <translation>No se puede abrir la capa del DIT “{name}” desde {source}: ¿se movió, se renombró o no está en línea?</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>The document language must be one of {languages}, not “{language}”.</source>
      <translation>El idioma de los documentos debe ser uno de {languages}, no «{language}».</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>The document {path} could not be written (is the folder writable?).</source>
      <translation>No se pudo escribir el documento {path} (¿la carpeta admite escritura?).</translation>
    </message>
    <message>
      <location filename="../prospectiva/ejes.py" />
      <source>The eje code “{code}” is repeated.</source>
      <translation>El código de eje “{code}” está repetido.</translation>
    </message>
    <message>
      <location filename="../prospectiva/proyeccion.py" />
      <source>the exponential needs values above 0 in every year</source>
      <translation>la exponencial necesita valores mayores que 0 en todos los años</translation>
    </message>
    <message>
      <location filename="../diccionario/vinculos.py" />
      <source>The field pot_uid of “{layer}” is not text; add the layer to the POT again to give it the POT's identifiers.</source>
      <translation>El campo pot_uid de “{layer}” no es de texto; vuelva a añadir la capa al POT para que reciba los identificadores del POT.</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>The field pot_uid of “{layer}” is not text; the POT gave the features its own identifiers.</source>
      <translation>El campo pot_uid de “{layer}” no es de texto; el POT dio a las entidades sus propios identificadores.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>The field with the scenario's values</source>
      <translation>El campo con los valores del escenario</translation>
    </message>
    <message>
      <location filename="../prospectiva/series.py" />
      <source>The field “{field}” of “{layer}” has no year in its name (e.g. perdida_2019).</source>
      <translation>El campo “{field}” de “{layer}” no tiene un año en su nombre (p. ej., perdida_2019).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>The field “{target}” holds the classes of {code} for the values of “{field}”.</source>
      <translation>El campo “{target}” contiene las clases de {code} para los valores de “{field}”.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../prospectiva/matriz_archivo.py" />
      <location filename="../salidas/observaciones.py" />
      <source>The file {path} does not exist.</source>
      <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>The file {path} has no judgements.</source>
      <translation>El archivo {path} no tiene juicios.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../prospectiva/matriz_archivo.py" />
      <source>The file {path} is empty.</source>
      <translation>El archivo {path} está vacío.</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>The file {path} is locked by another program (or another QGIS). Close it there and try again.</source>
      <translation>El archivo {path} está bloqueado por otro programa (u otra sesión de QGIS). Ciérrelo allí e inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../demo/territorio.py" />
      <location filename="../store/crear_pot.py" />
      <source>The folder {folder} cannot be created: {error}</source>
      <translation>No se puede crear la carpeta {folder}: {error}</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>The folder {folder} does not exist.</source>
      <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
      <location filename="../demo/territorio.py" />
      <source>The folder {folder} is not writable.</source>
      <translation>La carpeta {folder} no admite escritura.</translation>
    </message>
    <message>
      <location filename="../demo/territorio.py" />
      <source>The folder {folder} is not writable: {error}</source>
      <translation>La carpeta {folder} no admite escritura: {error}</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>The folder {folder} is read-only; choose another one.</source>
      <translation>La carpeta {folder} es de solo lectura; elija otra.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>The four planes, the displacement map and the graph of influences</source>
      <translation>Los cuatro planos, el mapa de desplazamiento y el grafo de influencias</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>The general tool: overlays any polygon layers you choose into homogeneous units and writes them where you say (for the POT's current model from its registered DIT layers, use “Current model: units from the registered DIT layers”, which runs this and stores, links and styles the result in the POT). Every unit is a single polygon where no layer changes, carrying the attributes of every layer (field names prefixed l1_, l2_… in the order of the layers; NULL where a layer does not reach) and its area_ha. The units cover the union of the layers exactly (clipped to the ámbito if one is given), without overlaps or gaps. Invalid geometries are repaired, curves segmentized, Z/M dropped; features without geometry are skipped and counted. Where features of one layer overlap each other, the first one wins. Units smaller than the minimum area are merged into the neighbour sharing the longest border, whose attributes they take. For each raster, band 1 gives per unit the mean, minimum and maximum (fields r1_media, r1_min, r1_max…) and, for integer rasters, the majority class (r1_mayoria), counting the pixels whose centre lies in the unit. Point layers give each unit their count and density per km² (pt1_n, pt1_dens…), line layers their length in km and km per km² (ln1_km, ln1_km_km2…). The output CRS is the ámbito's, or the first layer's; a geographic CRS is replaced by its UTM zone. Source layers are only read.</source>
      <translation>La herramienta general: superpone las capas poligonales que usted elija en unidades homogéneas y las escribe donde indique (para el modelo actual del POT a partir de sus capas del DIT registradas, use «Modelo actual: unidades a partir de las capas del DIT registradas», que ejecuta esta y guarda, vincula y da estilo al resultado en el POT). Cada unidad es un solo polígono donde ninguna capa cambia y lleva los atributos de todas las capas (nombres de campo con los prefijos l1_, l2_… en el orden de las capas; NULL donde una capa no llega) y su area_ha. Las unidades cubren exactamente la unión de las capas (recortada al ámbito si se indica), sin superposiciones ni vacíos. Las geometrías inválidas se reparan, las curvas se segmentan y se descartan Z/M; las entidades sin geometría se omiten y se cuentan. Donde las entidades de una capa se superponen entre sí, gana la primera. Las unidades menores que el área mínima se fusionan con el vecino con el que comparten el borde más largo, cuyos atributos toman. Para cada ráster, la banda 1 da por unidad la media, el mínimo y el máximo (campos r1_media, r1_min, r1_max…) y, para rásteres enteros, la clase mayoritaria (r1_mayoria), contando los píxeles cuyo centro cae en la unidad. Las capas de puntos dan a cada unidad su número y su densidad por km² (pt1_n, pt1_dens…) y las de líneas su longitud en km y los km por km² (ln1_km, ln1_km_km2…). El SRC de salida es el del ámbito, o el de la primera capa; un SRC geográfico se sustituye por su zona UTM. Las capas de origen solo se leen.</translation>
    </message>
    <message>
      <location filename="../prospectiva/transicion.py" />
      <source>The horizon {horizon} is before the second date {year}.</source>
      <translation>El horizonte {horizon} es anterior a la segunda fecha {year}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>The horizon {horizon} must come after the last observed year {year}.</source>
      <translation>El horizonte {horizon} debe ser posterior al último año observado {year}.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the image {path} could not be written (QGIS error {code})</source>
      <translation>la imagen {path} no se pudo escribir (error de QGIS {code})</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>the interior is split in pieces</source>
      <translation>el interior está partido en pedazos</translation>
    </message>
    <message>
      <location filename="../salidas/metadatos_iso.py" />
      <source>The layer has no features yet.</source>
      <translation>La capa aún no tiene entidades.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/recorte.py" />
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <location filename="../store/escritura.py" />
      <source>The layer to add to the POT cannot be read.</source>
      <translation>No se puede leer la capa que se va a añadir al POT.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>The layer to register cannot be opened.</source>
      <translation>No se puede abrir la capa que se va a registrar.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>The layer “{layer}” cannot be edited (read-only?).</source>
      <translation>La capa «{layer}» no se puede editar (¿solo lectura?).</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <location filename="../modelo_actual/versiones.py" />
      <location filename="../store/capas.py" />
      <source>The layer “{layer}” cannot be read from {path}.</source>
      <translation>No se puede leer la capa “{layer}” desde {path}.</translation>
    </message>
    <message>
      <location filename="../diccionario/mapeo_valores.py" />
      <location filename="../modelo_actual/aportes.py" />
      <location filename="../modelo_actual/caracterizacion.py" />
      <source>The layer “{layer}” cannot be written (read-only?).</source>
      <translation>No se puede escribir en la capa “{layer}” (¿es de solo lectura?).</translation>
    </message>
    <message>
      <location filename="../diccionario/vinculos.py" />
      <source>The layer “{layer}” cannot be written to give its features an identifier.</source>
      <translation>No se puede escribir en la capa “{layer}” para dar un identificador a sus entidades.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/caracterizacion.py" />
      <source>The layer “{layer}” cannot get the characterisation fields (read-only?).</source>
      <translation>La capa “{layer}” no puede recibir los campos de caracterización (¿es de solo lectura?).</translation>
    </message>
    <message>
      <location filename="../diccionario/mapeo_valores.py" />
      <source>The layer “{layer}” cannot get the field “{field}” (read-only?).</source>
      <translation>La capa “{layer}” no puede recibir el campo “{field}” (¿solo lectura?).</translation>
    </message>
    <message>
      <location filename="../diccionario/vinculos.py" />
      <source>The layer “{layer}” cannot get the identifier field pot_uid (read-only?).</source>
      <translation>La capa “{layer}” no puede recibir el campo identificador pot_uid (¿es de solo lectura?).</translation>
    </message>
    <message>
      <location filename="../modelo_actual/recorte.py" />
      <source>The layer “{layer}” could not be copied: {error}</source>
      <translation>No se pudo copiar la capa “{layer}”: {error}</translation>
    </message>
    <message>
      <location filename="../demo/territorio.py" />
      <source>The layer “{layer}” could not be created in {file}: {error}</source>
      <translation>No se pudo crear la capa “{layer}” en {file}: {error}</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>the layer “{layer}” could not be written: {error}</source>
      <translation>la capa “{layer}” no se pudo escribir: {error}</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <source>The layer “{layer}” has no contribution {fid}.</source>
      <translation>La capa “{layer}” no tiene el aporte {fid}.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the layer “{layer}” has no coordinate reference system; set it in the POT before exporting</source>
      <translation>la capa “{layer}” no tiene sistema de referencia de coordenadas; asígnelo en el POT antes de exportar</translation>
    </message>
    <message>
      <location filename="../modelo_actual/recorte.py" />
      <location filename="../store/escritura.py" />
      <source>The layer “{layer}” has no CRS; set its CRS in QGIS (Layer properties › Source) before adding it.</source>
      <translation>La capa “{layer}” no tiene SRC; asígnele un SRC en QGIS (Propiedades de la capa › Fuente) antes de añadirla.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>The layer “{layer}” has no CRS; set its CRS in QGIS (Layer properties › Source) before correcting it.</source>
      <translation>La capa “{layer}” no tiene SRC; asígnele un SRC en QGIS (Propiedades de la capa › Fuente) antes de corregirla.</translation>
    </message>
    <message>
      <location filename="../prospectiva/series.py" />
      <source>The layer “{layer}” has no event inside the units in {year}, between {first} and {last}: a gap in the data. Use a layer that covers every year, or one without that year.</source>
      <translation>La capa “{layer}” no tiene ningún evento dentro de las unidades en {year}, entre {first} y {last}: un vacío en los datos. Use una capa que cubra todos los años, o una sin ese año.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>The layer “{layer}” has no field “unidad” with the units' pot_uid.</source>
      <translation>La capa “{layer}” no tiene el campo “unidad” con el pot_uid de las unidades.</translation>
    </message>
    <message>
      <location filename="../salidas/areas.py" />
      <source>The layer “{layer}” has no field “{field}” (listed in pot_campos).</source>
      <translation>La capa “{layer}” no tiene el campo “{field}” (registrado en pot_campos).</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the layer “{layer}” has no field “{field}” for the variable “{code}”</source>
      <translation>la capa “{layer}” no tiene el campo “{field}” para la variable “{code}”</translation>
    </message>
    <message>
      <location filename="../diccionario/estilo.py" />
      <location filename="../diccionario/mapeo_valores.py" />
      <location filename="../diccionario/vinculos.py" />
      <source>The layer “{layer}” has no field “{field}”.</source>
      <translation>La capa “{layer}” no tiene el campo “{field}”.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the layer “{layer}” has nothing inside the sheet (is it in the POT's area, and in its CRS?)</source>
      <translation>la capa “{layer}” no tiene nada dentro de la hoja (¿está en el área del POT y en su SRC?)</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>The layer “{layer}” is a {kind} layer but holds other geometries ({found}); fix or remove them (e.g. with “Extract by expression”) before adding it to the POT. Nothing was changed.</source>
      <translation>La capa “{layer}” es una capa de tipo {kind} pero contiene otras geometrías ({found}); corríjalas o elimínelas (p. ej. con “Extraer por expresión”) antes de añadirla al POT. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../store/capas.py" />
      <source>The layer “{layer}” is being edited in QGIS ({titles}): save or discard its edits and stop editing before replacing it. Nothing was changed.</source>
      <translation>La capa “{layer}” se está editando en QGIS ({titles}): guarde o descarte sus cambios y termine la edición antes de reemplazarla. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../store/capas.py" />
      <source>The layer “{layer}” is in {path}, which is not a POT.</source>
      <translation>La capa “{layer}” está en {path}, que no es un POT.</translation>
    </message>
    <message>
      <location filename="../store/estilos.py" />
      <source>The layer “{layer}” is not a GeoPackage table; its style cannot be stored.</source>
      <translation>La capa “{layer}” no es una tabla de GeoPackage; no se puede guardar su estilo.</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <location filename="../prospectiva/series.py" />
      <source>The layer “{layer}” is not a polygon layer; the units must be polygons.</source>
      <translation>La capa “{layer}” no es de polígonos; las unidades deben ser polígonos.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>The layer “{layer}” is not in the POT's project.</source>
      <translation>La capa «{layer}» no está en el proyecto del POT.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the layer “{layer}” is not in {path}</source>
      <translation>la capa “{layer}” no está en {path}</translation>
    </message>
    <message>
      <location filename="../store/capas.py" />
      <source>The layer “{layer}” is not stored in a POT GeoPackage; add it to the POT first (algorithm “Add layer to POT”).</source>
      <translation>La capa “{layer}” no está guardada en un GeoPackage de POT; añádala primero al POT (algoritmo “Añadir capa al POT”).</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the layer “{layer}” of its variable is not among its layers</source>
      <translation>la capa “{layer}” de su variable no está entre sus capas</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the layer “{layer}” of {path} cannot be read</source>
      <translation>no se puede leer la capa “{layer}” de {path}</translation>
    </message>
    <message>
      <location filename="../salidas/areas.py" />
      <location filename="../salidas/metadatos_iso.py" />
      <source>The layer “{layer}” of {path} cannot be read.</source>
      <translation>No se puede leer la capa “{layer}” de {path}.</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>the layer “{layer}” was not written</source>
      <translation>la capa “{layer}” no se escribió</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>The layer “{layer}” was written without the POT's CRS ({found} instead of {crs}); nothing was changed.</source>
      <translation>La capa “{layer}” se escribió sin el SRC del POT ({found} en lugar de {crs}); no se cambió nada.</translation>
    </message>
    <message>
      <location filename="../salidas/plantillas.py" />
      <source>The layout template {path} cannot be used: {problem}.</source>
      <translation>No se puede usar la plantilla de diseño {path}: {problem}.</translation>
    </message>
    <message>
      <location filename="../salidas/leyenda.py" />
      <source>The legend of sheet {sheet} does not fit in its box and was cut; choose a larger sheet size.</source>
      <translation>La leyenda de la lámina {sheet} no cabe en su recuadro y se recortó; elija un tamaño de lámina mayor.</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>The level must be “regional” or “provincial”, not “{level}”.</source>
      <translation>El nivel debe ser “regional” o “provincial”, no “{level}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/proyeccion.py" />
      <source>the logistic needs values between 0 and the cap in every year</source>
      <translation>la logística necesita valores entre 0 y el tope en todos los años</translation>
    </message>
    <message>
      <location filename="../prospectiva/proyeccion.py" />
      <source>The logistic projection needs a cap per unit (e.g. its area).</source>
      <translation>La proyección logística necesita un tope por unidad (p. ej., su superficie).</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>The map catalogue has no sheet {number}. Its sheets are: {available}.</source>
      <translation>El catálogo de mapas no tiene la hoja {number}. Sus hojas son: {available}.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>The map catalogue of {path} has no sheet {numbers}. Its sheets are: {available}.</source>
      <translation>El catálogo de mapas de {path} no tiene la(s) lámina(s) {numbers}. Sus láminas son: {available}.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>The map catalogue of {path} is empty: there is nothing to export.</source>
      <translation>El catálogo de mapas de {path} está vacío: no hay nada que exportar.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.py" />
      <source>The matrix has no variables: add them first.</source>
      <translation>La matriz no tiene variables: añádalas primero.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>The matrix has no variables: the first row must hold the column codes and the first column the row codes.</source>
      <translation>La matriz no tiene variables: la primera fila debe contener los códigos de las columnas y la primera columna los de las filas.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <location filename="../prospectiva/micmac.py" />
      <source>The matrix is empty: every cell is 0, so no variable influences another.</source>
      <translation>La matriz está vacía: todas las celdas son 0, así que ninguna variable influye en otra.</translation>
    </message>
    <message>
      <location filename="../prospectiva/micmac.py" />
      <source>The matrix is not square or does not match its {count} codes.</source>
      <translation>La matriz no es cuadrada o no corresponde a sus {count} códigos.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>The matrix is not square: {rows} row code(s) (A2:A{last_row}) and {columns} column code(s) (B1:{last_cell}); {detail}.</source>
      <translation>La matriz no es cuadrada: {rows} código(s) de fila (A2:A{last_row}) y {columns} código(s) de columna (B1:{last_cell}); {detail}.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/editor_matriz.py" />
      <source>The matrix is valid.</source>
      <translation>La matriz es válida.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>The matrix of direct influences aggregates, cell by cell by their {method}, the matrices of {count} experts ({experts}); they disagree on {cells} of its {total} cells (largest spread {spread}).</source>
      <translation>La matriz de influencias directas agrega, celda por celda por su {method}, las matrices de {count} expertos ({experts}); discrepan en {cells} de sus {total} celdas (mayor dispersión {spread}).</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>The matrix of direct influences has {count} variables; it is kept in the POT and can be exported from the Prospective panel.</source>
      <translation>La matriz de influencias directas tiene {count} variables; se conserva en el POT y puede exportarse desde el panel Prospectiva.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>The matrix {source} cannot be used; fix these problems first:</source>
      <translation>La matriz {source} no puede usarse; corrija primero estos problemas:</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz.py" />
      <source>The matrix {source} does not have the same variables as the first expert's: {detail}.</source>
      <translation>La matriz {source} no tiene las mismas variables que la del primer experto: {detail}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/analisis_estructural.py" />
      <source>The matrix “{name}” uses codes that are not variables of the dictionary of {path}: {codes}.</source>
      <translation>La matriz “{name}” usa códigos que no son variables del diccionario de {path}: {codes}.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>The memoria was cancelled; no file was written.</source>
      <translation>Se canceló la memoria; no se escribió ningún archivo.</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>The new “{layer}” has no field {fields}: its links to the dictionary were removed.</source>
      <translation>La nueva “{layer}” no tiene el campo {fields}: se eliminaron sus vínculos con el diccionario.</translation>
    </message>
    <message>
      <location filename="../salidas/observaciones.py" />
      <source>The observations were stored, but the aportes points could not be added to {path}.</source>
      <translation>Las observaciones se guardaron, pero no se pudieron añadir los puntos de aportes a {path}.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>The optimal desirable scenario has not been selected yet.</source>
      <translation>Aún no se ha seleccionado el escenario óptimo deseable.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>The output CRS {crs} is geographic (degrees), where areas are meaningless; the synthesis uses {utm} (UTM zone {zone}) instead. Reproject the ámbito or the first layer to choose another.</source>
      <translation>El SRC de salida {crs} es geográfico (grados), donde las áreas carecen de sentido; la síntesis usa en su lugar {utm} (zona UTM {zone}). Reproyecte el ámbito o la primera capa para elegir otro.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>The output CRS {crs} is geographic and the data are empty: choose a projected CRS.</source>
      <translation>El SRC de salida {crs} es geográfico y los datos están vacíos: elija un SRC proyectado.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>The output layer cannot be created.</source>
      <translation>No se puede crear la capa de salida.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>The output layer refused some units: {error}</source>
      <translation>La capa de salida rechazó algunas unidades: {error}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>The output table cannot be created.</source>
      <translation>No se puede crear la tabla de salida.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>The output table refused the results: {error}</source>
      <translation>La tabla de salida rechazó los resultados: {error}</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>The overlay failed on degenerate geometry ({error}); check the layers with “Check validity”.</source>
      <translation>La superposición falló por una geometría degenerada ({error}); revise las capas con “Comprobar validez”.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>The overlay of the land-cover layers failed.</source>
      <translation>Falló la superposición de las capas de cobertura.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>The panel “{panel}” does not exist.</source>
      <translation>El panel “{panel}” no existe.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>The panel “{panel}” is not available in this version of {plugin} yet.</source>
      <translation>El panel “{panel}” aún no está disponible en esta versión de {plugin}.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the PDF {path} could not be written (QGIS error {code})</source>
      <translation>el PDF {path} no se pudo escribir (error de QGIS {code})</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_comparacion.py" />
      <source>The PDF {path} could not be written (QGIS error {code})</source>
      <translation>No se pudo escribir el PDF {path} (error de QGIS {code})</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>The PDF {path} could not be written.</source>
      <translation>No se pudo escribir el PDF {path}.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>the plan's area</source>
      <translation>el área del plan</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/sintesis.py" />
      <source>The POT already has a layer “{name}”. Replace it with the new units? Saved versions are kept.</source>
      <translation>El POT ya tiene una capa «{name}». ¿Reemplazarla por las nuevas unidades? Las versiones guardadas se conservan.</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>The POT already has a layer “{name}”; choose another name.</source>
      <translation>El POT ya tiene una capa “{name}”; elija otro nombre.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/matriz_dialog.py" />
      <source>The POT already has a matrix “{name}”: choose another name.</source>
      <translation>El POT ya tiene una matriz “{name}”: elija otro nombre.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>The POT already has a scenario “{code}”: choose another code.</source>
      <translation>El POT ya tiene un escenario “{code}”: elija otro código.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/unidades.py" />
      <source>The POT has no registered polygon DIT layer: register some in “Register DIT layer”.</source>
      <translation>El POT no tiene ninguna capa de polígonos del DIT registrada: registre alguna con “Registrar capa del DIT”.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/versiones.py" />
      <source>The POT has no version {n} of the current model.</source>
      <translation>El POT no tiene la versión {n} del modelo actual.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the POT has no ámbito layer to lay the series' sheets over</source>
      <translation>el POT no tiene capa de ámbito sobre la cual trazar las hojas de la serie</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>The POT has no ámbito layer: “{layer}” is copied whole.</source>
      <translation>El POT no tiene capa de ámbito: “{layer}” se copia entera.</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>The POT needs a name.</source>
      <translation>El POT necesita un nombre.</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>The POT was created but could not be opened</source>
      <translation>El POT se creó, pero no se pudo abrir</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>The POT was not created</source>
      <translation>El POT no se creó</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>The POT {path} has no cross-impact judgements yet: import them (JUDGEMENTS).</source>
      <translation>El POT {path} aún no tiene juicios de impacto cruzado: impórtelos (JUDGEMENTS).</translation>
    </message>
    <message>
      <location filename="../salidas/rejilla.py" />
      <source>The POT {path} has no layer with features to lay a grid over.</source>
      <translation>El POT {path} no tiene ninguna capa con entidades sobre la cual trazar una cuadrícula.</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_comparacion.py" />
      <source>The POT {path} has no layer “{layer}” to compare.</source>
      <translation>El POT {path} no tiene ninguna capa “{layer}” para comparar.</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>The POT {path} has no layer “{layer}”.</source>
      <translation>El POT {path} no tiene la capa “{layer}”.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>The POT {path} has no layer “{layer}”: build the territorial units first, or give UNITS.</source>
      <translation>El POT {path} no tiene la capa “{layer}”: construya primero las unidades territoriales, o indique UNITS.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>The POT {path} has no matrix of direct influences yet: give a MATRIX file.</source>
      <translation>El POT {path} aún no tiene matriz de influencias directas: indique un archivo MATRIX.</translation>
    </message>
    <message>
      <location filename="../prospectiva/analisis_estructural.py" />
      <source>The POT {path} has no matrix “{name}”.</source>
      <translation>El POT {path} no tiene la matriz “{name}”.</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>The POT {path} has no observation {number}.</source>
      <translation>El POT {path} no tiene la observación {number}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <location filename="../prospectiva/transicion.py" />
      <source>The POT {path} has no scenario “{code}”.</source>
      <translation>El POT {path} no tiene el escenario “{code}”.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>The POT {path} has no scenario “{code}”: create it first, or give its NAME and TYPE.</source>
      <translation>El POT {path} no tiene el escenario “{code}”: créelo primero, o indique su NAME y su TYPE.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <location filename="../store/escritura.py" />
      <source>The POT {path} has no valid CRS in its metadata.</source>
      <translation>El POT {path} no tiene un SRC válido en sus metadatos.</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>The POT {path} is being written by another program (another QGIS, qgis_process or an algorithm) and was not free within {seconds} s. Nothing was changed; try again when it finishes.</source>
      <translation>Otro programa (otro QGIS, qgis_process o un algoritmo) está escribiendo en el POT {path} y no quedó libre en {seconds} s. No se cambió nada; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
      <location filename="../store/proyecto_qgis.py" />
      <source>The POT {path} kept being changed by another program; nothing was changed. Try again.</source>
      <translation>Otro programa siguió cambiando el POT {path}; no se cambió nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>the POT's</source>
      <translation>el del POT</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>The previous dictionary ({count} variables) is back.</source>
      <translation>
        <numerusform>Se restituyó el diccionario anterior ({count} variable).</numerusform>
        <numerusform>Se restituyó el diccionario anterior ({count} variables).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>The problems layer refused some points: {error}</source>
      <translation>La capa de problemas rechazó algunos puntos: {error}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>The Processing algorithm “{id}” is not available. Is the POT plugin fully installed?</source>
      <translation>El algoritmo de Procesos “{id}” no está disponible. ¿Está el complemento POT completamente instalado?</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>The Processing toolbox is not available: enable the core plugin “Processing”.</source>
      <translation>La caja de herramientas de Procesos no está disponible: active el complemento del núcleo “Processing”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/proyeccion.py" />
      <source>The projection method must be one of {methods}, not “{method}”.</source>
      <translation>El método de proyección debe ser uno de {methods}, no “{method}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/series.py" />
      <source>The projection was cancelled.</source>
      <translation>La proyección se canceló.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>The prospective model has no strategic variable yet: mark them first (structural analysis).</source>
      <translation>El modelo prospectivo aún no tiene variables estratégicas: márquelas primero (análisis estructural).</translation>
    </message>
    <message>
      <location filename="../store/proyecto_qgis.py" />
      <source>The QGIS project could not be saved inside {path}: {error}</source>
      <translation>No se pudo guardar el proyecto QGIS dentro de {path}: {error}</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>the rankings are not yet stable at the cap</source>
      <translation>las jerarquías aún no son estables en el límite</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>the rankings are stable</source>
      <translation>las jerarquías son estables</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_validar_capas_dit.py" />
      <source>The report {path} cannot be written: {error}</source>
      <translation>No se puede escribir el informe {path}: {error}</translation>
    </message>
    <message>
      <location filename="../demo/territorio.py" />
      <source>The sample territory could not be written to {file}: {error}</source>
      <translation>No se pudo escribir el territorio de ejemplo en {file}: {error}</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <source>The scenario layer does not map the variable “{code}” chosen for its style.</source>
      <translation>La capa del escenario no mapea la variable “{code}” elegida para su estilo.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>The scenario “{code}” was selected as the optimal one; select another before deleting it.</source>
      <translation>El escenario “{code}” fue seleccionado como óptimo; seleccione otro antes de eliminarlo.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>The scenarios by the experts' scores (mean ± spread) and their consistency, best first:</source>
      <translation>Los escenarios según los puntajes de los expertos (media ± dispersión) y su consistencia, del mejor al peor:</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>The scenarios side by side: states of the strategic variables and mapped values</source>
      <translation>Los escenarios lado a lado: estados de las variables estratégicas y valores mapeados</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>The second date ({end}) must come after the first ({start}).</source>
      <translation>La segunda fecha ({end}) debe ser posterior a la primera ({start}).</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <source>The sheet keeps its number, size and scale, and shows the layer and variable chosen here.</source>
      <translation>La hoja conserva su número, tamaño y escala, y muestra la capa y la variable elegidas aquí.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>The state of every strategic variable in this scenario (its value is optional):</source>
      <translation>El estado de cada variable estratégica en este escenario (su valor es opcional):</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>The status of an observation must be one of {states}, not “{state}”.</source>
      <translation>El estado de una observación debe ser uno de {states}, no “{state}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>The strategic variable {variable} needs at least two states for the cross-impact analysis.</source>
      <translation>La variable estratégica {variable} necesita al menos dos estados para el análisis de impactos cruzados.</translation>
    </message>
    <message>
      <location filename="../store/estilos.py" />
      <source>The style of “{layer}” could not be saved: {error}</source>
      <translation>No se pudo guardar el estilo de “{layer}”: {error}</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>The supuesto code “{code}” is repeated.</source>
      <translation>El código de supuesto “{code}” está repetido.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>The synthesis failed.</source>
      <translation>La síntesis falló.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>The synthesis was cancelled.</source>
      <translation>Se canceló la síntesis.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>The territorial units have not been characterised yet.</source>
      <translation>Las unidades territoriales aún no se han caracterizado.</translation>
    </message>
    <message>
      <location filename="../prospectiva/micmac.py" />
      <source>The threshold must be “media” or “mediana”, not “{threshold}”.</source>
      <translation>El umbral debe ser “media” o “mediana”, no “{threshold}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/transicion.py" />
      <source>The transition matrix must be square over its {count} classes.</source>
      <translation>La matriz de transición debe ser cuadrada sobre sus {count} clases.</translation>
    </message>
    <message>
      <location filename="../prospectiva/transicion.py" />
      <source>The transition matrix needs two dates, the second after the first.</source>
      <translation>La matriz de transición necesita dos fechas, la segunda posterior a la primera.</translation>
    </message>
    <message>
      <location filename="../prospectiva/transicion.py" />
      <source>The transition matrix sends class {origin} to {classes}, which the map does not have.</source>
      <translation>La matriz de transición envía la clase {origin} a {classes}, que el mapa no tiene.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>The trend where data allow: a series per unit projected to the horizon, or land-cover transitions by Markov steps.</source>
      <translation>La tendencia donde los datos lo permiten: una serie por unidad proyectada al horizonte, o las transiciones de cobertura por pasos de Markov.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/versiones.py" />
      <location filename="../processing_provider/alg_modelo_actual_caracterizar.py" />
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>The units layer cannot be read.</source>
      <translation>No se puede leer la capa de unidades.</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <source>The units layer “{layer}” cannot be read.</source>
      <translation>No se puede leer la capa de unidades “{layer}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <source>The units layer “{layer}” has no pot_uid field: add it to the POT first.</source>
      <translation>La capa de unidades “{layer}” no tiene el campo pot_uid: añádala primero al POT.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>The user guide could not be opened in a web browser.</source>
      <translation>No se pudo abrir la guía del usuario en un navegador web.</translation>
    </message>
    <message>
      <location filename="../diccionario/mapeo_valores.py" />
      <source>The value map file {path} does not exist.</source>
      <translation>El archivo de correspondencia de valores {path} no existe.</translation>
    </message>
    <message>
      <location filename="../diccionario/mapeo_valores.py" />
      <source>The value map names classes that the variable {code} does not have: {classes}.</source>
      <translation>La correspondencia de valores nombra clases que la variable {code} no tiene: {classes}.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>The value mapping of “{layer}” names classes that the variable {code} does not have: {classes}.</source>
      <translation>La correspondencia de valores de “{layer}” nombra clases que la variable {code} no tiene: {classes}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/analisis_estructural.py" />
      <source>The value of P must be 0 or more, not {value}.</source>
      <translation>El valor de P debe ser 0 o más, no {value}.</translation>
    </message>
    <message>
      <location filename="../diccionario/mapeo_valores.py" />
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>The variable {code} is numeric: a value map only applies to categorical variables.</source>
      <translation>La variable {code} es numérica: una correspondencia de valores solo se aplica a variables categóricas.</translation>
    </message>
    <message>
      <location filename="../diccionario/estilo.py" />
      <location filename="../prospectiva/capa_escenario.py" />
      <source>The variable “{code}” has no classes or breaks in the dictionary; add them before styling by it.</source>
      <translation>La variable “{code}” no tiene clases ni intervalos en el diccionario; añádalos antes de simbolizar según ella.</translation>
    </message>
    <message>
      <location filename="../diccionario/repositorio.py" />
      <source>The variable “{code}” is linked to {count} layer field(s); unlink them before deleting it.</source>
      <translation>La variable “{code}” está vinculada a {count} campo(s) de capa; desvincúlelos antes de eliminarla.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>the variable “{code}” is not in the dictionary</source>
      <translation>la variable “{code}” no está en el diccionario</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>The variable “{code}” is used by {what}; remove it there first.</source>
      <translation>La variable “{code}” está en uso en {what}; quítela primero de allí.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>The variable's role in words: its quadrant in the structural analysis (motriz, enlace…) or the team's wording</source>
      <translation>El rol de la variable en palabras: su cuadrante en el análisis estructural (motriz, enlace…) o la redacción del equipo</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>the working copy could not be created</source>
      <translation>no se pudo crear la copia de trabajo</translation>
    </message>
    <message>
      <location filename="../salidas/taller.py" />
      <source>The workshop size must be A0 or A1, not “{size}”.</source>
      <translation>El tamaño para el taller debe ser A0 o A1, no “{size}”.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>The years to the horizon are not a whole number of periods of {years} years: a yearly matrix was derived (negative roots clipped and rows renormalised; largest adjustment {adjustment}).</source>
      <translation>Los años hasta el horizonte no son un número entero de periodos de {years} años: se derivó una matriz anual (raíces negativas recortadas y filas renormalizadas; mayor ajuste {adjustment}).</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>The {count} descriptors admit {combinations} combinations of states; exact enumeration stops at {limit}. Use fewer strategic variables or fewer states per variable.</source>
      <translation>Los {count} descriptores admiten {combinations} combinaciones de estados; la enumeración exacta llega hasta {limit}. Use menos variables estratégicas o menos estados por variable.</translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>The {count} strongest of {total} links of strength 3 (by indirect weight); colour: quadrant</source>
      <translation>Los {count} más fuertes de {total} vínculos de intensidad 3 (por peso indirecto); color: cuadrante</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>the ámbito</source>
      <translation>el ámbito</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>The ámbito layer cannot be opened.</source>
      <translation>No se puede abrir la capa del ámbito.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>The ámbito layer could not be read.</source>
      <translation>No se pudo leer la capa del ámbito.</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>The ámbito layer “{layer}” has no area after repairing its geometries.</source>
      <translation>La capa del ámbito “{layer}” no tiene área tras reparar sus geometrías.</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>The ámbito layer “{layer}” has no polygon to use (empty layer, empty selection or filter, or only empty geometries).</source>
      <translation>La capa del ámbito “{layer}” no tiene ningún polígono utilizable (capa vacía, selección o filtro vacíos, o solo geometrías vacías).</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>The ámbito layer “{layer}” must contain polygons; it has {kind}.</source>
      <translation>La capa del ámbito “{layer}” debe contener polígonos; tiene {kind}.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>The ámbito layer “{name}” has no polygon; choose a polygon layer with the area to plan.</source>
      <translation>La capa del ámbito “{name}” no tiene polígonos; elija una capa de polígonos con el área que se va a planificar.</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>The ámbito spans {count} UTM zones; zone {zone} ({authid}) holds {share} % of its area and was chosen.</source>
      <translation>El ámbito abarca {count} zonas UTM; se eligió la zona {zone} ({authid}), que contiene el {share} % de su área.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/diccionario_dock.py" />
      <source>thematic</source>
      <translation>temática</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Thematic</source>
      <translation>Temática</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <source>Thematic variables</source>
      <translation>Variables temáticas</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Thematic variables of the prospective model (Step 02)</source>
      <translation>Variables temáticas del modelo prospectivo (Paso 02)</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <location filename="../salidas/memoria.py" />
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>then</source>
      <translation>entonces</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>These registered DIT layers cannot be found: {layers}. A copied or moved POT looks for them where they were relative to it: copy them along, or register them again.</source>
      <translation>No se encuentran estas capas registradas del DIT: {layers}. Un POT copiado o movido las busca donde estaban respecto de él: cópielas junto con el POT o vuelva a registrarlas.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Thresholds</source>
      <translation>Umbrales</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.py" />
      <source>Tick at least one sheet to export.</source>
      <translation>Marque al menos una lámina para exportar.</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Tick every sheet</source>
      <translation>Marcar todas las láminas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>tiled series</source>
      <translation>serie en hojas</translation>
    </message>
    <message>
      <location filename="../ui/hoja_dialog.py" />
      <source>Tiled series at the working scale</source>
      <translation>Serie en hojas a la escala de trabajo</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Time horizon</source>
      <translation>Horizonte temporal</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/hoja_dialog.py" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Title (empty: from the layer)</source>
      <translation>Título (vacío: el de la capa)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Title shown in legends (empty: the layer's name)</source>
      <translation>Título que se muestra en las leyendas (vacío: el nombre de la capa)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>To</source>
      <translation>Hacia</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.py" />
      <source>to check</source>
      <translation>por revisar</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Tolerance</source>
      <translation>Tolerancia</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>Tolerated inconsistency</source>
      <translation>Inconsistencia tolerada</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <source>total</source>
      <translation>total</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Total at the horizon</source>
      <translation>Total al horizonte</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Total at the last observed year</source>
      <translation>Total en el último año observado</translation>
    </message>
    <message>
      <location filename="../prospectiva/transicion.py" />
      <source>transition matrix of {variable} ({scenario})</source>
      <translation>matriz de transición de {variable} ({scenario})</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Transition matrix…</source>
      <translation>Matriz de transición…</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/escenarios.ui" />
      <location filename="../ui/prospectiva/variables.py" />
      <source>Trend</source>
      <translation>Tendencia</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Trend (probable)</source>
      <translation>Tendencial (probable)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Trend projection</source>
      <translation>Proyección tendencial</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Trend projection per territorial unit</source>
      <translation>Proyección tendencial por unidad territorial</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Trend projections per territorial unit</source>
      <translation>Proyecciones tendenciales por unidad territorial</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Trend projection…</source>
      <translation>Proyección tendencial…</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Trends, visions, objectives and sectoral proposals, each with its source.</source>
      <translation>Tendencias, visiones, objetivos y propuestas sectoriales, cada uno con su fuente.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>Two POT layers to compare (names separated by commas; empty = alternatives or scenarios)</source>
      <translation>Dos capas del POT a comparar (nombres separados por comas; vacío = alternativas o escenarios)</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <location filename="../ui/hoja_dialog.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Type</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Type of scenario (CEPLAN 2016)</source>
      <translation>Tipo de escenario (CEPLAN 2016)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>uncertain</source>
      <translation>incierto</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/aportes.py" />
      <source>undated</source>
      <translation>sin fecha</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/diccionario_dock.py" />
      <location filename="../ui/prospectiva/comparacion_dialog.py" />
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Unit identifier (empty: pot_uid or the feature id)</source>
      <translation>Identificador de la unidad (vacío: pot_uid o el id de la entidad)</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <source>Unit {unit}: “{value}” for {field} is not a number.</source>
      <translation>Unidad {unit}: “{value}” para {field} no es un número.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/modelo_actual/caracterizacion.ui" />
      <source>Units</source>
      <translation>Unidades</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Units changed</source>
      <translation>Unidades modificadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_caracterizar.py" />
      <source>Units characterised</source>
      <translation>Unidades caracterizadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Units fitted</source>
      <translation>Unidades ajustadas</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>Units merged into a neighbour</source>
      <translation>Unidades fusionadas con una vecina</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/sintesis.ui" />
      <source>Units smaller than this merge into their neighbour with the longest shared border</source>
      <translation>Las unidades menores se fusionan con la vecina con la que comparten el borde más largo</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../prospectiva/matriz_archivo.py" />
      <source>unknown error</source>
      <translation>error desconocido</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>Unknown export format “{format}”; use pdf, png or ambos.</source>
      <translation>Formato de exportación desconocido “{format}”; use pdf, png o ambos.</translation>
    </message>
    <message>
      <location filename="../core/geos.py" />
      <source>unknown geometries</source>
      <translation>geometrías desconocidas</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Untick every sheet</source>
      <translation>Desmarcar todas las láminas</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>Up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <location filename="../ui/salidas/mapas.ui" />
      <source>Update from the POT</source>
      <translation>Actualizar desde el POT</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Use in the layer</source>
      <translation>Usar en la capa</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Use the copy in the registry</source>
      <translation>Usar la copia en el registro</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>User guide</source>
      <translation>Guía del usuario</translation>
    </message>
    <message>
      <location filename="../salidas/hoja.py" />
      <source>UTM grid</source>
      <translation>Cuadrícula UTM</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>valid</source>
      <translation>válida</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Validate the current model of the territorial system</source>
      <translation>Validar el modelo actual del sistema territorial</translation>
    </message>
    <message>
      <location filename="../modelo_actual/versiones.py" />
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>validated</source>
      <translation>validado</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Validation</source>
      <translation>Validación</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Validation and approval</source>
      <translation>Validación y aprobación</translation>
    </message>
    <message>
      <location filename="../ui/salidas_dock.py" />
      <source>Validation checklist</source>
      <translation>Lista de verificación</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Validation process</source>
      <translation>Proceso de validación</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>value</source>
      <translation>valor</translation>
    </message>
    <message>
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>Value in the layer</source>
      <translation>Valor en la capa</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>Value map: one “source value=class code” per line, or a CSV file (optional)</source>
      <translation>Correspondencia de valores: un “valor de origen=código de clase” por línea, o un archivo CSV (opcional)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <source>Value mapping (code=class;code=class)</source>
      <translation>Correspondencia de valores (código=clase;código=clase)</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Value mapping: the layer's code = the variable's class</source>
      <translation>Correspondencia de valores: código de la capa = clase de la variable</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Value of a potential influence (P) in the potential matrices</source>
      <translation>Valor de una influencia potencial (P) en las matrices potenciales</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>Value of P (potential influence) in the potential matrices</source>
      <translation>Valor de P (influencia potencial) en las matrices potenciales</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Value of the indicator in the baseline year</source>
      <translation>Valor del indicador en el año de la línea base</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>Value to add up per year (empty: count the events)</source>
      <translation>Valor que se suma por año (vacío: contar los eventos)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>VALUE_FIELDS needs the VALUES layer.</source>
      <translation>VALUE_FIELDS necesita la capa VALUES.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Values for the selected scenario's layer, from a layer keyed by unit (e.g. a projection):</source>
      <translation>Valores para la capa del escenario elegido, desde una capa con clave por unidad (p. ej., una proyección):</translation>
    </message>
    <message>
      <location filename="../prospectiva/capa_escenario.py" />
      <source>Values given for “{code}”, which is not a variable of the dictionary.</source>
      <translation>Se dieron valores para “{code}”, que no es una variable del diccionario.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>values mapped</source>
      <translation>valores con correspondencia</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_escenarios.py" />
      <source>VALUES OF THE MAPS</source>
      <translation>VALORES DE LOS MAPAS</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Values of “{field}” without a class in {code} (kept, and shown as not in the dictionary): {values}</source>
      <translation>Valores de “{field}” sin clase en {code} (se conservan y se muestran como fuera del diccionario): {values}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>Values of “{field}” without a class in “{code}”: {values}</source>
      <translation>Valores de “{field}” sin clase en “{code}”: {values}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>Values without a class</source>
      <translation>Valores sin clase</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>values without a class of {code}: {values}</source>
      <translation>valores sin clase de {code}: {values}</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>values without a class: {values}</source>
      <translation>valores sin clase: {values}</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/hoja_dialog.py" />
      <location filename="../ui/modelo_actual/capas.ui" />
      <source>Variable</source>
      <translation>Variable</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_estilo_por_variable.py" />
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>Variable code</source>
      <translation>Código de la variable</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_catalogo_mapas.py" />
      <source>Variable code (empty: the layer's first linked one; * : one sheet per linked variable)</source>
      <translation>Código de la variable (vacío: la primera vinculada de la capa; *: una hoja por variable vinculada)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>Variable code (optional)</source>
      <translation>Código de la variable (opcional)</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Variable not deleted</source>
      <translation>Variable no eliminada</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <location filename="../ui/variable_dialog.py" />
      <source>Variable not saved</source>
      <translation>Variable no guardada</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <source>Variable that styles the layer</source>
      <translation>Variable que da estilo a la capa</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>Variable {code}</source>
      <translation>Variable {code}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>Variable {code} from {count} layers, in this order of precedence: {layers}.</source>
      <translation>Variable {code} de {count} capas, en este orden de precedencia: {layers}.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <source>Variable {code} saved.</source>
      <translation>Variable {code} guardada.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Variable {code}, state {state}: the value “{value}” is not a number.</source>
      <translation>Variable {code}, estado {state}: el valor “{value}” no es un número.</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>Variable {code}: a justification must be a potencialidad, limitacion or aptitud, not “{kind}”.</source>
      <translation>Variable {code}: una justificación debe ser una potencialidad, limitación o aptitud, no “{kind}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Variable {code}: every state needs a short code.</source>
      <translation>Variable {code}: cada estado necesita un código corto.</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>Variable {code}: the baseline year {year} is not plausible.</source>
      <translation>Variable {code}: el año de línea base {year} no es verosímil.</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.py" />
      <source>Variable {code}: the baseline “{value}” is not a number.</source>
      <translation>Variable {code}: la línea base “{value}” no es un número.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Variable {code}: the state “{state}” is repeated.</source>
      <translation>Variable {code}: el estado “{state}” está repetido.</translation>
    </message>
    <message>
      <location filename="../prospectiva/escenarios.py" />
      <source>Variable {code}: the state(s) {states} are used by scenarios; change those scenarios first.</source>
      <translation>Variable {code}: el/los estado(s) {states} están en uso en escenarios; cambie primero esos escenarios.</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>Variable {code}: “{label}” is not a {kind} of the current model's characterisation.</source>
      <translation>Variable {code}: “{label}” no es una {kind} de la caracterización del modelo actual.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}, class “{clase}”: “{color}” is not a colour; write it as #RRGGBB.</source>
      <translation>Variable {variable}, clase “{clase}”: “{color}” no es un color; escríbalo como #RRGGBB.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: a class has no label.</source>
      <translation>Variable {variable}: una clase no tiene etiqueta.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: breaks overlap or are out of order.</source>
      <translation>Variable {variable}: los intervalos se superponen o están desordenados.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: every break of a numeric variable needs a minimum and a maximum.</source>
      <translation>Variable {variable}: cada intervalo de una variable numérica necesita un mínimo y un máximo.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: every class of a categorical variable needs a code.</source>
      <translation>Variable {variable}: cada clase de una variable categórica necesita un código.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: repeated class codes: {codigos}.</source>
      <translation>Variable {variable}: códigos de clase repetidos: {codigos}.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: the break {minimo} – {maximo} is empty or reversed.</source>
      <translation>Variable {variable}: el intervalo {minimo} – {maximo} está vacío o invertido.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: the code is already used by another variable.</source>
      <translation>Variable {variable}: el código ya lo usa otra variable.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: the code is required.</source>
      <translation>Variable {variable}: el código es obligatorio.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: the code must start with a letter and use only letters, digits, “_”, “-” or “.” (at most 40).</source>
      <translation>Variable {variable}: el código debe empezar con una letra y usar solo letras, dígitos, “_”, “-” o “.” (40 como máximo).</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: the name is required.</source>
      <translation>Variable {variable}: el nombre es obligatorio.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: the role must be “tematica” or “estrategica”, not “{rol}”.</source>
      <translation>Variable {variable}: el rol debe ser “tematica” o “estrategica”, no “{rol}”.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: the type must be “categorica” or “numerica”, not “{tipo}”.</source>
      <translation>Variable {variable}: el tipo debe ser “categorica” o “numerica”, no “{tipo}”.</translation>
    </message>
    <message>
      <location filename="../diccionario/modelo.py" />
      <source>Variable {variable}: the year {anio} is not plausible.</source>
      <translation>Variable {variable}: el año {anio} no es plausible.</translation>
    </message>
    <message>
      <location filename="../ui/diccionario_dock.py" />
      <source>Variable “{code}” deleted.</source>
      <translation>Variable «{code}» eliminada.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Variable: class or measure (unit)</source>
      <translation>Variable: clase o medida (unidad)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/estructural.py" />
      <location filename="../ui/prospectiva/variables.py" />
      <source>Variables</source>
      <translation>Variables</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Variables dictionary</source>
      <translation>Diccionario de variables</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Variables imported</source>
      <translation>Variables importadas</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Variables of the dictionary not yet in the model</source>
      <translation>Variables del diccionario que aún no están en el modelo</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Variables of the prospective model and their role</source>
      <translation>Variables del modelo prospectivo y su rol</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Variables of the prospective model, chosen from the dictionary. Tick the strategic ones: the structural analysis suggests them and writes each one's quadrant as its role.</source>
      <translation>Variables del modelo prospectivo, elegidas del diccionario. Marque las estratégicas: el análisis estructural las sugiere y escribe el cuadrante de cada una como su rol.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Version layer</source>
      <translation>Capa de la versión</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>Version not saved</source>
      <translation>Versión no guardada</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Version number</source>
      <translation>Número de versión</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>Version {n} saved as “{name}”.</source>
      <translation>Versión {n} guardada como “{name}”.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>Version {n} saved.</source>
      <translation>Versión {n} guardada.</translation>
    </message>
    <message>
      <location filename="../plugin.py" />
      <source>Version, licence and links</source>
      <translation>Versión, licencia y enlaces</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>Versions</source>
      <translation>Versiones</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>Violence</source>
      <translation>Violencia</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <location filename="../ui/prospectiva/variables.py" />
      <source>Vision</source>
      <translation>Visión</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <location filename="../salidas/memoria.py" />
      <source>Vision and target image</source>
      <translation>Visión e imagen objetivo</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Wait until the running task finishes, or cancel it.</source>
      <translation>Espere a que termine la tarea en curso, o cancélela.</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>Waiting for another program (another QGIS, qgis_process or an algorithm) to finish writing {path}…</source>
      <translation>Esperando a que otro programa (otro QGIS, qgis_process o un algoritmo) termine de escribir en {path}…</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.ui" />
      <source>What the variable measures and how</source>
      <translation>Qué mide la variable y cómo</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/estructural.ui" />
      <source>Where the quadrant lines of the plane are drawn</source>
      <translation>Dónde se trazan las líneas de los cuadrantes del plano</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Where the scenario goes when one strategic variable takes another state</source>
      <translation>Adónde va el escenario cuando una variable estratégica toma otro estado</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/matriz_dialog.ui" />
      <source>Who scored it (person or group)</source>
      <translation>Quién lo puntuó (persona o grupo)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.ui" />
      <source>Why this scenario is the optimal desirable one (recorded with the scores it was chosen with)</source>
      <translation>Por qué este escenario es el óptimo deseable (se registra con los puntajes con que se eligió)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Why this variable matters for the territory</source>
      <translation>Por qué esta variable importa para el territorio</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Working scale</source>
      <translation>Escala de trabajo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Working scale (denominator)</source>
      <translation>Escala de trabajo (denominador)</translation>
    </message>
    <message>
      <location filename="../salidas/membrete.py" />
      <source>Working scale 1:{scale}</source>
      <translation>Escala de trabajo 1:{scale}</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes_formulario.py" />
      <location filename="../salidas/formulario.py" />
      <location filename="../salidas/memoria.py" />
      <source>Workshop</source>
      <translation>Taller</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_comparacion.py" />
      <source>Workshop grid</source>
      <translation>Cuadrícula del taller</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <source>Workshop name</source>
      <translation>Nombre del taller</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_importar_observaciones.py" />
      <source>Workshop name (when the form has none)</source>
      <translation>Nombre del taller (si la ficha no lo indica)</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.ui" />
      <source>Workshop of the Comisión Técnica</source>
      <translation>Taller de la Comisión Técnica</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_taller.py" />
      <location filename="../ui/salidas/documentos.py" />
      <source>Workshop pack</source>
      <translation>Paquete del taller</translation>
    </message>
    <message>
      <location filename="../salidas/taller.py" />
      <source>Workshop {date}</source>
      <translation>Taller {date}</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/comparacion_dialog.ui" />
      <source>Write both tables as CSV files</source>
      <translation>Escribir ambos cuadros como archivos CSV</translation>
    </message>
    <message>
      <location filename="../salidas/formulario.py" />
      <source>Write one observation per row. Name the map by its number (Sheet) and the place by the grid cell (Cell): the column letter and the row number of the grid drawn on the comparison sheet and below, e.g. C4. Grid interval: {interval} m.</source>
      <translation>Escriba una observación por fila. Identifique el mapa por su número (Lámina) y el lugar por la celda de la cuadrícula (Celda): la letra de la columna y el número de la fila de la cuadrícula dibujada en la lámina comparativa y más abajo, p. ej. C4. Intervalo de la cuadrícula: {interval} m.</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.ui" />
      <source>Write the memoria…</source>
      <translation>Redactar la memoria…</translation>
    </message>
    <message>
      <location filename="../core/pasos.py" />
      <source>Write the vision and draw the target image of the territory.</source>
      <translation>Redactar la visión y dibujar la imagen objetivo del territorio.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_corregir.py" />
      <source>Writes a corrected copy of a registered DIT layer as a NEW layer of the POT: reprojected to the POT's CRS, geometries made valid, 2-D and linear, mis-decoded text re-decoded (and a file showing “�” re-read as windows-1252). The source is never modified. By default the registry entry then points at the corrected copy (the original source is remembered).</source>
      <translation>Escribe una copia corregida de una capa del DIT registrada como una capa NUEVA del POT: reproyectada al SRC del POT, con las geometrías reparadas, en 2D y lineales, y el texto mal decodificado vuelto a decodificar (un archivo que muestra “�” se vuelve a leer como windows-1252). La fuente nunca se modifica. De forma predeterminada, la entrada del registro pasa a apuntar a la copia corregida (se recuerda la fuente original).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_paquete_minam.py" />
      <source>Writes one zip file for MINAM's favourable opinion: a safe copy of the POT GeoPackage, the PDF of every map (taken from the maps folder, the missing ones exported), the memoria descriptiva (ODT and PDF), ISO 19115 metadata (XML) of each layer and the validation checklist.</source>
      <translation>Escribe un archivo zip para la opinión favorable del MINAM: una copia segura del GeoPackage del POT, el PDF de cada mapa (tomado de la carpeta de mapas; los que faltan se exportan), la memoria descriptiva (ODT y PDF), metadatos ISO 19115 (XML) de cada capa y la lista de verificación de la validación.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_territorio_demo.py" />
      <source>Writes territorio_demo.gpkg, a fictitious province in Ucayali (UTM zone 18S, about 85 × 65 km) to try the plugin without real data. Its layers are: {layers}. Attribute values use the class codes of the default variables dictionary. The output is the same on every run. The folder is created if it does not exist; an existing sample in it is replaced.</source>
      <translation>Escribe territorio_demo.gpkg, una provincia ficticia en Ucayali (zona UTM 18S, de unos 85 × 65 km), para probar el complemento sin datos reales. Sus capas son: {layers}. Los valores de los atributos usan los códigos de clase del diccionario de variables predeterminado. El resultado es el mismo en cada ejecución. La carpeta se crea si no existe; un ejemplo ya existente en ella se reemplaza.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_memoria_descriptiva.py" />
      <source>Writes the memoria descriptiva of the POT as an ODT document (Word and LibreOffice open it) and optionally as PDF: presentation, Chapter I (area tables of the current model by class, in ha and %), II, III, IV (observations and answers) and the annexes (dictionary of variables, list of maps). Each map of the catalogue is a numbered figure: taken from the maps folder (PNG exported by “Export the map series”) or rendered at the given resolution. The narrative texts the team wrote are merged into their chapters. It can be regenerated at any time.</source>
      <translation>Escribe la memoria descriptiva del POT como documento ODT (lo abren Word y LibreOffice) y, opcionalmente, como PDF: presentación, capítulo I (cuadros de área del modelo actual por clase, en ha y %), II, III, IV (observaciones y respuestas) y los anexos (diccionario de variables, relación de mapas). Cada mapa del catálogo es una figura numerada: tomada de la carpeta de mapas (PNG exportados con “Exportar la serie de mapas”) o generada a la resolución indicada. Los textos narrativos redactados por el equipo se integran en sus capítulos. Se puede volver a generar en cualquier momento.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>Writes the POT's dictionary of variables to an XLSX workbook (sheets “variables” and “clases”) or to a CSV file plus “NAME_clases.csv” beside it (UTF-8, which Excel opens with accents and ñ intact). The file can be edited and imported back. An existing file is replaced only once the new one is complete.</source>
      <translation>Escribe el diccionario de variables del POT en un libro XLSX (hojas “variables” y “clases”) o en un archivo CSV más un “NOMBRE_clases.csv” a su lado (UTF-8, que Excel abre con las tildes y la ñ intactas). El archivo se puede editar y volver a importar. Un archivo existente solo se reemplaza cuando el nuevo está completo.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Writing the memoria (ODT)</source>
      <translation>Escribiendo la memoria (ODT)</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>Writing the memoria (PDF)</source>
      <translation>Escribiendo la memoria (PDF)</translation>
    </message>
    <message>
      <location filename="../ui/salidas/documentos.py" />
      <source>Written to {folder}.</source>
      <translation>Escrito en {folder}.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <location filename="../ui/salidas/documentos.py" />
      <source>Written: {path}</source>
      <translation>Escrito: {path}</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <location filename="../ui/prospectiva/variables.py" />
      <location filename="../ui/variable_dialog.ui" />
      <source>Year</source>
      <translation>Año</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/variables.ui" />
      <source>Year of the baseline value</source>
      <translation>Año del valor de la línea base</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.ui" />
      <source>Year the scenario describes (empty: the POT's horizon)</source>
      <translation>Año que describe el escenario (vacío: el horizonte del POT)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>Years</source>
      <translation>Años</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>Years observed</source>
      <translation>Años observados</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>Z/M values</source>
      <translation>valores Z/M</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>ZEE – bio-ecological value</source>
      <translation>ZEE – valor bioecológico</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>ZEE – historical and cultural value</source>
      <translation>ZEE – valor histórico-cultural</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>ZEE – land-use conflicts</source>
      <translation>ZEE – conflictos de uso</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>ZEE – productive value of non-renewable natural resources</source>
      <translation>ZEE – valor productivo de recursos naturales no renovables</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>ZEE – productive value of renewable natural resources</source>
      <translation>ZEE – valor productivo de recursos naturales renovables</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>ZEE – urban-industrial aptitude</source>
      <translation>ZEE – aptitud urbano-industrial</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>ZEE – vulnerability and hazards</source>
      <translation>ZEE – vulnerabilidad y peligros</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Zone identifier</source>
      <translation>Identificador de zona</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>Zones or units (one matrix each)</source>
      <translation>Zonas o unidades (una matriz por cada una)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_matriz_transicion.py" />
      <source>{area} ha have no class at one of the dates and were left out.</source>
      <translation>{area} ha no tienen clase en una de las fechas y se dejaron fuera.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_versiones.py" />
      <source>{changed} of {total} units changed between versions {a} and {b}.</source>
      <translation>{changed} de {total} unidades cambiaron entre las versiones {a} y {b}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>{changed} of {total} units changed.</source>
      <translation>
        <numerusform>{changed} de {total} unidad cambió.</numerusform>
        <numerusform>{changed} de {total} unidades cambiaron.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/variables.py" />
      <source>{count} analyses saved.</source>
      <translation>
        <numerusform>{count} análisis guardado.</numerusform>
        <numerusform>{count} análisis guardados.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/ejes.py" />
      <source>{count} axes proposed; rename and regroup them, then save.</source>
      <translation>
        <numerusform>{count} eje propuesto; renómbrelo y reagrúpelo, luego guarde.</numerusform>
        <numerusform>{count} ejes propuestos; renómbrelos y reagrúpelos, luego guarde.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/ejes.py" />
      <source>{count} axes saved.</source>
      <translation>
        <numerusform>{count} eje guardado.</numerusform>
        <numerusform>{count} ejes guardados.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>{count} causal relations saved.</source>
      <translation>
        <numerusform>{count} relación causal guardada.</numerusform>
        <numerusform>{count} relaciones causales guardadas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_consistencia_escenarios.py" />
      <source>{count} consistent scenario(s) among {combinations} combinations.</source>
      <translation>{count} escenario(s) consistente(s) entre {combinations} combinaciones.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>{count} consistent scenarios among {combinations} combinations.</source>
      <translation>
        <numerusform>{count} escenario consistente entre {combinations} combinaciones.</numerusform>
        <numerusform>{count} escenarios consistentes entre {combinations} combinaciones.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>{count} default variables added.</source>
      <translation>
        <numerusform>Se añadió {count} variable predeterminada.</numerusform>
        <numerusform>Se añadieron {count} variables predeterminadas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>{count} event(s) fall outside every unit and were not counted.</source>
      <translation>{count} evento(s) caen fuera de toda unidad y no se contaron.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/estructural.py" />
      <source>{count} experts ({method}).</source>
      <translation>
        <numerusform>{count} experto ({method}).</numerusform>
        <numerusform>{count} expertos ({method}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>{count} feature(s) of “{layer}” without geometry were ignored.</source>
      <translation>Se ignoraron {count} entidad(es) de “{layer}” sin geometría.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>{count} features copied into the POT as “{name}”.</source>
      <translation>{count} entidades copiadas al POT como “{name}”.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>{count} features received a stable identifier.</source>
      <translation>{count} entidades recibieron un identificador estable.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/graficos_dialog.py" />
      <source>{count} files written to {folder}.</source>
      <translation>
        <numerusform>{count} archivo escrito en {folder}.</numerusform>
        <numerusform>{count} archivos escritos en {folder}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_anadir_capa.py" />
      <source>{count} invalid geometries repaired (make valid).</source>
      <translation>{count} geometrías inválidas reparadas (make valid).</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>{count} invalid geometry(ies) of “{layer}” were repaired (make valid) before use.</source>
      <translation>Se repararon {count} geometría(s) no válida(s) de “{layer}” (make valid) antes de usarlas.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>{count} judgements saved.</source>
      <translation>
        <numerusform>{count} juicio guardado.</numerusform>
        <numerusform>{count} juicios guardados.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../prospectiva/graficos.py" />
      <source>{count} links of strength 3 (arrow: influences); colour: quadrant of the direct plane</source>
      <translation>{count} vínculos de intensidad 3 (flecha: influye en); color: cuadrante del plano directo</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_vincular_variable.py" />
      <source>{count} links recorded for “{layer}”.</source>
      <translation>{count} vínculos registrados para “{layer}”.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_analisis_estructural.py" />
      <source>{count} matri(ces) of {n} variables.</source>
      <translation>{count} matriz(ces) de {n} variables.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_importar_observaciones.py" />
      <source>{count} observations imported.</source>
      <translation>{count} observaciones importadas.</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>{count} observations, {pending} pending</source>
      <translation>{count} observaciones, {pending} pendientes</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>{count} problems</source>
      <translation>{count} problemas</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>{count} relations proposed from the matrix.</source>
      <translation>
        <numerusform>{count} relación propuesta desde la matriz.</numerusform>
        <numerusform>{count} relaciones propuestas desde la matriz.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>{count} rules saved.</source>
      <translation>
        <numerusform>{count} regla guardada.</numerusform>
        <numerusform>{count} reglas guardadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>{count} scores saved.</source>
      <translation>
        <numerusform>{count} puntaje guardado.</numerusform>
        <numerusform>{count} puntajes guardados.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>{count} sheets</source>
      <translation>{count} láminas</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/salidas/mapas.py" />
      <source>{count} sheets exported to {folder}.</source>
      <translation>
        <numerusform>{count} lámina exportada a {folder}.</numerusform>
        <numerusform>{count} láminas exportadas a {folder}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>{count} states of {code} saved.</source>
      <translation>
        <numerusform>{count} estado de {code} guardado.</numerusform>
        <numerusform>{count} estados de {code} guardados.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>{count} strategic axis(es).</source>
      <translation>{count} eje(s) estratégico(s).</translation>
    </message>
    <message>
      <location filename="../prospectiva/avance.py" />
      <source>{count} strategic variable(s).</source>
      <translation>{count} variable(s) estratégica(s).</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>{count} strategic variables with states: {combinations} combinations; {judged} judgements.</source>
      <translation>{count} variables estratégicas con estados: {combinations} combinaciones; {judged} juicios.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>{count} supuestos saved.</source>
      <translation>
        <numerusform>{count} supuesto guardado.</numerusform>
        <numerusform>{count} supuestos guardados.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>{count} territorial units characterised.</source>
      <translation>
        <numerusform>{count} unidad territorial caracterizada.</numerusform>
        <numerusform>{count} unidades territoriales caracterizadas.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <source>{count} territorial units stored in the POT as “{name}”.</source>
      <translation>{count} unidades territoriales guardadas en el POT como “{name}”.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/sintesis.py" />
      <source>{count} territorial units stored in the POT.</source>
      <translation>
        <numerusform>{count} unidad territorial guardada en el POT.</numerusform>
        <numerusform>{count} unidades territoriales guardadas en el POT.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>{count} territorial units written.</source>
      <translation>{count} unidades territoriales escritas.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_proyeccion_tendencial.py" />
      <source>{count} unit(s) could not be fitted by the {method} method (first: {units}); see the field nota.</source>
      <translation>{count} unidad(es) no pudieron ajustarse por el método {method} (primeras: {units}); vea el campo nota.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_caracterizar.py" />
      <source>{count} units characterised.</source>
      <translation>{count} unidades caracterizadas.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>{count} units under {min} ha ({area} ha in all) were merged into their neighbour with the longest shared border.</source>
      <translation>{count} unidades de menos de {min} ha ({area} ha en total) se fusionaron con la vecina con la que comparten el borde más largo.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>{count} units under {min} ha have no neighbour and were kept.</source>
      <translation>{count} unidades de menos de {min} ha no tienen vecina y se conservaron.</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/prospectiva/escenarios.py" />
      <source>{count} values edited in the layer were kept.</source>
      <translation>
        <numerusform>Se conservó {count} valor editado en la capa.</numerusform>
        <numerusform>Se conservaron {count} valores editados en la capa.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/mapeo_valores_dialog.py" />
      <source>{count} values without a class ({features} features): {values}</source>
      <translation>{count} valores sin clase ({features} entidades): {values}</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_diccionario.py" />
      <source>{count} variable(s) imported from {path}.</source>
      <translation>{count} variable(s) importada(s) desde {path}.</translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>{count} variables</source>
      <translation>{count} variables</translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>{count} variables exported to {path}.</source>
      <translation>
        <numerusform>{count} variable exportada a {path}.</numerusform>
        <numerusform>{count} variables exportadas a {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../prospectiva/avance.py" />
      <source>{count} variables of the dictionary have no role.</source>
      <translation>
        <numerusform>{count} variable del diccionario no tiene rol.</numerusform>
        <numerusform>{count} variables del diccionario no tienen rol.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../salidas/validacion.py" />
      <source>{done} of {total} sheets in {folder}</source>
      <translation>{done} de {total} láminas en {folder}</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>{error} Sheet {sheet} uses the built-in design.</source>
      <translation>{error} La lámina {sheet} usa el diseño incorporado.</translation>
    </message>
    <message>
      <location filename="../salidas/exportar.py" />
      <source>{error} The layers are read directly from the GeoPackage.</source>
      <translation>{error} Las capas se leen directamente del GeoPackage.</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>{file}, cell {cell} ({origin} → {destination}): “{value}” is not a whole number from −3 to +3.</source>
      <translation>{file}, celda {cell} ({origin} → {destination}): “{value}” no es un número entero de −3 a +3.</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>{file}, cell {cell}: the value has no column header.</source>
      <translation>{file}, celda {cell}: el valor no tiene encabezado de columna.</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>{file}, cell {cell}: {error}</source>
      <translation>{file}, celda {cell}: {error}</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>{file}, cell {cell}: “{text}” is not VARIABLE{sep}state.</source>
      <translation>{file}, celda {cell}: “{text}” no es VARIABLE{sep}estado.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>{kind} of the territorial units ({layer})</source>
      <translation>{kind} de las unidades territoriales ({layer})</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>{kind}: {label} – {area} ha</source>
      <translation>{kind}: {label} – {area} ha</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>{name} (corrected)</source>
      <translation>{name} (corregida)</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/evaluacion.py" />
      <source>{name} (selected {date}).</source>
      <translation>{name} (seleccionado el {date}).</translation>
    </message>
    <message>
      <location filename="../salidas/memoria_prospectiva.py" />
      <source>{name}, selected on {date}.</source>
      <translation>{name}, seleccionado el {date}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} curved geometries</source>
      <translation>
        <numerusform>{n} geometría curva</numerusform>
        <numerusform>{n} geometrías curvas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} empty geometries</source>
      <translation>
        <numerusform>{n} geometría vacía</numerusform>
        <numerusform>{n} geometrías vacías</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} features without geometry</source>
      <translation>
        <numerusform>{n} entidad sin geometría</numerusform>
        <numerusform>{n} entidades sin geometría</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/revision.py" />
      <source>{n} geometries repaired,</source>
      <translation>
        <numerusform>{n} geometría reparada,</numerusform>
        <numerusform>{n} geometrías reparadas,</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} invalid geometries</source>
      <translation>
        <numerusform>{n} geometría no válida</numerusform>
        <numerusform>{n} geometrías no válidas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/revision.py" />
      <source>{n} layers to check; their problems are listed below.</source>
      <translation>
        <numerusform>{n} capa por revisar; sus problemas se listan abajo.</numerusform>
        <numerusform>{n} capas por revisar; sus problemas se listan abajo.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} mis-decoded texts</source>
      <translation>
        <numerusform>{n} texto mal decodificado</numerusform>
        <numerusform>{n} textos mal decodificados</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/revision.py" />
      <source>{n} texts re-decoded; the registry now uses the copy.</source>
      <translation>
        <numerusform>{n} texto recodificado; el registro usa ahora la copia.</numerusform>
        <numerusform>{n} textos recodificados; el registro usa ahora la copia.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} texts with replacement characters</source>
      <translation>
        <numerusform>{n} texto con caracteres de reemplazo</numerusform>
        <numerusform>{n} textos con caracteres de reemplazo</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.py" />
      <source>{path} already exists; choose a new file name (a POT is never overwritten).</source>
      <translation>{path} ya existe; elija un nuevo nombre de archivo (un POT nunca se sobrescribe).</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>{path} already exists; choose a new file name. Nothing was changed.</source>
      <translation>{path} ya existe; elija un nuevo nombre de archivo. No se modificó nada.</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>{path} already holds a POT; choose another file name. Nothing was changed.</source>
      <translation>{path} ya contiene un POT; elija otro nombre de archivo. No se modificó nada.</translation>
    </message>
    <message>
      <location filename="../salidas/observaciones.py" />
      <source>{path} could not be read as XLSX: {error}</source>
      <translation>{path} no se pudo leer como XLSX: {error}</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../prospectiva/matriz_archivo.py" />
      <source>{path} could not be read as {format}: {error}</source>
      <translation>{path} no se pudo leer como {format}: {error}</translation>
    </message>
    <message>
      <location filename="../store/codificacion.py" />
      <source>{path} declares no text encoding (no .cpg file) and is not UTF-8: it was read as Latin-1 (ISO-8859-1). If its accents look wrong, choose its encoding and add it again.</source>
      <translation>{path} no declara su codificación de texto (no tiene archivo .cpg) y no está en UTF-8: se leyó como Latin-1 (ISO-8859-1). Si las tildes se ven mal, elija su codificación y vuelva a añadirla.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{path} has merged cells ({cells}): merged cells are read as blanks, so values would be lost. Unmerge them and fill every cell, then import again.</source>
      <translation>{path} tiene celdas combinadas ({cells}): las celdas combinadas se leen en blanco y se perderían valores. Sepárelas, llene cada celda y vuelva a importar.</translation>
    </message>
    <message>
      <location filename="../salidas/catalogo.py" />
      <source>{path} has no map catalogue table ({table}); open it once with this version of the plugin to update it.</source>
      <translation>{path} no tiene la tabla del catálogo de mapas ({table}); ábralo una vez con esta versión del complemento para actualizarlo.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{path} has no sheet “{sheet}” (or it is empty): the variables were read without classes.</source>
      <translation>{path} no tiene la hoja “{sheet}” (o está vacía): las variables se leyeron sin clases.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz_archivo.py" />
      <source>{path} has no sheet “{sheet}” (sheets found: {found}).</source>
      <translation>{path} no tiene la hoja “{sheet}” (hojas encontradas: {found}).</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{path} has no sheet “{sheet}” with data (sheets found: {found}).</source>
      <translation>{path} no tiene una hoja “{sheet}” con datos (hojas encontradas: {found}).</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>{path} holds an unfinished write left by a crash ({journal}). It is undone automatically when the POT is opened from a writable folder: make this folder writable, or copy both files to one, and open it again.</source>
      <translation>{path} tiene una escritura inconclusa que dejó una caída del programa ({journal}). Se deshace sola al abrir el POT desde una carpeta con permiso de escritura: dé permiso de escritura a esta carpeta, o copie ambos archivos a una que lo tenga, y vuelva a abrirlo.</translation>
    </message>
    <message>
      <location filename="../store/pot_store.py" />
      <source>{path} is a GeoPackage but not a POT: it has no POT tables. Create a POT with “New POT”.</source>
      <translation>{path} es un GeoPackage, pero no un POT: no tiene tablas de POT. Cree un POT con “Nuevo POT”.</translation>
    </message>
    <message>
      <location filename="../store/proyecto_qgis.py" />
      <location filename="../store/proyecto_xml.py" />
      <source>{path} is a POT but its QGIS project could not be read: {error}</source>
      <translation>{path} es un POT, pero no se pudo leer su proyecto QGIS: {error}</translation>
    </message>
    <message>
      <location filename="../store/pot_store.py" />
      <source>{path} is an SQLite file but not a GeoPackage.</source>
      <translation>{path} es un archivo SQLite, pero no un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../store/conexion.py" />
      <source>{path} is not a GeoPackage (or it is damaged).</source>
      <translation>{path} no es un GeoPackage (o está dañado).</translation>
    </message>
    <message>
      <location filename="../store/pot_store.py" />
      <source>{path} is not a GeoPackage.</source>
      <translation>{path} no es un GeoPackage.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{path} is not UTF-8: it was read as {encoding}. Save it as “CSV UTF-8” to keep accents safe.</source>
      <translation>{path} no está en UTF-8: se leyó como {encoding}. Guárdelo como “CSV UTF-8” para conservar las tildes.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{path} is {size} MB: a dictionary file can be at most {max} MB. Is it the right file?</source>
      <translation>{path} pesa {size} MB: un archivo de diccionario puede pesar como máximo {max} MB. ¿Es el archivo correcto?</translation>
    </message>
    <message>
      <location filename="../store/pot_store.py" />
      <source>{path} was saved by a newer version of POT Cartografía (schema {found}; this version knows up to {known}). Update the plugin; the file was not modified.</source>
      <translation>{path} se guardó con una versión más reciente de POT Cartografía (esquema {found}; esta versión conoce hasta el {known}). Actualice el complemento; el archivo no se modificó.</translation>
    </message>
    <message>
      <location filename="../diccionario/mapeo_valores.py" />
      <source>{path}, row {row}: a value map needs two columns, the source value and the class code.</source>
      <translation>{path}, fila {row}: una correspondencia de valores necesita dos columnas, el valor de origen y el código de clase.</translation>
    </message>
    <message>
      <location filename="../salidas/observaciones.py" />
      <source>{path}, row {row}: the cell “{cell}” is not on the workshop grid (columns A–{last}, rows 1–{rows}).</source>
      <translation>{path}, fila {row}: la celda “{cell}” no está en la cuadrícula del taller (columnas A–{last}, filas 1–{rows}).</translation>
    </message>
    <message>
      <location filename="../salidas/observaciones.py" />
      <source>{path}, row {row}: the sheet “{sheet}” is not in the map catalogue.</source>
      <translation>{path}, fila {row}: la lámina “{sheet}” no está en el catálogo de mapas.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{path}: a dictionary file must be .xlsx or .csv, not “{extension}”.</source>
      <translation>{path}: un archivo de diccionario debe ser .xlsx o .csv, no “{extension}”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/matriz_archivo.py" />
      <source>{path}: a matrix file must be .csv or .xlsx, not “{extension}”.</source>
      <translation>{path}: un archivo de matriz debe ser .csv o .xlsx, no “{extension}”.</translation>
    </message>
    <message>
      <location filename="../salidas/observaciones.py" />
      <source>{path}: the column “texto” (the observation) is missing; use the form of the workshop pack.</source>
      <translation>{path}: falta la columna “texto” (la observación); use la ficha del paquete del taller.</translation>
    </message>
    <message>
      <location filename="../salidas/observaciones.py" />
      <source>{path}: the filled form must be an .xlsx or .csv file.</source>
      <translation>{path}: la ficha llenada debe ser un archivo .xlsx o .csv.</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_comparacion.py" />
      <source>{plan} – grid cells: column letter and row number (e.g. C4); interval {interval} m.</source>
      <translation>{plan} – celdas de la cuadrícula: letra de la columna y número de la fila (p. ej. C4); intervalo {interval} m.</translation>
    </message>
    <message>
      <location filename="../prospectiva/proyeccion.py" />
      <source>{source}: a projection needs a series of at least two years; it has {count} ({years}).</source>
      <translation>{source}: una proyección necesita una serie de al menos dos años; tiene {count} ({years}).</translation>
    </message>
    <message>
      <location filename="../prospectiva/proyeccion.py" />
      <source>{source}: the unit {unit} has no value for {year} (a gap in its series; {count} gap(s) in all). Fill the gaps or leave that year out.</source>
      <translation>{source}: la unidad {unit} no tiene valor para {year} (un vacío en su serie; {count} vacío(s) en total). Complete los vacíos o deje fuera ese año.</translation>
    </message>
    <message>
      <location filename="../prospectiva/proyeccion.py" />
      <source>{source}: the year {year} appears twice in the series.</source>
      <translation>{source}: el año {year} aparece dos veces en la serie.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{table} has more than {max} rows: too many for a dictionary of variables. Is it the right file?</source>
      <translation>{table} tiene más de {max} filas: demasiadas para un diccionario de variables. ¿Es el archivo correcto?</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{table} has no variables (only a header, or empty rows).</source>
      <translation>{table} no tiene variables (solo un encabezado o filas vacías).</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{table} lacks the required column(s) {missing} (columns found: {found}).</source>
      <translation>{table}: falta(n) la(s) columna(s) obligatoria(s) {missing} (columnas encontradas: {found}).</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{table} looks like a table of classes, not of variables: choose the variables file instead.</source>
      <translation>{table} parece una tabla de clases, no de variables: elija en su lugar el archivo de variables.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{table}, row {row}: the class refers to the variable “{code}”, which is not in {variables}.</source>
      <translation>{table}, fila {row}: la clase se refiere a la variable “{code}”, que no está en {variables}.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{table}, row {row}: the code “{code}” is repeated (first in row {first}).</source>
      <translation>{table}, fila {row}: el código “{code}” está repetido (primero en la fila {first}).</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{table}, row {row}: the year “{value}” is not a whole number.</source>
      <translation>{table}, fila {row}: el año “{value}” no es un número entero.</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{table}, row {row}: {column} “{value}” is not a number (write decimals with a point, e.g. 1.5).</source>
      <translation>{table}, fila {row}: {column} “{value}” no es un número (escriba los decimales con punto, p. ej. 1.5).</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <source>{table}: unknown column(s) ignored: {columns}.</source>
      <translation>{table}: columna(s) desconocida(s) ignorada(s): {columns}.</translation>
    </message>
    <message>
      <location filename="../salidas/estilos.py" />
      <source>{value} (not in the dictionary)</source>
      <translation>{value} (fuera del diccionario)</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>{where}: “{code}” is not a variable of the dictionary.</source>
      <translation>{where}: “{code}” no es una variable del diccionario.</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Ámbito</source>
      <translation>Ámbito</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_sintesis_modelo_actual.py" />
      <source>Ámbito (area to plan)</source>
      <translation>Ámbito (área a planificar)</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_crear_proyecto.py" />
      <source>Ámbito (polygon layer)</source>
      <translation>Ámbito (capa de polígonos)</translation>
    </message>
    <message>
      <location filename="../ui/nuevo_pot_dialog.ui" />
      <source>Ámbito name</source>
      <translation>Nombre del ámbito</translation>
    </message>
    <message>
      <location filename="../store/crear_pot.py" />
      <source>Ámbito of the POT</source>
      <translation>Ámbito del POT</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>–</source>
      <translation>–</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>– none –</source>
      <translation>– ninguno –</translation>
    </message>
    <message>
      <location filename="../prospectiva/variables.py" />
      <source>“{code}” is not a variable of the prospective model.</source>
      <translation>“{code}” no es una variable del modelo prospectivo.</translation>
    </message>
    <message>
      <location filename="../diccionario/mapeo_valores.py" />
      <source>“{line}” is not a value mapping; write one “source value=class code” per line.</source>
      <translation>“{line}” no es una correspondencia de valores; escriba un “valor de origen=código de clase” por línea.</translation>
    </message>
    <message>
      <location filename="../prospectiva/analisis_estructural.py" />
      <source>“{name}” (POT)</source>
      <translation>“{name}” (POT)</translation>
    </message>
    <message>
      <location filename="../salidas/rutas.py" />
      <source>“{name}” cannot be a file name inside {folder}.</source>
      <translation>“{name}” no puede ser un nombre de archivo dentro de {folder}.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>“{name}” copied into the POT as “{out}”: {fixed} geometries repaired, {texts} texts re-decoded.</source>
      <translation>“{name}” copiada al POT como “{out}”: {fixed} geometrías reparadas, {texts} textos redecodificados.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/sintesis.py" />
      <source>“{name}” has no coordinate reference system; assign one (a projected one, in metres) first.</source>
      <translation>“{name}” no tiene sistema de referencia de coordenadas; asígnele primero uno (proyectado, en metros).</translation>
    </message>
    <message>
      <location filename="../modelo_actual/validacion.py" />
      <source>“{name}” is a raster: only vector layers can be corrected here.</source>
      <translation>“{name}” es un ráster: aquí solo se pueden corregir capas vectoriales.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <source>“{name}” is not a contributions layer.</source>
      <translation>“{name}” no es una capa de aportes.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_unidades.py" />
      <location filename="../store/escritura.py" />
      <source>“{name}” is not a valid POT layer name: use lowercase letters, digits and “_”, starting with a letter.</source>
      <translation>“{name}” no es un nombre válido de capa del POT: use letras minúsculas, dígitos y “_”, empezando por una letra.</translation>
    </message>
    <message>
      <location filename="../store/escritura.py" />
      <source>“{name}” is the name of a POT table; choose another name.</source>
      <translation>“{name}” es el nombre de una tabla del POT; elija otro nombre.</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_modelo_actual_registrar.py" />
      <source>“{name}” registered as a DIT layer ({theme}) with {count} mapped fields.</source>
      <translation>“{name}” registrada como capa del DIT ({theme}) con {count} campos asociados.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.py" />
      <source>“{name}” registered.</source>
      <translation>“{name}” registrada.</translation>
    </message>
    <message>
      <location filename="../ui/modelo_actual/capas.py" />
      <source>“{name}” removed from the registry; its source is untouched.</source>
      <translation>«{name}» quitada del registro; su fuente no se tocó.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>“{pair}” is not a value mapping; write it as code=class, separated by “;” (e.g. 1=ZP;2=ZPC).</source>
      <translation>“{pair}” no es una correspondencia de valores; escríbala como código=clase, separadas por “;” (p. ej. 1=ZP;2=ZPC).</translation>
    </message>
    <message>
      <location filename="../processing_provider/alg_capa_escenario.py" />
      <location filename="../processing_provider/alg_modelo_actual_caracterizar.py" />
      <source>“{pair}” is not field=VARIABLE.</source>
      <translation>“{pair}” no tiene la forma campo=VARIABLE.</translation>
    </message>
    <message>
      <location filename="../salidas/memoria.py" />
      <source>“{section}” is not a section of the memoria; the sections are: {sections}.</source>
      <translation>“{section}” no es una sección de la memoria; las secciones son: {sections}.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/versiones.py" />
      <source>“{state}” is not a state of the model; use “preliminar” or “validado”.</source>
      <translation>“{state}” no es un estado del modelo; use “preliminar” o “validado”.</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>“{state}” is not a state of {variable} (states: {states}).</source>
      <translation>“{state}” no es un estado de {variable} (estados: {states}).</translation>
    </message>
    <message>
      <location filename="../modelo_actual/aportes.py" />
      <source>“{state}” is not a status of a contribution; use pendiente, incorporado or descartado.</source>
      <translation>“{state}” no es un estado de un aporte; use pendiente, incorporado o descartado.</translation>
    </message>
    <message>
      <location filename="../modelo_actual/registro.py" />
      <source>“{theme}” is not a DIT theme; use one of: {themes}.</source>
      <translation>“{theme}” no es un tema del DIT; use uno de estos: {themes}.</translation>
    </message>
    <message>
      <location filename="../prospectiva/cib.py" />
      <source>“{variable}” is not a descriptor of the cross-impact analysis (a strategic variable with states).</source>
      <translation>“{variable}” no es un descriptor del análisis de impactos cruzados (una variable estratégica con estados).</translation>
    </message>
    <message>
      <location filename="../diccionario/intercambio.py" />
      <location filename="../prospectiva/matriz.py" />
      <source>… and {count} more problem(s).</source>
      <translation>… y {count} problema(s) más.</translation>
    </message>
    <message>
      <location filename="../salidas/hoja_escenarios.py" />
      <source>… and {count} more rows</source>
      <translation>… y {count} filas más</translation>
    </message>
    <message>
      <location filename="../ui/prospectiva/supuestos.py" />
      <source>− harms</source>
      <translation>− perjudica</translation>
    </message>
    <message>
      <location filename="../ui/variable_dialog.py" />
      <source>✔ Ready to save.</source>
      <translation>✔ Listo para guardar.</translation>
    </message>
  </context>
</TS>
