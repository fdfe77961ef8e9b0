<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>pot</name>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>Delete the variable “{code}” ({name}) and its {count} classes from the dictionary?</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>Imported from {path}; the dictionary now has {count} variables.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>The dictionary has {count} variables. Replace them all with the imported ones, or merge (variables with the same code are replaced, the others kept)?</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>The previous dictionary ({count} variables) is back.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/versiones.py" />
      <source>{changed} of {total} units changed.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>{count} default variables added.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>{count} rules saved.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/salidas/mapas.py" />
      <source>{count} sheets exported to {folder}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/caracterizacion.py" />
      <source>{count} territorial units characterised.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/sintesis.py" />
      <source>{count} territorial units stored in the POT.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/diccionario_dock.py" />
      <source>{count} variables exported to {path}.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} curved geometries</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} empty geometries</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} features without geometry</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/revision.py" />
      <source>{n} geometries repaired,</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} invalid geometries</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/revision.py" />
      <source>{n} layers to check; their problems are listed below.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} mis-decoded texts</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../ui/modelo_actual/revision.py" />
      <source>{n} texts re-decoded; the registry now uses the copy.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../modelo_actual/validacion.py" />
      <source>{n} texts with replacement characters</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
      </translation>
    </message>
  </context>
</TS>
