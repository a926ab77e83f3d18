<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Argparse</name>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>faltan estos argumentos: {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
        <source>{option}: expected one argument</source>
        <translation>{option}: se esperaba un valor</translation>
    </message>
    <message>
        <source>{option}: invalid choice: {value} (choose from {choices})</source>
        <translation>{option}: opción no válida: {value} (elige entre {choices})</translation>
    </message>
    <message>
        <source>{option}: {value} is not a valid {kind} value</source>
        <translation>{option}: {value} no es un valor {kind} válido</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opción ambigua: {option} puede ser {matches}</translation>
    </message>
    <message>
        <source>{option}: not allowed with {other}</source>
        <translation>{option}: no se permite junto con {other}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>the default output</source>
        <translation>la salida predeterminada</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>no hay salida de audio</translation>
    </message>
    <message>
        <source>the audio output is asleep</source>
        <translation>la salida de audio está en reposo</translation>
    </message>
    <message>
        <source>the sound server is not answering</source>
        <translation>el servidor de sonido no responde</translation>
    </message>
    <message>
        <source>the audio output is starting</source>
        <translation>la salida de audio se está iniciando</translation>
    </message>
    <message>
        <source>late by {milliseconds} ms</source>
        <translation>con {milliseconds} ms de retraso</translation>
    </message>
</context>
<context>
    <name>BadRow</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>BlockLineView</name>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
</context>
<context>
    <name>BlockLoadRows</name>
    <message>
        <source>0 = bodyweight, or the weight you hold</source>
        <translation>0 = peso corporal, o el peso que sostienes</translation>
    </message>
    <message>
        <source>{number} · {exercise} (held)</source>
        <translation>{number} · {exercise} (sostenido)</translation>
    </message>
    <message>
        <source>Load for block {number}, {exercise}</source>
        <translation>Carga del bloque {number}, {exercise}</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <source>{exercise} {sets} × {reps} each side, tempo {tempo}, rest {rest} s</source>
        <translation>{exercise} {sets} × {reps} por lado, tempo {tempo}, descanso {rest} s</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps}, tempo {tempo}, rest {rest} s</source>
        <translation>{exercise} {sets} × {reps}, tempo {tempo}, descanso {rest} s</translation>
    </message>
    <message>
        <source>left or right</source>
        <translation>izquierdo o derecho</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>uno de {allowed}</translation>
    </message>
    <message>
        <source>unknown exercise</source>
        <translation>ejercicio desconocido</translation>
    </message>
    <message>
        <source>only on a one-sided exercise ({exercises})</source>
        <translation>solo en un ejercicio unilateral ({exercises})</translation>
    </message>
    <message>
        <source>{exercise} works both legs at once: it has no sides</source>
        <translation>{exercise} trabaja las dos piernas a la vez: no tiene lados</translation>
    </message>
    <message>
        <source>block {number}</source>
        <translation>bloque {number}</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>un objeto con {fields}</translation>
    </message>
    <message>
        <source>an exercise id</source>
        <translation>un id de ejercicio</translation>
    </message>
    <message>
        <source>block {number} ({exercise})</source>
        <translation>bloque {number} ({exercise})</translation>
    </message>
    <message>
        <source>block fields: {fields}</source>
        <translation>campos del bloque: {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>a list of 1 to {most} blocks</source>
        <translation>una lista de 1 a {most} bloques</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <source>{count} block</source>
        <translation>{count} bloque</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>{count} bloques</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>BlocksForm</name>
    <message>
        <source>1 to {most} exercises</source>
        <translation>de 1 a {most} ejercicios</translation>
    </message>
    <message>
        <source>{sets} × {reps} each side, {tempo}, rest {rest} s</source>
        <translation>{sets} × {reps} por lado, {tempo}, descanso {rest} s</translation>
    </message>
    <message>
        <source>{sets} × {reps}, {tempo}, rest {rest} s</source>
        <translation>{sets} × {reps}, {tempo}, descanso {rest} s</translation>
    </message>
    <message>
        <source>{number}. {exercise} — ⚠ check {fields}</source>
        <translation>{number}. {exercise} — ⚠ revisa {fields}</translation>
    </message>
    <message>
        <source>{exercise} (each side)</source>
        <translation>{exercise} (por lado)</translation>
    </message>
</context>
<context>
    <name>BlocksPanel</name>
    <message>
        <source>Exercises of the workout, in order</source>
        <translation>Ejercicios del entrenamiento, en orden</translation>
    </message>
    <message>
        <source>Select an exercise to edit it below. Ctrl+Up and Ctrl+Down move it, Delete removes it.</source>
        <translation>Selecciona un ejercicio para editarlo abajo. Ctrl+Arriba y Ctrl+Abajo lo mueven, Supr lo quita.</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Añadir ejercicio…</translation>
    </message>
    <message>
        <source>Add an exercise after the selected one (at most {most})</source>
        <translation>Añade un ejercicio tras el seleccionado (como máximo {most})</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Delete)</source>
        <translation>Quita el ejercicio seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Run the selected exercise earlier (Ctrl+Up)</source>
        <translation>Hacer antes el ejercicio seleccionado (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Run the selected exercise later (Ctrl+Down)</source>
        <translation>Hacer después el ejercicio seleccionado (Ctrl+Abajo)</translation>
    </message>
</context>
<context>
    <name>BreathingIndicator</name>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>⚠ No audio device: ThrustTimer can&apos;t play ticks here, so there is nothing to calibrate. Connect headphones or speakers, then open this again.</source>
        <translation>⚠ No hay dispositivo de audio: ThrustTimer no puede reproducir los clics aquí, así que no hay nada que calibrar. Conecta auriculares o altavoces y vuelve a abrir esto.</translation>
    </message>
    <message>
        <source>The audio output is still starting: press Start again in a moment.</source>
        <translation>La salida de audio aún se está iniciando: pulsa Empezar de nuevo en un momento.</translation>
    </message>
    <message>
        <source>You hear the ticks {lag} ms later than the app plays them.</source>
        <translation>Oyes los clics {lag} ms más tarde de lo que la app los reproduce.</translation>
    </message>
    <message>
        <source>You hear the ticks {lag} ms earlier than the app plays them.</source>
        <translation>Oyes los clics {lag} ms antes de lo que la app los reproduce.</translation>
    </message>
    <message>
        <source>You hear the ticks right on time.</source>
        <translation>Oyes los clics justo a tiempo.</translation>
    </message>
    <message>
        <source>Your taps were steady to ±{spread} ms ({used} used, {ignored} left out).</source>
        <translation>Tus toques fueron regulares con ±{spread} ms ({used} usados, {ignored} descartados).</translation>
    </message>
    <message>
        <source>New latency offset: {new} ms (now {current} ms).</source>
        <translation>Nueva compensación de latencia: {new} ms (ahora {current} ms).</translation>
    </message>
    <message>
        <source>Not enough taps on the beat: at least {taps} steady taps after the first {ticks} ticks are needed. Press Try again and tap on every tick you hear.</source>
        <translation>No hay suficientes toques al ritmo: hacen falta al menos {taps} toques regulares tras los primeros {ticks} clics. Pulsa Reintentar y toca en cada clic que oigas.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate the latency offset</source>
        <translation>Calibrar la compensación de latencia</translation>
    </message>
    <message>
        <source>Match the coach&apos;s sound to the beat</source>
        <translation>Ajusta el sonido del entrenador al ritmo</translation>
    </message>
    <message>
        <source>Wear the headphones or speakers you train with. Bluetooth headphones often lag 100–300 ms. The latency offset now: {offset} ms.</source>
        <translation>Ponte los auriculares o altavoces con los que entrenas. Los auriculares Bluetooth suelen ir 100–300 ms con retraso. Compensación de latencia actual: {offset} ms.</translation>
    </message>
    <message>
        <source>Tap along</source>
        <translation>Toca al ritmo</translation>
    </message>
    <message>
        <source>Tick meets flash</source>
        <translation>Clic y destello</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Leave the latency offset as it is (Esc)</source>
        <translation>Deja la compensación de latencia como está (Esc)</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Usar esto</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Listen… tap on every tick you hear.</source>
        <translation>Escucha… toca en cada clic que oigas.</translation>
    </message>
    <message>
        <source>Tap on each tick</source>
        <translation>Toca en cada clic</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Move the offset until the tick and the flash come together.</source>
        <translation>Mueve la compensación hasta que el clic y el destello coincidan.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>Pulsa Empezar</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>{count} of {ticks} ticks could not be played ({reason}): try again.</source>
        <translation>{count} de {ticks} clics no se pudieron reproducir ({reason}): inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Use {offset} ms</source>
        <translation>Usar {offset} ms</translation>
    </message>
    <message>
        <source>{count} tap</source>
        <translation>{count} toque</translation>
    </message>
    <message>
        <source>{count} taps</source>
        <translation>{count} toques</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcomandos:</translation>
    </message>
    <message>
        <source>Run `{prog} SUBCOMMAND --help` for its options.</source>
        <translation>Ejecuta `{prog} SUBCOMANDO --help` para ver sus opciones.</translation>
    </message>
    <message>
        <source>The `thrusttimer` command: the window by default, or a subcommand.

thrusttimer [plan options]          open the window on a workout
thrusttimer plan [plan options]     print the compiled timeline (--json for a machine)
thrusttimer presets                 list the built-in presets
thrusttimer history [--since D] [--csv F] [--import F]   the training log
thrusttimer next [--preset NAME] [--json]    today&apos;s load and reps, and why
thrusttimer plates LOAD [--unit kg|lb]       the plates on each side for a load
thrusttimer --version</source>
        <translation>El comando `thrusttimer`: la ventana por defecto, o un subcomando.

thrusttimer [opciones del plan]          abre la ventana con un entrenamiento
thrusttimer plan [opciones del plan]     muestra la secuencia compilada (--json para una máquina)
thrusttimer presets                      lista las plantillas incluidas
thrusttimer history [--since D] [--csv F] [--import F]   el registro de entrenamiento
thrusttimer next [--preset NOMBRE] [--json]    la carga y las repeticiones de hoy, y por qué
thrusttimer plates CARGA [--unit kg|lb]        los discos de cada lado para una carga
thrusttimer --version</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <source>Where you are in the workout</source>
        <translation>Dónde estás en el entrenamiento</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>ExerciseBar</name>
    <message>
        <source>Exercise:</source>
        <translation>Ejercicio:</translation>
    </message>
    <message>
        <source>Exercise for the charts and records</source>
        <translation>Ejercicio de los gráficos y las marcas</translation>
    </message>
    <message>
        <source>{exercise}: no sets yet.</source>
        <translation>{exercise}: aún no hay series.</translation>
    </message>
</context>
<context>
    <name>ExerciseFile</name>
    <message>
        <source>Switch</source>
        <translation>Cambia</translation>
    </message>
    <message>
        <source>Switch sides: the other leg takes over</source>
        <translation>Cambia de lado: ahora trabaja la otra pierna</translation>
    </message>
    <message>
        <source>exercise: {exercise} is unknown; choose from {allowed}</source>
        <translation>exercise: {exercise} es desconocido; elige entre {allowed}</translation>
    </message>
    <message>
        <source>{file}: id: must be the file&apos;s name {name}, not {id}</source>
        <translation>{file}: id: debe ser el nombre del archivo, {name}, no {id}</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {error}</source>
        <translation>{file}: no es TOML válido: {error}</translation>
    </message>
    <message>
        <source>must be {format}, not {kind}</source>
        <translation>debe ser {format}, no {kind}</translation>
    </message>
    <message>
        <source>must be a list of phases, not {kind}</source>
        <translation>debe ser una lista de fases, no {kind}</translation>
    </message>
    <message>
        <source>{kind} is not a phase of a rep; must be one of {allowed}</source>
        <translation>{kind} no es una fase de una repetición; debe ser una de {allowed}</translation>
    </message>
    <message>
        <source>must name brace, thrust, squeeze and descent once each; {phase} is there {count} times</source>
        <translation>debe nombrar brace, thrust, squeeze y descent una vez cada una; {phase} aparece {count} veces</translation>
    </message>
    <message>
        <source>{id} is used twice in {key}; ids must differ</source>
        <translation>{id} se usa dos veces en {key}; los ids deben ser distintos</translation>
    </message>
    <message>
        <source>must be lowercase words joined by hyphens, not {id}</source>
        <translation>deben ser palabras en minúscula unidas por guiones, no {id}</translation>
    </message>
    <message>
        <source>{tempo} already sets phases.{phase}; each tempo number sets one phase</source>
        <translation>{tempo} ya fija phases.{phase}; cada número del tempo fija una fase</translation>
    </message>
    <message>
        <source>must be true with stance {stance}: one leg works</source>
        <translation>debe ser true con la postura {stance}: trabaja una pierna</translation>
    </message>
</context>
<context>
    <name>ExerciseRecords</name>
    <message>
        <source>{exercise}, left side</source>
        <translation>{exercise}, lado izquierdo</translation>
    </message>
    <message>
        <source>{exercise}, right side</source>
        <translation>{exercise}, lado derecho</translation>
    </message>
    <message>
        <source>best estimated 1RM (Epley) {estimate} on {day} ({load} × {reps})</source>
        <translation>mejor 1RM estimado (Epley) {estimate} el {day} ({load} × {reps})</translation>
    </message>
    <message>
        <source>heaviest {load} × {reps} on {day}</source>
        <translation>más pesado {load} × {reps} el {day}</translation>
    </message>
    <message>
        <source>most reps {reps} on {day}</source>
        <translation>más repeticiones {reps} el {day}</translation>
    </message>
    <message>
        <source>most volume in a session {volume} × reps on {day}</source>
        <translation>más volumen en una sesión {volume} × reps el {day}</translation>
    </message>
    <message>
        <source>no work sets yet</source>
        <translation>aún no hay series efectivas</translation>
    </message>
    <message>
        <source>{count} work set</source>
        <translation>{count} serie efectiva</translation>
    </message>
    <message>
        <source>{count} work sets</source>
        <translation>{count} series efectivas</translation>
    </message>
    <message>
        <source>{exercise}: {records} ({sets}).</source>
        <translation>{exercise}: {records} ({sets}).</translation>
    </message>
</context>
<context>
    <name>ExerciseSchema</name>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>una fecha u hora</translation>
    </message>
    <message>
        <source>must be a table, not {kind}</source>
        <translation>debe ser una tabla, no {kind}</translation>
    </message>
    <message>
        <source>unknown key; allowed here: {keys}</source>
        <translation>clave desconocida; aquí se permiten: {keys}</translation>
    </message>
    <message>
        <source>missing; it is required</source>
        <translation>falta; es obligatorio</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>debe ser texto, no {kind}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}</source>
        <translation>debe ser true o false, no {kind}</translation>
    </message>
    <message>
        <source>must be one of {allowed}, not {kind}</source>
        <translation>debe ser uno de {allowed}, no {kind}</translation>
    </message>
    <message>
        <source>must be a list ([[{key}]]), not {kind}</source>
        <translation>debe ser una lista ([[{key}]]), no {kind}</translation>
    </message>
    <message>
        <source>must not be empty: list at least one</source>
        <translation>no debe estar vacía: pon al menos uno</translation>
    </message>
    <message>
        <source>must be a non-empty list of text, not {kind}</source>
        <translation>debe ser una lista de textos no vacía, no {kind}</translation>
    </message>
    <message>
        <source>must be text that is not empty, not {kind}</source>
        <translation>debe ser un texto no vacío, no {kind}</translation>
    </message>
    <message>
        <source>none here</source>
        <translation>aquí ninguno</translation>
    </message>
    <message>
        <source>braces must pair up around a placeholder ({allowed})</source>
        <translation>las llaves deben ir en pareja alrededor de un marcador ({allowed})</translation>
    </message>
    <message>
        <source>placeholder {placeholder} is not allowed; placeholders: {allowed}</source>
        <translation>el marcador {placeholder} no está permitido; marcadores: {allowed}</translation>
    </message>
</context>
<context>
    <name>FlashCircle</name>
    <message>
        <source>Flash</source>
        <translation>Destello</translation>
    </message>
</context>
<context>
    <name>FlashPage</name>
    <message>
        <source>Press Start: the circle flashes on every tick. Move the offset until you hear each tick exactly when you see the flash. ← → move it 5 ms, ↑ ↓ in the box 1 ms.</source>
        <translation>Pulsa Empezar: el círculo destella en cada clic. Mueve la compensación hasta que oigas cada clic justo cuando ves el destello. ← → la mueven 5 ms; ↑ ↓ en la casilla, 1 ms.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Latency offset under test</source>
        <translation>Compensación de latencia en prueba</translation>
    </message>
    <message>
        <source>Later sound → move right. ← → 5 ms, PgUp/PgDn 50 ms</source>
        <translation>Sonido tarde → mueve a la derecha. ← → 5 ms, RePág/AvPág 50 ms</translation>
    </message>
    <message>
        <source>Latency offset under test, ms</source>
        <translation>Compensación de latencia en prueba, ms</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Flash the circle and play a tick with it, until Stop</source>
        <translation>Hace destellar el círculo con un clic a la vez, hasta Parar</translation>
    </message>
    <message>
        <source>Use this offset</source>
        <translation>Usar esta compensación</translation>
    </message>
    <message>
        <source>Put the offset shown into the latency field</source>
        <translation>Pon la compensación mostrada en el campo de latencia</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>Open the ThrustTimer window. Subcommands: plan, presets (see --help).</source>
        <translation>Abre la ventana de ThrustTimer. Subcomandos: plan, presets (ver --help).</translation>
    </message>
    <message>
        <source>write what the session does to FILE, one JSON object per line</source>
        <translation>escribe lo que hace la sesión en FILE, un objeto JSON por línea</translation>
    </message>
    <message>
        <source>open the window at this size</source>
        <translation>abre la ventana con este tamaño</translation>
    </message>
    <message>
        <source>{flag}: {value} is not WIDTHxHEIGHT, e.g. 1366x768</source>
        <translation>{flag}: {value} no es ANCHOxALTO, p. ej. 1366x768</translation>
    </message>
    <message>
        <source>{flag}: {value} is out of range; allowed 320x240 to 10000x10000</source>
        <translation>{flag}: {value} está fuera de rango; se permite de 320x240 a 10000x10000</translation>
    </message>
    <message>
        <source>{flag}: {value} is not SECONDS:PATH</source>
        <translation>{flag}: {value} no es SEGUNDOS:RUTA</translation>
    </message>
</context>
<context>
    <name>GymScreen</name>
    <message>
        <source>Press D to watch how a rep is done</source>
        <translation>Pulsa D para ver cómo se hace una repetición</translation>
    </message>
    <message>
        <source>Watch how it&apos;s done · {phase}</source>
        <translation>Así se hace · {phase}</translation>
    </message>
</context>
<context>
    <name>GymWords</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Paused · press Space to resume</source>
        <translation>En pausa · pulsa Espacio para seguir</translation>
    </message>
    <message>
        <source>Ready? press Space</source>
        <translation>¿Listo? pulsa Espacio</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Primero la izquierda</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Primero la derecha</translation>
    </message>
    <message>
        <source>Left side next</source>
        <translation>Luego la izquierda</translation>
    </message>
    <message>
        <source>Right side next</source>
        <translation>Luego la derecha</translation>
    </message>
    <message>
        <source>Set up: {instruction}</source>
        <translation>Colócate: {instruction}</translation>
    </message>
    <message>
        <source>All {count} exercises done</source>
        <translation>Los {count} ejercicios hechos</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Ejercicio {number} de {count}</translation>
    </message>
    <message>
        <source>Next exercise: {exercise}</source>
        <translation>Siguiente ejercicio: {exercise}</translation>
    </message>
    <message>
        <source>Warm-up –/{sets}</source>
        <translation>Calent. –/{sets}</translation>
    </message>
    <message>
        <source>Set –/{sets}</source>
        <translation>Serie –/{sets}</translation>
    </message>
    <message>
        <source>Rep –/{reps}</source>
        <translation>Rep –/{reps}</translation>
    </message>
    <message>
        <source>Warm-up {number}/{sets}</source>
        <translation>Calent. {number}/{sets}</translation>
    </message>
    <message>
        <source>Set {number}/{sets}</source>
        <translation>Serie {number}/{sets}</translation>
    </message>
    <message>
        <source>Rep {rep}/{reps}</source>
        <translation>Rep {rep}/{reps}</translation>
    </message>
    <message>
        <source>{reps} rep · tempo {tempo}</source>
        <translation>{reps} rep · tempo {tempo}</translation>
    </message>
    <message>
        <source>{reps} reps · tempo {tempo}</source>
        <translation>{reps} reps · tempo {tempo}</translation>
    </message>
    <message>
        <source>Next: {exercise} — {set} · {details}</source>
        <translation>Siguiente: {exercise} — {set} · {details}</translation>
    </message>
    <message>
        <source>Next: {set} · {details}</source>
        <translation>Siguiente: {set} · {details}</translation>
    </message>
    <message>
        <source>{name}: {count} exercises</source>
        <translation>{name}: {count} ejercicios</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps} each side</source>
        <translation>{exercise} {sets} × {reps} por lado</translation>
    </message>
    <message>
        <source>{exercise} {sets} × {reps}</source>
        <translation>{exercise} {sets} × {reps}</translation>
    </message>
    <message>
        <source>Done: {exercises}</source>
        <translation>Hecho: {exercises}</translation>
    </message>
    <message>
        <source>{count} exercises · {tension} s under tension · Space to go again</source>
        <translation>{count} ejercicios · {tension} s bajo tensión · Espacio para repetir</translation>
    </message>
    <message>
        <source>{sets} × {reps} done · {tension} s under tension · Space to go again</source>
        <translation>{sets} × {reps} hechas · {tension} s bajo tensión · Espacio para repetir</translation>
    </message>
    <message>
        <source>Press Space to start · {plan}</source>
        <translation>Pulsa Espacio para empezar · {plan}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Press Space to start again</source>
        <translation>Pulsa Espacio para volver a empezar</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Respira</translation>
    </message>
</context>
<context>
    <name>HeadlessProgress</name>
    <message>
        <source>set {set}/{sets} · rep {rep}/{reps}</source>
        <translation>serie {set}/{sets} · rep {rep}/{reps}</translation>
    </message>
    <message>
        <source>set {set}/{sets}</source>
        <translation>serie {set}/{sets}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>{where} · {state} {left} s · {position} of {total}</source>
        <translation>{where} · {state} {left} s · {position} de {total}</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>top load per training day</source>
        <translation>carga máxima por día de entrenamiento</translation>
    </message>
    <message>
        <source>weekly volume (load × reps)</source>
        <translation>volumen semanal (carga × reps)</translation>
    </message>
    <message>
        <source>time under tension per training day</source>
        <translation>tiempo bajo tensión por día de entrenamiento</translation>
    </message>
    <message>
        <source>estimated 1RM per training day (Epley)</source>
        <translation>1RM estimado por día de entrenamiento (Epley)</translation>
    </message>
    <message>
        <source>Top load</source>
        <translation>Carga máxima</translation>
    </message>
    <message>
        <source>Weekly volume</source>
        <translation>Volumen semanal</translation>
    </message>
    <message>
        <source>Time under tension</source>
        <translation>Tiempo bajo tensión</translation>
    </message>
    <message>
        <source>Estimated 1RM</source>
        <translation>1RM estimado</translation>
    </message>
    <message>
        <source>{exercise}: {chart}</source>
        <translation>{exercise}: {chart}</translation>
    </message>
    <message>
        <source>{chart}: no sessions yet</source>
        <translation>{chart}: aún no hay sesiones</translation>
    </message>
    <message>
        <source>{chart}: none recorded yet</source>
        <translation>{chart}: aún no hay nada registrado</translation>
    </message>
    <message>
        <source>Not shown: {count} imported session with no time under tension recorded</source>
        <translation>No se muestra: {count} sesión importada sin tiempo bajo tensión registrado</translation>
    </message>
    <message>
        <source>Not shown: {count} imported sessions with no time under tension recorded</source>
        <translation>No se muestran: {count} sesiones importadas sin tiempo bajo tensión registrado</translation>
    </message>
    <message>
        <source>Not shown: {count} session with no time under tension recorded</source>
        <translation>No se muestra: {count} sesión sin tiempo bajo tensión registrado</translation>
    </message>
    <message>
        <source>Not shown: {count} sessions with no time under tension recorded</source>
        <translation>No se muestran: {count} sesiones sin tiempo bajo tensión registrado</translation>
    </message>
    <message>
        <source>Personal record</source>
        <translation>Récord personal</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>{unit} × reps</source>
        <translation>{unit} × reps</translation>
    </message>
    <message>
        <source>Weeks, Monday to Sunday</source>
        <translation>Semanas, de lunes a domingo</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>exit codes: 0 done; 1 nothing imported (the file is no Strong or Hevy export, or the log could not be used); 2 bad options, or an --import path that is no file of at most 50 MB; {code} imported, but some rows were bad and skipped (each named on stderr; rows of exercises ThrustTimer does not know are named there too, and do not change the code)</source>
        <translation>códigos de salida: 0 hecho; 1 no se importó nada (el archivo no es una exportación de Strong ni de Hevy, o no se pudo usar el registro); 2 opciones incorrectas, o una ruta de --import que no es un archivo de 50 MB como máximo; {code} importado, pero algunas filas eran incorrectas y se omitieron (cada una se indica en stderr; las filas de ejercicios que ThrustTimer no conoce también se indican ahí, y no cambian el código)</translation>
    </message>
    <message>
        <source>Print the training log, export it as a Strong CSV, or import a Strong or Hevy export. The log is {path} (set THRUSTTIMER_DATA_DIR to use another folder).</source>
        <translation>Muestra el registro de entrenamiento, lo exporta como CSV de Strong o importa una exportación de Strong o Hevy. El registro es {path} (define THRUSTTIMER_DATA_DIR para usar otra carpeta).</translation>
    </message>
    <message>
        <source>only sessions on or after this day</source>
        <translation>solo las sesiones de este día en adelante</translation>
    </message>
    <message>
        <source>write the log as a Strong-format CSV (- for stdout)</source>
        <translation>escribe el registro como CSV en formato Strong (- para stdout)</translation>
    </message>
    <message>
        <source>kg or lb (default kg)</source>
        <translation>kg o lb (por defecto kg)</translation>
    </message>
    <message>
        <source>import a Strong or Hevy CSV export</source>
        <translation>importa una exportación CSV de Strong o Hevy</translation>
    </message>
    <message>
        <source>the unit of a Strong export&apos;s Weight column, kg or lb (default kg; exports with Weight (kg), Weight (lbs) or a Weight Unit column, and Hevy&apos;s, say their unit)</source>
        <translation>la unidad de la columna Weight de una exportación de Strong, kg o lb (por defecto kg; las exportaciones con Weight (kg), Weight (lbs) o una columna Weight Unit, y las de Hevy, indican su unidad)</translation>
    </message>
    <message>
        <source>show the table and charts in a window</source>
        <translation>muestra la tabla y los gráficos en una ventana</translation>
    </message>
    <message>
        <source>only this exercise&apos;s sets: {exercises} (default: every exercise)</source>
        <translation>solo las series de este ejercicio: {exercises} (por defecto: todos los ejercicios)</translation>
    </message>
    <message>
        <source>--import: give it alone, without --csv, --since or --exercise</source>
        <translation>--import: úsalo solo, sin --csv, --since ni --exercise</translation>
    </message>
    <message>
        <source>--window: give it without --csv or --import</source>
        <translation>--window: úsalo sin --csv ni --import</translation>
    </message>
    <message>
        <source>thrusttimer history: --exercise: no sets of {exercise} in the log yet; the window charts {charted}</source>
        <translation>thrusttimer history: --exercise: aún no hay series de {exercise} en el registro; la ventana muestra {charted}</translation>
    </message>
    <message>
        <source>{flag}: {value} is not a date; allowed: YYYY-MM-DD, such as 2026-11-01</source>
        <translation>{flag}: {value} no es una fecha; se permite: AAAA-MM-DD, como 2026-11-01</translation>
    </message>
    <message>
        <source>{flag}: {value} is not an exercise; allowed: {ids}</source>
        <translation>{flag}: {value} no es un ejercicio; se permite: {ids}</translation>
    </message>
    <message>
        <source>{flag}: {value} is not a unit; allowed: kg or lb</source>
        <translation>{flag}: {value} no es una unidad; se permite: kg o lb</translation>
    </message>
    <message>
        <source>{file}: and {count} more bad row</source>
        <translation>{file}: y {count} fila incorrecta más</translation>
    </message>
    <message>
        <source>{file}: and {count} more bad rows</source>
        <translation>{file}: y {count} filas incorrectas más</translation>
    </message>
    <message>
        <source>{file}: and {count} more row of exercises ThrustTimer does not know, skipped</source>
        <translation>{file}: y {count} fila más de ejercicios que ThrustTimer no conoce, omitida</translation>
    </message>
    <message>
        <source>{file}: and {count} more rows of exercises ThrustTimer does not know, skipped</source>
        <translation>{file}: y {count} filas más de ejercicios que ThrustTimer no conoce, omitidas</translation>
    </message>
    <message>
        <source>{flag}: cannot write {path}: {reason}</source>
        <translation>{flag}: no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrote {sets} sets from {sessions} sessions to {path}</source>
        <translation>Escritas {sets} series de {sessions} sesiones en {path}</translation>
    </message>
    <message>
        <source>No sessions in the training log {path}.</source>
        <translation>No hay sesiones en el registro de entrenamiento {path}.</translation>
    </message>
    <message>
        <source>No sessions in the training log.</source>
        <translation>No hay sesiones en el registro de entrenamiento.</translation>
    </message>
    <message>
        <source>partial, {reps} of {planned}</source>
        <translation>parcial, {reps} de {planned}</translation>
    </message>
    <message>
        <source>{sessions}, {sets}.</source>
        <translation>{sessions}, {sets}.</translation>
    </message>
    <message>
        <source>{exercise}, left</source>
        <translation>{exercise}, izquierdo</translation>
    </message>
    <message>
        <source>{exercise}, right</source>
        <translation>{exercise}, derecho</translation>
    </message>
    <message>
        <source>set</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>reps</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>TUT</source>
        <translation>TUT</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>{start}  {name}, {minutes} min, from {source}</source>
        <translation>{start}  {name}, {minutes} min, de {source}</translation>
    </message>
    <message>
        <source>{start}  {name}, {minutes} min</source>
        <translation>{start}  {name}, {minutes} min</translation>
    </message>
    <message>
        <source>{start}  {name}, from {source}</source>
        <translation>{start}  {name}, de {source}</translation>
    </message>
    <message>
        <source>{start}  {name}</source>
        <translation>{start}  {name}</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} sesión</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sesiones</translation>
    </message>
    <message>
        <source>{count} set</source>
        <translation>{count} serie</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} series</translation>
    </message>
</context>
<context>
    <name>HistorySides</name>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Left record</source>
        <translation>Récord izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Right record</source>
        <translation>Récord derecho</translation>
    </message>
    <message>
        <source>Unknown side</source>
        <translation>Lado desconocido</translation>
    </message>
    <message>
        <source>Unknown side record</source>
        <translation>Récord de lado desconocido</translation>
    </message>
    <message>
        <source>Left and right sides together</source>
        <translation>Lados izquierdo y derecho juntos</translation>
    </message>
    <message>
        <source>{chart}: no loads logged yet</source>
        <translation>{chart}: aún no hay cargas registradas</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>warm-up</source>
        <translation>calentamiento</translation>
    </message>
    <message>
        <source>drop set</source>
        <translation>drop set</translation>
    </message>
    <message>
        <source>to failure</source>
        <translation>al fallo</translation>
    </message>
    <message>
        <source>When / set</source>
        <translation>Cuándo / serie</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>TUT</source>
        <translation>TUT</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Set {number} deleted. Ctrl+Z undoes it.</source>
        <translation>Serie {number} borrada. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Undone: set {number} is back as it was before it was deleted.</source>
        <translation>Deshecho: la serie {number} vuelve a estar como antes de borrarla.</translation>
    </message>
    <message>
        <source>Set {number} changed. Ctrl+Z undoes it.</source>
        <translation>Serie {number} cambiada. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Undone: set {number} is back as it was before it was changed.</source>
        <translation>Deshecho: la serie {number} vuelve a estar como antes del cambio.</translation>
    </message>
    <message>
        <source>set {number}</source>
        <translation>serie {number}</translation>
    </message>
    <message>
        <source>{reps} of {planned}</source>
        <translation>{reps} de {planned}</translation>
    </message>
    <message>
        <source>{set} · partial</source>
        <translation>{set} · parcial</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>The training log cannot be shown: {error}</source>
        <translation>No se puede mostrar el registro de entrenamiento: {error}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart to {path}.</source>
        <translation>No se pudo guardar el gráfico en {path}.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <source>not a Strong or Hevy export: the first line is {header}; expected Strong&apos;s {strong},... or Hevy&apos;s {hevy}</source>
        <translation>no es una exportación de Strong ni de Hevy: la primera línea es {header}; se esperaba la de Strong, {strong},... o la de Hevy, {hevy}</translation>
    </message>
    <message>
        <source>has {fields} fields, the header has {columns}</source>
        <translation>tiene {fields} campos; la cabecera tiene {columns}</translation>
    </message>
    <message>
        <source>the training log could not be written, nothing imported: {error}</source>
        <translation>no se pudo escribir el registro de entrenamiento, no se importó nada: {error}</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>{file} is not a file: there is nothing by that name</source>
        <translation>{file} no es un archivo: no hay nada con ese nombre</translation>
    </message>
    <message>
        <source>{file} is not a file but {kind}; allowed: a CSV file</source>
        <translation>{file} no es un archivo, sino {kind}; se permite: un archivo CSV</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>no se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size}; allowed: up to {limit}</source>
        <translation>{file} ocupa {size}; se permite: hasta {limit}</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>una tubería</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>algo que no es un archivo</translation>
    </message>
    <message>
        <source>over {size}</source>
        <translation>más de {size}</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>byte {byte} is not {encoding} text; save the file as UTF-8 and import it again</source>
        <translation>el byte {byte} no es texto {encoding}; guarda el archivo como UTF-8 e impórtalo de nuevo</translation>
    </message>
    <message>
        <source>{character} is half of a character (a lone surrogate), not text</source>
        <translation>{character} es medio carácter (un sustituto suelto), no texto</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <source>line 1: the header is empty; expected the names of the columns</source>
        <translation>línea 1: la cabecera está vacía; se esperaban los nombres de las columnas</translation>
    </message>
    <message>
        <source>a cell is longer than {count} characters</source>
        <translation>una celda tiene más de {count} caracteres</translation>
    </message>
    <message>
        <source>not readable as CSV</source>
        <translation>no se puede leer como CSV</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>{sets} in {sessions} imported from a {format} export</source>
        <translation>{sets} en {sessions} importadas de una exportación de {format}</translation>
    </message>
    <message>
        <source>{sessions} already in the log got the sets it was missing</source>
        <translation>Sesiones que ya estaban en el registro y recibieron las series que les faltaban: {sessions}</translation>
    </message>
    <message>
        <source>{sets} already in the log</source>
        <translation>Ya en el registro: {sets}</translation>
    </message>
    <message>
        <source>{rows} of exercises ThrustTimer does not know skipped</source>
        <translation>Omitidas por ser de ejercicios que ThrustTimer no conoce: {rows}</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} fila</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>{rows} skipped</source>
        <translation>Omitidas: {rows}</translation>
    </message>
    <message>
        <source>{count} bad row</source>
        <translation>{count} fila incorrecta</translation>
    </message>
    <message>
        <source>{count} bad rows</source>
        <translation>{count} filas incorrectas</translation>
    </message>
    <message>
        <source>{count} set</source>
        <translation>{count} serie</translation>
    </message>
    <message>
        <source>{count} sets</source>
        <translation>{count} series</translation>
    </message>
    <message>
        <source>{count} session</source>
        <translation>{count} sesión</translation>
    </message>
    <message>
        <source>{count} sessions</source>
        <translation>{count} sesiones</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>{value} is not allowed; allowed: up to {hours}h after {column}</source>
        <translation>{value} no está permitido; se permite: hasta {hours} h después de {column}</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} no es uno de {allowed}</translation>
    </message>
    <message>
        <source>empty; allowed: the name of an exercise</source>
        <translation>vacío; se permite: el nombre de un ejercicio</translation>
    </message>
    <message>
        <source>{length} characters long; allowed: up to {limit}</source>
        <translation>tiene {length} caracteres; se permite: hasta {limit}</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: {allowed}</source>
        <translation>{value} no está permitido; se permite: {allowed}</translation>
    </message>
    <message>
        <source>0 to {most} {unit}</source>
        <translation>de 0 a {most} {unit}</translation>
    </message>
    <message>
        <source>a whole number from 0 to {most}</source>
        <translation>un número entero de 0 a {most}</translation>
    </message>
    <message>
        <source>empty; allowed: {allowed}</source>
        <translation>vacío; se permite: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a whole number of reps</source>
        <translation>{value} no es un número entero de repeticiones</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: 6 to 10 in half steps</source>
        <translation>{value} no está permitido; se permite: de 6 a 10 en medios puntos</translation>
    </message>
    <message>
        <source>0 to {most} seconds</source>
        <translation>de 0 a {most} segundos</translation>
    </message>
    <message>
        <source>{value} is not a date like {example}</source>
        <translation>{value} no es una fecha como {example}</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: a date from {first} to {last}</source>
        <translation>{value} no está permitido; se permite: una fecha de {first} a {last}</translation>
    </message>
    <message>
        <source>{value} is not a duration like {example}</source>
        <translation>{value} no es una duración como {example}</translation>
    </message>
    <message>
        <source>{value} is not allowed; allowed: up to {hours}h</source>
        <translation>{value} no está permitido; se permite: hasta {hours} h</translation>
    </message>
    <message>
        <source>{value} is not a set number or {letters}</source>
        <translation>{value} no es un número de serie ni {letters}</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>it is larger than any journal ThrustTimer writes</source>
        <translation>es más grande que cualquier diario que escriba ThrustTimer</translation>
    </message>
    <message>
        <source>none of the sets in it were added</source>
        <translation>no se añadió ninguna de sus series</translation>
    </message>
    <message>
        <source>entry {number}: {problem}</source>
        <translation>entrada {number}: {problem}</translation>
    </message>
    <message>
        <source>{count} unreadable entries were left out ({problems})</source>
        <translation>se omitieron {count} entradas ilegibles ({problems})</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>no se pudo leer ({reason})</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>está dañado</translation>
    </message>
    <message>
        <source>The file of sets waiting for the training log, {path}, {problem} and could not be kept aside ({reason}); {outcome}.</source>
        <translation>El archivo de series pendientes de pasar al registro de entrenamiento, {path}, {problem} y no se pudo apartar ({reason}); {outcome}.</translation>
    </message>
    <message>
        <source>The file of sets waiting for the training log, {path}, {problem}; it was kept as {aside} and {outcome}.</source>
        <translation>El archivo de series pendientes de pasar al registro de entrenamiento, {path}, {problem}; se guardó como {aside} y {outcome}.</translation>
    </message>
    <message>
        <source>it is not a format-{format} journal</source>
        <translation>no es un diario de formato {format}</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>no tiene lista de entradas</translation>
    </message>
    <message>
        <source>{value} is not an entry</source>
        <translation>{value} no es una entrada</translation>
    </message>
    <message>
        <source>its session is not a name and a start time</source>
        <translation>su sesión no es un nombre y una hora de inicio</translation>
    </message>
    <message>
        <source>session name</source>
        <translation>nombre de la sesión</translation>
    </message>
    <message>
        <source>session start</source>
        <translation>inicio de la sesión</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>hora de fin</translation>
    </message>
    <message>
        <source>type {value} is not set or end</source>
        <translation>el tipo {value} no es set ni end</translation>
    </message>
    <message>
        <source>load {value} is not a number</source>
        <translation>la carga {value} no es un número</translation>
    </message>
    <message>
        <source>set number {value} is not a whole number, 1 or more</source>
        <translation>el número de serie {value} no es un número entero, 1 o más</translation>
    </message>
    <message>
        <source>kind {value} is not one of {allowed}</source>
        <translation>el tipo {value} no es uno de {allowed}</translation>
    </message>
    <message>
        <source>side {value} is not left or right</source>
        <translation>el lado {value} no es left ni right</translation>
    </message>
    <message>
        <source>planned reps {value} is not a whole number</source>
        <translation>las repeticiones previstas {value} no son un número entero</translation>
    </message>
    <message>
        <source>time under tension {value} is not a number</source>
        <translation>el tiempo bajo tensión {value} no es un número</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>{field} {value} is not text of at most 1000 characters</source>
        <translation>{field}: {value} no es un texto de 1000 caracteres como máximo</translation>
    </message>
    <message>
        <source>{field} {value} is not a date and time with its offset</source>
        <translation>{field}: {value} no es una fecha y hora con su desfase horario</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation>falta {key}</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>falta un valor</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>The screen may sleep mid-set: set it to stay on in your system settings</source>
        <translation>La pantalla puede apagarse a mitad de serie: configúrala para que siga encendida en los ajustes del sistema</translation>
    </message>
    <message>
        <source>A workout is running</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start, pause or resume the workout</source>
        <translation>Empieza, pausa o reanuda el entrenamiento</translation>
    </message>
    <message>
        <source>Space, media Play/Pause, clicker B</source>
        <translation>Espacio, Play/Pausa multimedia, botón B del mando</translation>
    </message>
    <message>
        <source>Redo rep</source>
        <translation>Rehacer rep</translation>
    </message>
    <message>
        <source>Restart the current rep</source>
        <translation>Vuelve a empezar la repetición actual</translation>
    </message>
    <message>
        <source>←, PageUp</source>
        <translation>←, RePág</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip this phase, or the rest</source>
        <translation>Salta esta fase o el descanso</translation>
    </message>
    <message>
        <source>→, PageDown</source>
        <translation>→, AvPág</translation>
    </message>
    <message>
        <source>−30 s</source>
        <translation>−30 s</translation>
    </message>
    <message>
        <source>Shorten the rest by 30 seconds</source>
        <translation>Acorta el descanso 30 segundos</translation>
    </message>
    <message>
        <source>+30 s</source>
        <translation>+30 s</translation>
    </message>
    <message>
        <source>Lengthen the rest by 30 seconds</source>
        <translation>Alarga el descanso 30 segundos</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>End the rest now and count in the next set</source>
        <translation>Termina ya el descanso y empieza la cuenta de la siguiente serie</translation>
    </message>
    <message>
        <source>Enter (or Space while waiting)</source>
        <translation>Intro (o Espacio mientras espera)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the workout (press twice to confirm)</source>
        <translation>Para el entrenamiento (pulsa dos veces para confirmar)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Watch how a rep is done</source>
        <translation>Mira cómo se hace una repetición</translation>
    </message>
    <message>
        <source>Workout…</source>
        <translation>Entreno…</translation>
    </message>
    <message>
        <source>Choose and set up the workout</source>
        <translation>Elige y configura el entrenamiento</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Your training log and progress charts</source>
        <translation>Tu registro de entrenamiento y gráficos de progreso</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pant. completa</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Activa o desactiva la pantalla completa</translation>
    </message>
    <message>
        <source>{does} ({keys})</source>
        <translation>{does} ({keys})</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>the language to use: {choices} (default: the system&apos;s)</source>
        <translation>el idioma que se usa: {choices} (por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>--language: expected a language code: {choices}</source>
        <translation>--language: se esperaba un código de idioma: {choices}</translation>
    </message>
    <message>
        <source>--language: &apos;{value}&apos; is not a language ThrustTimer speaks; choose {choices}</source>
        <translation>--language: &apos;{value}&apos; no es un idioma que hable ThrustTimer; elige {choices}</translation>
    </message>
</context>
<context>
    <name>LanguagePanel</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>Como el sistema: {language}</translation>
    </message>
    <message>
        <source>As the screen</source>
        <translation>Como la pantalla</translation>
    </message>
    <message>
        <source>A new language is used from the next start of ThrustTimer.</source>
        <translation>El nuevo idioma se usa desde el próximo inicio de ThrustTimer.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Entrenador</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>no speech engine and not in the voice pack</source>
        <translation>no hay motor de voz y no está en el paquete de voz</translation>
    </message>
    <message>
        <source>Could not voice “{phrase}” ({reason})</source>
        <translation>No se pudo sintetizar «{phrase}» ({reason})</translation>
    </message>
    <message>
        <source>No voice clips could be prepared ({reason})</source>
        <translation>No se pudo preparar ningún clip de voz ({reason})</translation>
    </message>
    <message>
        <source>The speech engine could not start ({reason})</source>
        <translation>El motor de voz no pudo arrancar ({reason})</translation>
    </message>
    <message>
        <source>{count} phrases (“{phrase}”…) use the built-in voice because the speech engine failed on them ({reason})</source>
        <translation>{count} frases («{phrase}»…) usan la voz incluida porque el motor de voz falló con ellas ({reason})</translation>
    </message>
    <message>
        <source>{count} phrase (“{phrase}”…) use the built-in voice because the speech engine failed on them ({reason})</source>
        <translation>{count} frase («{phrase}»…) usa la voz incluida porque el motor de voz falló con ella ({reason})</translation>
    </message>
</context>
<context>
    <name>LoadField</name>
    <message>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>type the load</source>
        <translation>escribe la carga</translation>
    </message>
</context>
<context>
    <name>LoadPrompt</name>
    <message>
        <source>Type it or step it (PageUp/PageDown) · Esc: not now</source>
        <translation>Escríbela o ajústala (RePág/AvPág) · Esc: ahora no</translation>
    </message>
    <message>
        <source>Type it or step it (PageUp/PageDown) · Esc: not now · Tab: the next exercise&apos;s</source>
        <translation>Escríbela o ajústala (RePág/AvPág) · Esc: ahora no · Tab: la del siguiente ejercicio</translation>
    </message>
    <message>
        <source>Not logging the load  (N)</source>
        <translation>Sin registrar la carga  (N)</translation>
    </message>
    <message>
        <source>Not logged  (N)</source>
        <translation>Sin registrar  (N)</translation>
    </message>
    <message>
        <source>Start  (Enter)</source>
        <translation>Empezar  (Intro)</translation>
    </message>
    <message>
        <source>Start  (⏎)</source>
        <translation>Empezar  (⏎)</translation>
    </message>
    <message>
        <source>No load yet: type it, or Start again to go without logging it</source>
        <translation>Aún no hay carga: escríbela, o pulsa Empezar otra vez para seguir sin registrarla</translation>
    </message>
    <message>
        <source>Load on the bar</source>
        <translation>Carga en la barra</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Load for {workout}</source>
        <translation>Carga para {workout}</translation>
    </message>
    <message>
        <source>No warm-up</source>
        <translation>Sin calentamiento</translation>
    </message>
    <message>
        <source>Warm-up: {count} set  (W)</source>
        <translation>Calentamiento: {count} serie  (W)</translation>
    </message>
    <message>
        <source>Warm-up: {count} sets  (W)</source>
        <translation>Calentamiento: {count} series  (W)</translation>
    </message>
    <message>
        <source>No warm-up ({count} set: W)</source>
        <translation>Sin calentamiento ({count} serie: W)</translation>
    </message>
    <message>
        <source>No warm-up ({count} sets: W)</source>
        <translation>Sin calentamiento ({count} series: W)</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>lighter than the empty bar</source>
        <translation>menos que la barra vacía</translation>
    </message>
    <message>
        <source>heavier than all your plates</source>
        <translation>más que todos tus discos</translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation>peso corporal</translation>
    </message>
    <message>
        <source>{load} held on the hips</source>
        <translation>{load} sobre la cadera</translation>
    </message>
    <message>
        <source>the empty bar</source>
        <translation>la barra vacía</translation>
    </message>
    <message>
        <source>{plates} each side</source>
        <translation>{plates} por lado</translation>
    </message>
    <message>
        <source>{plates} (collars {collar} each)</source>
        <translation>{plates} (cierres de {collar} cada uno)</translation>
    </message>
    <message>
        <source>{load}: {plates}</source>
        <translation>{load}: {plates}</translation>
    </message>
    <message>
        <source>{target} is {beyond}; rounded up to {load}: {plates}</source>
        <translation>{target} es {beyond}; redondeado hacia arriba a {load}: {plates}</translation>
    </message>
    <message>
        <source>{target} is {beyond}; rounded down to {load}: {plates}</source>
        <translation>{target} es {beyond}; redondeado hacia abajo a {load}: {plates}</translation>
    </message>
    <message>
        <source>{target} can&apos;t be made with your plates; rounded up to {load}: {plates}</source>
        <translation>{target} no se puede montar con tus discos; redondeado hacia arriba a {load}: {plates}</translation>
    </message>
    <message>
        <source>{target} can&apos;t be made with your plates; rounded down to {load}: {plates}</source>
        <translation>{target} no se puede montar con tus discos; redondeado hacia abajo a {load}: {plates}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>take off {off}, then add {on} each side</source>
        <translation>quita {off} y pon {on} por lado</translation>
    </message>
    <message>
        <source>take off {off} each side</source>
        <translation>quita {off} por lado</translation>
    </message>
    <message>
        <source>add {on} each side</source>
        <translation>pon {on} por lado</translation>
    </message>
    <message>
        <source>{count} × {plate}</source>
        <translation>{count} × {plate}</translation>
    </message>
    <message>
        <source>{plates} and {last}</source>
        <translation>{plates} y {last}</translation>
    </message>
</context>
<context>
    <name>LoadingCommand</name>
    <message>
        <source>{flag}: {value} is not a unit; allowed: kg or lb</source>
        <translation>{flag}: {value} no es una unidad; se permite: kg o lb</translation>
    </message>
</context>
<context>
    <name>LoadingForm</name>
    <message>
        <source>at most {most} plate weights</source>
        <translation>como máximo {most} pesos de disco</translation>
    </message>
    <message>
        <source>each weight once ({allowed})</source>
        <translation>cada peso una vez ({allowed})</translation>
    </message>
    <message>
        <source>the same as plate {number}</source>
        <translation>igual que el disco {number}</translation>
    </message>
    <message>
        <source>at most {most} steps</source>
        <translation>como máximo {most} pasos</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>⚠ {field}: {problem}. Allowed: {allowed}.</source>
        <translation>⚠ {field}: {problem}. Se permite: {allowed}.</translation>
    </message>
</context>
<context>
    <name>LogEditing</name>
    <message>
        <source>no set with id {id} in the training log</source>
        <translation>no hay ninguna serie con id {id} en el registro de entrenamiento</translation>
    </message>
    <message>
        <source>the set with id {id} belongs to no session</source>
        <translation>la serie con id {id} no pertenece a ninguna sesión</translation>
    </message>
</context>
<context>
    <name>LogEntry</name>
    <message>
        <source>Keep  (Enter)</source>
        <translation>Mantener  (Intro)</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Guardar  (Intro)</translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Serie {number} de {sets}</translation>
    </message>
    <message>
        <source>Set {number}/{sets}</source>
        <translation>Serie {number}/{sets}</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Serie {number}</translation>
    </message>
    <message>
        <source>{set}: partial</source>
        <translation>{set}: parcial</translation>
    </message>
    <message>
        <source>{set} partial</source>
        <translation>{set} parcial</translation>
    </message>
    <message>
        <source>{set} logged</source>
        <translation>{set} registrada</translation>
    </message>
    <message>
        <source>Set logged</source>
        <translation>Serie registrada</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Skip  (Esc)</source>
        <translation>Saltar  (Esc)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source> of {planned}</source>
        <translation> de {planned}</translation>
    </message>
    <message>
        <source>Set {number} kept its first values: {error}</source>
        <translation>La serie {number} mantuvo sus valores iniciales: {error}</translation>
    </message>
</context>
<context>
    <name>LogOpening</name>
    <message>
        <source>the file is damaged (SQLite&apos;s report of it is not readable text)</source>
        <translation>el archivo está dañado (el informe de SQLite sobre él no es texto legible)</translation>
    </message>
    <message>
        <source>another program is writing to it ({detail})</source>
        <translation>otro programa está escribiendo en él ({detail})</translation>
    </message>
    <message>
        <source>the disk is full ({detail})</source>
        <translation>el disco está lleno ({detail})</translation>
    </message>
    <message>
        <source>the disk could not be read or written ({detail})</source>
        <translation>no se pudo leer ni escribir en el disco ({detail})</translation>
    </message>
    <message>
        <source>it cannot be written in its folder ({detail})</source>
        <translation>no se puede escribir en su carpeta ({detail})</translation>
    </message>
    <message>
        <source>the file is damaged ({detail})</source>
        <translation>el archivo está dañado ({detail})</translation>
    </message>
    <message>
        <source>the training log {path} cannot be used now: {problem}</source>
        <translation>el registro de entrenamiento {path} no se puede usar ahora: {problem}</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}). It was moved to {aside} in the same folder and a new log was started; nothing was deleted.</source>
        <translation>No se pudo leer el registro de entrenamiento {path} ({reason}). Se movió a {aside} en la misma carpeta y se empezó un registro nuevo; no se borró nada.</translation>
    </message>
    <message>
        <source>cannot start a new training log at {path}: {problem}</source>
        <translation>no se puede empezar un registro de entrenamiento nuevo en {path}: {problem}</translation>
    </message>
    <message>
        <source>the training log {path} cannot be used now: SQLite cannot keep a write-ahead log in its folder (journal mode {mode})</source>
        <translation>el registro de entrenamiento {path} no se puede usar ahora: SQLite no puede mantener un registro de escritura anticipada en su carpeta (modo de diario {mode})</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>integrity check: {report}</source>
        <translation>comprobación de integridad: {report}</translation>
    </message>
    <message>
        <source>its header is damaged (bytes 18 and 19 are {first}, {second})</source>
        <translation>su cabecera está dañada (los bytes 18 y 19 son {first}, {second})</translation>
    </message>
    <message>
        <source>the training log {path} cannot be read and cannot be moved aside: {reason}</source>
        <translation>el registro de entrenamiento {path} no se puede leer ni apartar: {reason}</translation>
    </message>
</context>
<context>
    <name>LogReading</name>
    <message>
        <source>the session with id {id}</source>
        <translation>la sesión con id {id}</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>hora de inicio</translation>
    </message>
    <message>
        <source>the set with id {id}: it belongs to no session; it is not shown</source>
        <translation>la serie con id {id}: no pertenece a ninguna sesión; no se muestra</translation>
    </message>
    <message>
        <source>the {count} set(s) of the session with id {id} are not shown</source>
        <translation>no se muestran las {count} series de la sesión con id {id}</translation>
    </message>
    <message>
        <source>there is none</source>
        <translation>no hay ninguna</translation>
    </message>
    <message>
        <source>no readable set with id {id} in the training log ({reason})</source>
        <translation>no hay ninguna serie legible con id {id} en el registro de entrenamiento ({reason})</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; y {count} más</translation>
    </message>
    <message>
        <source>The training log {path} has {count} damaged value(s); the file was left as it is: {problems}.</source>
        <translation>El registro de entrenamiento {path} tiene {count} valor(es) dañado(s); el archivo se dejó tal cual: {problems}.</translation>
    </message>
    <message>
        <source>set {number} of {session}</source>
        <translation>serie {number} de {session}</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>set number</source>
        <translation>número de serie</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>hora de fin</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>planned reps</source>
        <translation>repeticiones previstas</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>time under tension</source>
        <translation>tiempo bajo tensión</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>{where}: {problem}; it is not shown</source>
        <translation>{where}: {problem}; no se muestra</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>the training log</source>
        <translation>el registro de entrenamiento</translation>
    </message>
    <message>
        <source>the session of {start}</source>
        <translation>la sesión del {start}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>{problem}; it is shown empty</source>
        <translation>{problem}; se muestra vacío</translation>
    </message>
    <message>
        <source>the {field} is missing</source>
        <translation>falta el campo {field}</translation>
    </message>
    <message>
        <source>the {field} is missing; it is shown as {value}</source>
        <translation>falta el campo {field}; se muestra como {value}</translation>
    </message>
    <message>
        <source>the {field} has bytes that are not text; they are shown as �</source>
        <translation>el campo {field} tiene bytes que no son texto; se muestran como �</translation>
    </message>
    <message>
        <source>the {field} {value} is not a whole number, {low} or more</source>
        <translation>el campo {field} ({value}) no es un número entero, {low} o más</translation>
    </message>
    <message>
        <source>the {field} {value} is not a number, {low} or more</source>
        <translation>el campo {field} ({value}) no es un número, {low} o más</translation>
    </message>
    <message>
        <source>load</source>
        <translation>carga</translation>
    </message>
    <message>
        <source>the {field} {value} is not 6 to 10 in half steps</source>
        <translation>el campo {field} ({value}) no está entre 6 y 10 en medios puntos</translation>
    </message>
    <message>
        <source>the {field} {value} is not a date and time with its offset</source>
        <translation>el campo {field} ({value}) no es una fecha y hora con su desfase horario</translation>
    </message>
    <message>
        <source>the {field} {value} is not one of {allowed}; it is shown as {default}</source>
        <translation>el campo {field} ({value}) no es uno de {allowed}; se muestra como {default}</translation>
    </message>
</context>
<context>
    <name>LogRecords</name>
    <message>
        <source>load: {value} is not allowed; allowed: 0 or more, or not logged</source>
        <translation>carga: {value} no está permitido; se permite: 0 o más, o sin registrar</translation>
    </message>
    <message>
        <source>reps: {value} is not allowed; allowed: a whole number, 0 or more</source>
        <translation>repeticiones: {value} no está permitido; se permite: un número entero, 0 o más</translation>
    </message>
    <message>
        <source>RPE: {value} is not allowed; allowed: 6 to 10 in half steps, or none</source>
        <translation>RPE: {value} no está permitido; se permite: de 6 a 10 en medios puntos, o nada</translation>
    </message>
    <message>
        <source>unit: {value} is not allowed; allowed: kg or lb</source>
        <translation>unidad: {value} no está permitido; se permite: kg o lb</translation>
    </message>
</context>
<context>
    <name>LogSchema</name>
    <message>
        <source>its schema version {version} is not one ThrustTimer writes</source>
        <translation>su versión de esquema {version} no es una que escriba ThrustTimer</translation>
    </message>
    <message>
        <source>the training log is at schema version {version}, this ThrustTimer knows up to {latest}: update ThrustTimer to open it</source>
        <translation>el registro de entrenamiento tiene la versión de esquema {version} y este ThrustTimer conoce hasta la {latest}: actualiza ThrustTimer para abrirlo</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>falta la tabla {table}</translation>
    </message>
    <message>
        <source>the column {table}.{column} is missing</source>
        <translation>falta la columna {table}.{column}</translation>
    </message>
    <message>
        <source>the column {table}.{column} is not defined as it was written</source>
        <translation>la columna {table}.{column} no está definida como se escribió</translation>
    </message>
</context>
<context>
    <name>LogWaiting</name>
    <message>
        <source>{count} set(s) kept while the training log could not be written are in it now.</source>
        <translation>Ya están en el registro {count} serie(s) guardada(s) mientras no se podía escribir en él.</translation>
    </message>
    <message>
        <source>{count} set(s) recorded while the training log could not be written are not in it yet ({problem}); they are kept in {journal} and will be added later.</source>
        <translation>{count} serie(s) grabada(s) mientras no se podía escribir en el registro de entrenamiento aún no están en él ({problem}); se guardan en {journal} y se añadirán más tarde.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skip rest</source>
        <translation>Fin descanso</translation>
    </message>
    <message>
        <source>End the rest now ({keys})</source>
        <translation>Termina ya el descanso ({keys})</translation>
    </message>
    <message>
        <source>Screen kept awake</source>
        <translation>Pantalla siempre encendida</translation>
    </message>
    <message>
        <source>Keys: Space · → · ← · Esc · F11</source>
        <translation>Teclas: Espacio · → · ← · Esc · F11</translation>
    </message>
    <message>
        <source>set up the next workout once this one is over (Esc stops it)</source>
        <translation>configura el siguiente entrenamiento cuando termine este (Esc lo para)</translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation>Entrenamiento parado</translation>
    </message>
    <message>
        <source>Stop the workout? Press Esc again (or click Stop) to confirm</source>
        <translation>¿Parar el entrenamiento? Pulsa Esc otra vez (o haz clic en Parar) para confirmar</translation>
    </message>
    <message>
        <source>waiting for a second Esc to confirm</source>
        <translation>esperando un segundo Esc para confirmar</translation>
    </message>
    <message>
        <source>the demo plays when no workout is running</source>
        <translation>la demo se reproduce cuando no hay ningún entrenamiento en curso</translation>
    </message>
    <message>
        <source>the set-up was cancelled</source>
        <translation>se canceló la configuración</translation>
    </message>
</context>
<context>
    <name>Mixer</name>
    <message>
        <source>overlaps a {kind} cue</source>
        <translation>se solapa con un aviso de tipo {kind}</translation>
    </message>
</context>
<context>
    <name>NextCommand</name>
    <message>
        <source>Suggest today&apos;s load and reps for a workout from its sessions in the training log: double progression within the workout&apos;s rep range.</source>
        <translation>Sugiere la carga y las repeticiones de hoy para un entrenamiento a partir de sus sesiones en el registro: doble progresión dentro del rango de repeticiones del entrenamiento.</translation>
    </message>
    <message>
        <source>exit codes: 0 done; 1 the training log could not be read; 2 bad options</source>
        <translation>códigos de salida: 0 hecho; 1 no se pudo leer el registro de entrenamiento; 2 opciones incorrectas</translation>
    </message>
    <message>
        <source>a built-in preset ({presets}) or one of yours, by name (default: the workout used last)</source>
        <translation>una plantilla incluida ({presets}) o una tuya, por nombre (por defecto: el último entrenamiento usado)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>muestra un objeto JSON</translation>
    </message>
    <message>
        <source>{number} · {exercise} ({rule})</source>
        <translation>{number} · {exercise} ({rule})</translation>
    </message>
    <message>
        <source>Load: {loading}</source>
        <translation>Carga: {loading}</translation>
    </message>
    <message>
        <source>Plates: {loading}</source>
        <translation>Discos: {loading}</translation>
    </message>
    <message>
        <source>Warm-up: {sets} ({scheme})</source>
        <translation>Calentamiento: {sets} ({scheme})</translation>
    </message>
    <message>
        <source>one of {presets}; or one of yours: {yours}</source>
        <translation>una de {presets}; o una tuya: {yours}</translation>
    </message>
    <message>
        <source>one of {presets}</source>
        <translation>una de {presets}</translation>
    </message>
    <message>
        <source>unknown preset</source>
        <translation>plantilla desconocida</translation>
    </message>
</context>
<context>
    <name>NextCueLabel</name>
    <message>
        <source>Next: “{words}” in {seconds} s</source>
        <translation>Siguiente: «{words}» en {seconds} s</translation>
    </message>
    <message>
        <source>Next: a tone in {seconds} s</source>
        <translation>Siguiente: un tono en {seconds} s</translation>
    </message>
    <message>
        <source>Next cue</source>
        <translation>Siguiente aviso</translation>
    </message>
</context>
<context>
    <name>PhaseDisplay</name>
    <message>
        <source>Current phase</source>
        <translation>Fase actual</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Print the compiled timeline of a workout.</source>
        <translation>Muestra la secuencia compilada de un entrenamiento.</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>muestra un objeto JSON</translation>
    </message>
    <message>
        <source>inhale</source>
        <translation>inspirar</translation>
    </message>
    <message>
        <source>exhale</source>
        <translation>espirar</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantener</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>conteo</translation>
    </message>
    <message>
        <source>tones</source>
        <translation>tonos</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencio</translation>
    </message>
    <message>
        <source>  one rep: {tempo}</source>
        <translation>  una repetición: {tempo}</translation>
    </message>
    <message>
        <source>  total {total}, {tension} under tension, {segments} segments, {cues} cues ({mode} mode)</source>
        <translation>  total {total}, {tension} bajo tensión, {segments} segmentos, {cues} avisos (modo {mode})</translation>
    </message>
    <message>
        <source>Cues, in words fitted to {source} (another voice or rate may pick others)</source>
        <translation>Avisos, con palabras ajustadas a {source} (otra voz u otra velocidad puede elegir otras)</translation>
    </message>
    <message>
        <source>a beep</source>
        <translation>un pitido</translation>
    </message>
    <message>
        <source>Each rest waits for Ready before its count-in; {seconds} s into a wait the coach says once: {words}. `run --headless` has no Ready key: its rests end on time and say the timed wording.</source>
        <translation>Cada descanso espera a Listo antes de su cuenta atrás; a los {seconds} s de espera el entrenador dice una vez: {words}. `run --headless` no tiene tecla Listo: sus descansos terminan a su hora y usan la frase de los descansos cronometrados.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>length</source>
        <translation>durac.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ser.</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep.</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>breath</source>
        <translation>resp.</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>at</source>
        <translation>en</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>(tone tone)</source>
        <translation>(tono tone)</translation>
    </message>
    <message>
        <source>({tone} tone)</source>
        <translation>(tono {tone})</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>one of {allowed}</source>
        <translation>uno de {allowed}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a tempo such as 3-1-X-1</source>
        <translation>un tempo como 3-1-X-1</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>not valid Unicode text</source>
        <translation>no es texto Unicode válido</translation>
    </message>
    <message>
        <source>a rep range and increment</source>
        <translation>un rango de repeticiones y un incremento</translation>
    </message>
    <message>
        <source>the plates of today&apos;s sets</source>
        <translation>los discos de las series de hoy</translation>
    </message>
    <message>
        <source>blocks of a workout</source>
        <translation>bloques de un entrenamiento</translation>
    </message>
    <message>
        <source>a plan field</source>
        <translation>un campo del plan</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objeto JSON</translation>
    </message>
    <message>
        <source>a plan of format {format} lists its blocks</source>
        <translation>un plan de formato {format} lista sus bloques</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>un objeto con {fields}</translation>
    </message>
    <message>
        <source>{blocks}; {rest} s between exercises, lead-in {lead_in} s</source>
        <translation>{blocks}; {rest} s entre ejercicios, preparación {lead_in} s</translation>
    </message>
    <message>
        <source>{sets} × {reps}, tempo {tempo}, rest {rest} s, lead-in {lead_in} s</source>
        <translation>{sets} × {reps}, tempo {tempo}, descanso {rest} s, preparación {lead_in} s</translation>
    </message>
    <message>
        <source>{single}, or {blocks} with a list of blocks</source>
        <translation>{single}, o {blocks} con una lista de bloques</translation>
    </message>
    <message>
        <source>a list of blocks</source>
        <translation>una lista de bloques</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>workout</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>Start from a preset or a plan file; each option given overrides it.</source>
        <translation>Parte de una plantilla o de un archivo de plan; cada opción indicada la sustituye.</translation>
    </message>
    <message>
        <source>one of: {presets}</source>
        <translation>una de: {presets}</translation>
    </message>
    <message>
        <source>a plan saved as JSON</source>
        <translation>un plan guardado como JSON</translation>
    </message>
    <message>
        <source>E-P-C-P: eccentric, bottom pause, concentric, top pause (3-1-X-1, 31X1, 2.5-0-1-1)</source>
        <translation>E-P-C-P: excéntrica, pausa abajo, concéntrica, pausa arriba (3-1-X-1, 31X1, 2.5-0-1-1)</translation>
    </message>
    <message>
        <source>{preset} and {plan_file}: give one or the other</source>
        <translation>{preset} y {plan_file}: indica uno u otro</translation>
    </message>
    <message>
        <source>{flag}: cannot read {path}: {reason}</source>
        <translation>{flag}: no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{flag} {path}: {problem}</source>
        <translation>{flag} {path}: {problem}</translation>
    </message>
    <message>
        <source>{flag}: cannot write {path}: {reason}</source>
        <translation>{flag}: no se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>How many sets</source>
        <translation>Cuántas series</translation>
    </message>
    <message>
        <source>Reps in each set (each side of a one-sided exercise)</source>
        <translation>Repeticiones por serie (por lado en un ejercicio unilateral)</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Descanso entre series, en segundos</translation>
    </message>
    <message>
        <source>Time to change sides between the two sides of a set</source>
        <translation>Tiempo para cambiar de lado entre los dos lados de una serie</translation>
    </message>
    <message>
        <source>Time to get under the bar before the first set</source>
        <translation>Tiempo para colocarte bajo la barra antes de la primera serie</translation>
    </message>
    <message>
        <source>Rest between one exercise and the next</source>
        <translation>Descanso entre un ejercicio y el siguiente</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Primero la izquierda</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Primero la derecha</translation>
    </message>
    <message>
        <source>The fewest reps a work set should reach at a load</source>
        <translation>Las repeticiones mínimas que debe alcanzar una serie efectiva con una carga</translation>
    </message>
    <message>
        <source>Once every work set reaches this, the load goes up</source>
        <translation>Cuando todas las series efectivas lleguen a esto, sube la carga</translation>
    </message>
    <message>
        <source>How much the load goes up at a time</source>
        <translation>Cuánto sube la carga cada vez</translation>
    </message>
    <message>
        <source>{low} to {high} reps</source>
        <translation>de {low} a {high} reps</translation>
    </message>
    <message>
        <source>+ {increment} {unit}</source>
        <translation>+ {increment} {unit}</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>The exercise of the block selected above</source>
        <translation>El ejercicio del bloque seleccionado arriba</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Primer lado</translation>
    </message>
    <message>
        <source>Cue mode</source>
        <translation>Tipo de avisos</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Advance when ready: end each rest on my command</source>
        <translation>Avanzar cuando esté listo: cada descanso termina cuando yo diga</translation>
    </message>
    <message>
        <source>The rest waits for you (Space or a clicker) instead of ending on the clock</source>
        <translation>El descanso te espera (Espacio o un mando) en lugar de terminar por tiempo</translation>
    </message>
    <message>
        <source>Increment unit</source>
        <translation>Unidad del incremento</translation>
    </message>
    <message>
        <source>Rep range</source>
        <translation>Rango de repeticiones</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Incremento</translation>
    </message>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: problema</translation>
    </message>
    <message>
        <source>Reps each side</source>
        <translation>Reps por lado</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Exercise {number} of {count}</source>
        <translation>Ejercicio {number} de {count}</translation>
    </message>
</context>
<context>
    <name>Plates</name>
    <message>
        <source>a list of at most {most} plate weights</source>
        <translation>una lista de como máximo {most} pesos de disco</translation>
    </message>
    <message>
        <source>plate weights with their pairs</source>
        <translation>pesos de disco con sus pares</translation>
    </message>
    <message>
        <source>each weight once in the list ({allowed})</source>
        <translation>cada peso una vez en la lista ({allowed})</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>unit, bar, collar or plates</source>
        <translation>unit, bar, collar o plates</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>collars {collar} each</source>
        <translation>cierres de {collar} cada uno</translation>
    </message>
    <message>
        <source>no collars</source>
        <translation>sin cierres</translation>
    </message>
    <message>
        <source>Bar {bar}, {collars}; plates in pairs: {plates}</source>
        <translation>Barra {bar}, {collars}; discos en pares: {plates}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>an object with unit, bar, collar, plates</source>
        <translation>un objeto con unit, bar, collar, plates</translation>
    </message>
    <message>
        <source>a list of plate weights with their pairs</source>
        <translation>una lista de pesos de disco con sus pares</translation>
    </message>
    <message>
        <source>at most {most} plate weights</source>
        <translation>como máximo {most} pesos de disco</translation>
    </message>
    <message>
        <source>a plate weight with its pairs</source>
        <translation>un peso de disco con sus pares</translation>
    </message>
    <message>
        <source>{allowed}, in steps of {step}</source>
        <translation>{allowed}, en pasos de {step}</translation>
    </message>
</context>
<context>
    <name>PlatesCommand</name>
    <message>
        <source>exit codes: 0 the load can be made; 1 it cannot (the nearest load is shown, and which way it was rounded); 2 bad options</source>
        <translation>códigos de salida: 0 la carga se puede montar; 1 no se puede (se muestra la carga más cercana y hacia dónde se redondeó); 2 opciones incorrectas</translation>
    </message>
    <message>
        <source>Print the plates to put on each side of the bar for a load, with the plates saved in the settings (a commercial gym&apos;s, until you change them).</source>
        <translation>Muestra los discos que hay que poner a cada lado de la barra para una carga, con los discos guardados en los ajustes (los de un gimnasio comercial, hasta que los cambies).</translation>
    </message>
    <message>
        <source>the load on the bar, such as 142.5</source>
        <translation>la carga en la barra, como 142.5</translation>
    </message>
    <message>
        <source>kg or lb (default: the unit of your plates)</source>
        <translation>kg o lb (por defecto: la unidad de tus discos)</translation>
    </message>
    <message>
        <source>{load} is {converted} (your plates are in {unit}).</source>
        <translation>{load} son {converted} (tus discos están en {unit}).</translation>
    </message>
    <message>
        <source>Your plates: {plates}.</source>
        <translation>Tus discos: {plates}.</translation>
    </message>
</context>
<context>
    <name>PlatesLine</name>
    <message>
        <source>Plates</source>
        <translation>Discos</translation>
    </message>
</context>
<context>
    <name>PlatesPanel</name>
    <message>
        <source>Plate {number}</source>
        <translation>Disco {number}</translation>
    </message>
    <message>
        <source>One plate&apos;s weight</source>
        <translation>El peso de un disco</translation>
    </message>
    <message>
        <source>Plate {number} pairs</source>
        <translation>Pares del disco {number}</translation>
    </message>
    <message>
        <source>pairs</source>
        <comment>after the number of pairs</comment>
        <translation>pares</translation>
    </message>
    <message>
        <source>How many pairs of this plate: one goes on each side</source>
        <translation>Cuántos pares de este disco: uno va a cada lado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Leave this plate out</source>
        <translation>Deja fuera este disco</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Discos</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Default {unit} gym</source>
        <translation>Gimnasio estándar en {unit}</translation>
    </message>
    <message>
        <source>A commercial gym&apos;s bar and plates in {unit}</source>
        <translation>La barra y los discos de un gimnasio comercial en {unit}</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barra</translation>
    </message>
    <message>
        <source>The empty bar (0 for a landmine or a handle)</source>
        <translation>La barra vacía (0 para una landmine o un agarre)</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>One collar (0 for spring clips); both go on</source>
        <translation>Un cierre (0 para pinzas de muelle); se ponen los dos</translation>
    </message>
    <message>
        <source>Collars, each</source>
        <translation>Cierres, cada uno</translation>
    </message>
    <message>
        <source>Add a plate</source>
        <translation>Añadir un disco</translation>
    </message>
    <message>
        <source>Another plate weight (1.25 kg change plates…)</source>
        <translation>Otro peso de disco (discos de 1,25 kg…)</translation>
    </message>
    <message>
        <source>Plates: problem</source>
        <translation>Discos: problema</translation>
    </message>
    <message>
        <source>Plates you have, heaviest first</source>
        <translation>Los discos que tienes, del más pesado al más ligero</translation>
    </message>
</context>
<context>
    <name>PresetPanel</name>
    <message>
        <source>Workouts</source>
        <translation>Entrenamientos</translation>
    </message>
    <message>
        <source>Workout presets</source>
        <translation>Plantillas de entrenamiento</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Save the workout shown as a new preset of yours</source>
        <translation>Guarda el entrenamiento mostrado como una plantilla nueva tuya</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected preset to edit it</source>
        <translation>Copia la plantilla seleccionada para editarla</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename the selected preset of yours</source>
        <translation>Cambia el nombre de la plantilla tuya seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected preset of yours</source>
        <translation>Borra la plantilla tuya seleccionada</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Store the values shown in the selected preset of yours</source>
        <translation>Guarda los valores mostrados en la plantilla tuya seleccionada</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add a preset from a JSON plan file</source>
        <translation>Añade una plantilla desde un archivo de plan JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the workout shown as a JSON file</source>
        <translation>Guarda el entrenamiento mostrado como archivo JSON</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluidas</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyas</translation>
    </message>
    <message>
        <source>Yours (none yet)</source>
        <translation>Tuyas (aún ninguna)</translation>
    </message>
    <message>
        <source>Built-in presets cannot be renamed: duplicate it first</source>
        <translation>Las plantillas incluidas no se pueden renombrar: duplícala primero</translation>
    </message>
    <message>
        <source>Built-in presets cannot be deleted</source>
        <translation>Las plantillas incluidas no se pueden borrar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Could not create the preset: {reason}. Nothing was changed.</source>
        <translation>No se pudo crear la plantilla: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not duplicate the preset: {reason}. Nothing was changed.</source>
        <translation>No se pudo duplicar la plantilla: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Renombrar plantilla</translation>
    </message>
    <message>
        <source>Could not rename the preset: {reason}. Nothing was changed.</source>
        <translation>No se pudo renombrar la plantilla: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not save the preset: {reason}. Nothing was changed.</source>
        <translation>No se pudo guardar la plantilla: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Borrar plantilla</translation>
    </message>
    <message>
        <source>Delete your preset “{name}”? This cannot be undone.</source>
        <translation>¿Borrar tu plantilla «{name}»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete the preset: {reason}. Nothing was changed.</source>
        <translation>No se pudo borrar la plantilla: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Import a workout</source>
        <translation>Importar un entrenamiento</translation>
    </message>
    <message>
        <source>Workout plans (*.json);;All files (*)</source>
        <translation>Planes de entrenamiento (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>Importada «{name}» de {file}.</translation>
    </message>
    <message>
        <source>Export the workout</source>
        <translation>Exportar el entrenamiento</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>No se pudo exportar a {path}: {reason}.</translation>
    </message>
    <message>
        <source>Exported “{name}” to {path}.</source>
        <translation>Exportada «{name}» a {path}.</translation>
    </message>
    <message>
        <source>Could not import {file}: {reason}. Nothing was changed.</source>
        <translation>No se pudo importar {file}: {reason}. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Glute day A</source>
        <translation>Día de glúteo A</translation>
    </message>
    <message>
        <source>A whole glute session: hip thrusts 4 × 8–12, B-stance 3 × 10 each side, frog pumps.</source>
        <translation>Una sesión completa de glúteo: hip thrust 4 × 8–12, hip thrust en B-stance 3 × 10 por lado, frog pumps.</translation>
    </message>
    <message>
        <source>Glute day B</source>
        <translation>Día de glúteo B</translation>
    </message>
    <message>
        <source>A whole glute session: glute bridges 4 × 10–15, single-leg 3 × 10 each side, frog pumps.</source>
        <translation>Una sesión completa de glúteo: puente de glúteo 4 × 10–15, hip thrust a una pierna 3 × 10 por lado, frog pumps.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation> (modificado)</translation>
    </message>
    <message>
        <source>Heavy strength</source>
        <translation>Fuerza pesada</translation>
    </message>
    <message>
        <source>Heavy triples to fives: explosive lift, a one-second lockout, long rests.</source>
        <translation>Series pesadas de tres a cinco: subida explosiva, un segundo de bloqueo arriba, descansos largos.</translation>
    </message>
    <message>
        <source>Hypertrophy squeeze</source>
        <translation>Hipertrofia con apretón</translation>
    </message>
    <message>
        <source>Moderate load for 10: a two-second squeeze at the top of every rep.</source>
        <translation>Carga moderada para 10: dos segundos apretando arriba en cada repetición.</translation>
    </message>
    <message>
        <source>Slow eccentric</source>
        <translation>Excéntrica lenta</translation>
    </message>
    <message>
        <source>Four seconds down and a dead stop at the bottom: time under tension.</source>
        <translation>Cuatro segundos bajando y parada completa abajo: tiempo bajo tensión.</translation>
    </message>
    <message>
        <source>Light warm-up</source>
        <translation>Calentamiento ligero</translation>
    </message>
    <message>
        <source>An empty or light bar before the work sets: groove the lockout.</source>
        <translation>Barra vacía o ligera antes de las series efectivas: afianza el bloqueo arriba.</translation>
    </message>
    <message>
        <source>Paused reps</source>
        <translation>Repeticiones con pausa</translation>
    </message>
    <message>
        <source>A three-second hold at the top and a brace at the bottom: own the lockout.</source>
        <translation>Tres segundos aguantando arriba y tensión abajo: domina el bloqueo.</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>una de {allowed}</translation>
    </message>
    <message>
        <source>unknown preset</source>
        <translation>plantilla desconocida</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>List the built-in presets.</source>
        <translation>Lista las plantillas incluidas.</translation>
    </message>
    <message>
        <source>print the presets as plans in JSON</source>
        <translation>muestra las plantillas como planes en JSON</translation>
    </message>
    <message>
        <source>{exercise} each side</source>
        <translation>{exercise} por lado</translation>
    </message>
    <message>
        <source>
* the default. Tempo is E-P-C-P: down, bottom pause, up (X = explosive), top squeeze.
A whole session&apos;s rest is the rest between its blocks (exercises); each block has its own below it.</source>
        <translation>
* la predeterminada. El tempo es E-P-C-P: bajada, pausa abajo, subida (X = explosiva), apretón arriba.
El descanso de una sesión completa es el descanso entre sus bloques (ejercicios); cada bloque tiene el suyo debajo.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>reps</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>lead-in</source>
        <translation>preparación</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>about</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>{count} block</source>
        <translation>{count} bloque</translation>
    </message>
    <message>
        <source>{count} blocks</source>
        <translation>{count} bloques</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>No session of this workout in the log yet: choose a load you can lift for {reps} reps.</source>
        <translation>Aún no hay ninguna sesión de este entrenamiento en el registro: elige una carga que puedas levantar {reps} repeticiones.</translation>
    </message>
    <message>
        <source>First time: choose a load you can lift for {reps} reps.</source>
        <translation>Primera vez: elige una carga para {reps} reps.</translation>
    </message>
    <message>
        <source>Two sessions in a row below {reps} reps: take {percent} % off.</source>
        <translation>Dos sesiones seguidas por debajo de {reps} repeticiones: quita un {percent} %.</translation>
    </message>
    <message>
        <source>Every set reached {reps} at RPE {rpe} or less</source>
        <translation>Todas las series llegaron a {reps} con RPE {rpe} o menos</translation>
    </message>
    <message>
        <source>Every set reached {reps}</source>
        <translation>Todas las series llegaron a {reps}</translation>
    </message>
    <message>
        <source>{reached}, but {load} is the most your plates make.</source>
        <translation>{reached}, pero {load} es lo máximo que se puede montar con tus discos.</translation>
    </message>
    <message>
        <source>{reached}: add {increment} (your plates make +{added}).</source>
        <translation>{reached}: sube {increment} (con tus discos, +{added}).</translation>
    </message>
    <message>
        <source>{reached}: add {increment}.</source>
        <translation>{reached}: sube {increment}.</translation>
    </message>
    <message>
        <source>Every set reached {reps}, but RPE {rpe} is above {most}: keep the load.</source>
        <translation>Todas las series llegaron a {reps}, pero el RPE {rpe} pasa de {most}: mantén la carga.</translation>
    </message>
    <message>
        <source>Not every set reached {reps}: keep the load and aim for {aim}.</source>
        <translation>No todas las series llegaron a {reps}: mantén la carga y busca {aim}.</translation>
    </message>
    <message>
        <source>{load} (the nearest your plates make)</source>
        <translation>{load} (lo más cercano que se puede montar con tus discos)</translation>
    </message>
    <message>
        <source>Last time: {summary}.</source>
        <translation>Última vez: {summary}.</translation>
    </message>
    <message>
        <source>Today: {load} × {reps}.</source>
        <translation>Hoy: {load} × {reps}.</translation>
    </message>
    <message>
        <source>{sets} at {load}</source>
        <translation>{sets} con {load}</translation>
    </message>
    <message>
        <source>{sets} at {load}, RPE {rpe}</source>
        <translation>{sets} con {load}, RPE {rpe}</translation>
    </message>
    <message>
        <source>6 to 10 in half steps</source>
        <translation>de 6 a 10 en medios puntos</translation>
    </message>
    <message>
        <source>rep range</source>
        <translation>rango de repeticiones</translation>
    </message>
    <message>
        <source>a bottom no higher than the top, such as 8–12</source>
        <translation>un mínimo que no pase del máximo, como 8–12</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>un objeto con {fields}</translation>
    </message>
    <message>
        <source>progression fields: {fields}</source>
        <translation>campos de progresión: {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>{reps} rep, +{increment} {unit}</source>
        <translation>{reps} rep, +{increment} {unit}</translation>
    </message>
    <message>
        <source>{reps} reps, +{increment} {unit}</source>
        <translation>{reps} reps, +{increment} {unit}</translation>
    </message>
</context>
<context>
    <name>PulseFeed</name>
    <message>
        <source>cues</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>key sounds</source>
        <translation>sonidos de teclas</translation>
    </message>
    <message>
        <source>the sound server stopped: the workout goes on silently</source>
        <translation>el servidor de sonido se ha parado: el entrenamiento sigue sin sonido</translation>
    </message>
    <message>
        <source>no audio output: the workout goes on without sound</source>
        <translation>no hay salida de audio: el entrenamiento sigue sin sonido</translation>
    </message>
    <message>
        <source>{reason}: now playing on {output}</source>
        <translation>{reason}: ahora suena por {output}</translation>
    </message>
    <message>
        <source>sound is back on {output}</source>
        <translation>vuelve a haber sonido por {output}</translation>
    </message>
    <message>
        <source>the audio output changed</source>
        <translation>la salida de audio ha cambiado</translation>
    </message>
</context>
<context>
    <name>ReadingFile</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is a device or pipe, not a regular file</source>
        <translation>es un dispositivo o una tubería, no un archivo normal</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {byte} is not)</source>
        <translation>no es texto UTF-8 (el byte {byte} no lo es)</translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation>{megabytes} MB</translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation>{bytes} bytes</translation>
    </message>
    <message>
        <source>it is larger than {size}, the most allowed</source>
        <translation>ocupa más de {size}, el máximo permitido</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Training log: set {number} was not saved ({problem})</source>
        <translation>Registro de entrenamiento: la serie {number} no se guardó ({problem})</translation>
    </message>
    <message>
        <source>Training log: {notice}</source>
        <translation>Registro de entrenamiento: {notice}</translation>
    </message>
    <message>
        <source>Training log: {sets} could not be saved yet ({problem}) nor kept beside the log ({journal_problem}); ThrustTimer keeps trying.</source>
        <translation>Registro de entrenamiento, {sets}: aún sin guardar ({problem}) y sin poder conservarse junto al registro ({journal_problem}); ThrustTimer lo sigue intentando.</translation>
    </message>
    <message>
        <source>Training log: the log file is damaged ({problem}); {sets} is kept in {journal} and will go into a new log when ThrustTimer next opens it.</source>
        <translation>Registro de entrenamiento: el archivo del registro está dañado ({problem}); la {sets} se guarda en {journal} y pasará a un registro nuevo la próxima vez que ThrustTimer lo abra.</translation>
    </message>
    <message>
        <source>Training log: the log file is damaged ({problem}); {sets} are kept in {journal} and will go into a new log when ThrustTimer next opens it.</source>
        <translation>Registro de entrenamiento: el archivo del registro está dañado ({problem}); las {sets} se guardan en {journal} y pasarán a un registro nuevo la próxima vez que ThrustTimer lo abra.</translation>
    </message>
    <message>
        <source>Training log: {sets} of this session are not in the log yet ({problem}); they are kept in {journal} and will be added the next time ThrustTimer opens the log.</source>
        <translation>Registro de entrenamiento, {sets} de esta sesión: todavía fuera del registro ({problem}); los datos se conservan en {journal} y se añadirán la próxima vez que ThrustTimer abra el registro.</translation>
    </message>
    <message>
        <source>Training log: {sets} were not saved ({problem}), and could not be kept beside the log either ({journal_problem}).</source>
        <translation>Registro de entrenamiento, {sets}: sin guardar ({problem}) y sin poder conservarse tampoco junto al registro ({journal_problem}).</translation>
    </message>
    <message>
        <source>Training log: {sets} are not saved yet ({problem}); ThrustTimer keeps them and tries again with the next session, and as it closes.</source>
        <translation>Registro de entrenamiento, {sets}: aún sin guardar ({problem}); ThrustTimer lo conserva y lo vuelve a intentar con la próxima sesión y al cerrarse.</translation>
    </message>
    <message>
        <source>set {number}</source>
        <translation>serie {number}</translation>
    </message>
    <message>
        <source>sets {numbers} and {last}</source>
        <translation>series {numbers} y {last}</translation>
    </message>
</context>
<context>
    <name>RenderProgress</name>
    <message>
        <source>Voice ready: {ready} of {total} phrases</source>
        <translation>Voz lista: {ready} de {total} frases</translation>
    </message>
    <message>
        <source>Preparing voice: {done}/{total} “{phrase}”</source>
        <translation>Preparando la voz: {done}/{total} «{phrase}»</translation>
    </message>
    <message>
        <source>Preparing voice: {done}/{total}</source>
        <translation>Preparando la voz: {done}/{total}</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <source>the speech worker crashed (exit code {code})</source>
        <translation>el proceso de voz se ha cerrado con un fallo (código de salida {code})</translation>
    </message>
    <message>
        <source>the speech worker hung starting</source>
        <translation>el proceso de voz se colgó al arrancar</translation>
    </message>
    <message>
        <source>the speech worker hung on “{phrase}”</source>
        <translation>el proceso de voz se colgó con «{phrase}»</translation>
    </message>
    <message>
        <source>the speech worker could not start ({error})</source>
        <translation>el proceso de voz no pudo arrancar ({error})</translation>
    </message>
    <message>
        <source>Speech engine: {notice}</source>
        <translation>Motor de voz: {notice}</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>The app&apos;s icons are missing from this installation (no compiled resources); reinstall ThrustTimer to get them back.</source>
        <translation>Faltan los iconos de la app en esta instalación (no hay recursos compilados); reinstala ThrustTimer para recuperarlos.</translation>
    </message>
    <message>
        <source>The app&apos;s icons could not be compiled: {error}</source>
        <translation>No se pudieron compilar los iconos de la app: {error}</translation>
    </message>
    <message>
        <source>The app&apos;s icons could not be loaded from {path}.</source>
        <translation>No se pudieron cargar los iconos de la app desde {path}.</translation>
    </message>
</context>
<context>
    <name>RestScreen</name>
    <message>
        <source>Next set: {plates}</source>
        <translation>Siguiente serie: {plates}</translation>
    </message>
    <message>
        <source>Next set</source>
        <translation>Siguiente serie</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Discos</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Esperándote</translation>
    </message>
    <message>
        <source>Take your time: the next set starts when you press Space, Enter or your clicker</source>
        <translation>Tómate tu tiempo: la siguiente serie empieza cuando pulses Espacio, Intro o tu mando</translation>
    </message>
    <message>
        <source>Form point</source>
        <translation>Técnica</translation>
    </message>
</context>
<context>
    <name>RowError</name>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run a workout with its voice and tones. --headless: no window, a one-line progress display in the terminal. Without a window there is no Ready key: each rest ends by itself, on time.</source>
        <translation>Hace un entrenamiento con su voz y sus tonos. --headless: sin ventana, con una línea de progreso en el terminal. Sin ventana no hay tecla Listo: cada descanso termina solo, a su hora.</translation>
    </message>
    <message>
        <source>no window (needed for now)</source>
        <translation>sin ventana (necesario por ahora)</translation>
    </message>
    <message>
        <source>write what happens as JSON lines</source>
        <translation>escribe lo que pasa como líneas JSON</translation>
    </message>
    <message>
        <source>record each completed set in the training log with this load (0 to 1000 kg); a workout of several exercises takes one a exercise, in order (100,60,0)</source>
        <translation>registra cada serie completada en el registro de entrenamiento con esta carga (de 0 a 1000 kg); un entrenamiento de varios ejercicios lleva una por ejercicio, en orden (100,60,0)</translation>
    </message>
    <message>
        <source>extra output latency to make up for, such as a Bluetooth headset&apos;s (-500 to 500 ms; default: the saved setting)</source>
        <translation>latencia de salida extra que compensar, como la de unos auriculares Bluetooth (de -500 a 500 ms; por defecto: el ajuste guardado)</translation>
    </message>
    <message>
        <source>only --headless is available yet; `thrusttimer [plan options]` opens the window</source>
        <translation>por ahora solo está disponible --headless; `thrusttimer [opciones del plan]` abre la ventana</translation>
    </message>
    <message>
        <source>{flag}: {count} loads is not allowed for a workout of {blocks} exercise; allowed: one load an exercise, in order, separated by commas</source>
        <translation>{flag}: {count} cargas no está permitido para un entrenamiento de {blocks} ejercicio; se permite: una carga por ejercicio, en orden, separadas por comas</translation>
    </message>
    <message>
        <source>{flag}: {count} loads is not allowed for a workout of {blocks} exercises; allowed: one load an exercise, in order, separated by commas</source>
        <translation>{flag}: {count} cargas no está permitido para un entrenamiento de {blocks} ejercicios; se permite: una carga por ejercicio, en orden, separadas por comas</translation>
    </message>
    <message>
        <source>Workout complete: {played} cues played, {dropped} dropped</source>
        <translation>Entrenamiento completado: {played} avisos reproducidos, {dropped} perdidos</translation>
    </message>
    <message>
        <source>Workout complete: {played} cues played, {dropped} dropped (no sound)</source>
        <translation>Entrenamiento completado: {played} avisos reproducidos, {dropped} perdidos (sin sonido)</translation>
    </message>
    <message>
        <source>Stopped: {played} cues played, {dropped} dropped</source>
        <translation>Parado: {played} avisos reproducidos, {dropped} perdidos</translation>
    </message>
    <message>
        <source>Stopped: {played} cues played, {dropped} dropped (no sound)</source>
        <translation>Parado: {played} avisos reproducidos, {dropped} perdidos (sin sonido)</translation>
    </message>
    <message>
        <source>Latency offset: cues play {offset} ms early</source>
        <translation>Compensación de latencia: los avisos suenan {offset} ms antes</translation>
    </message>
    <message>
        <source>Stopped before the workout started</source>
        <translation>Parado antes de que empezara el entrenamiento</translation>
    </message>
    <message>
        <source>Logged set {number}: {load} kg × {reps}</source>
        <translation>Serie {number} registrada: {load} kg × {reps}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>the plan has nothing to run</source>
        <translation>el plan no tiene nada que hacer</translation>
    </message>
    <message>
        <source>a rest cannot be longer than {most} minutes</source>
        <translation>un descanso no puede durar más de {most} minutos</translation>
    </message>
    <message>
        <source>the next set is already counting in</source>
        <translation>la siguiente serie ya está en la cuenta atrás</translation>
    </message>
    <message>
        <source>the session has already started</source>
        <translation>la sesión ya ha empezado</translation>
    </message>
    <message>
        <source>the session is not running</source>
        <translation>la sesión no está en curso</translation>
    </message>
    <message>
        <source>the session is over</source>
        <translation>la sesión ha terminado</translation>
    </message>
    <message>
        <source>cannot pause: the session has not started</source>
        <translation>no se puede pausar: la sesión no ha empezado</translation>
    </message>
    <message>
        <source>cannot pause: the session is already paused</source>
        <translation>no se puede pausar: la sesión ya está en pausa</translation>
    </message>
    <message>
        <source>cannot pause: the session is over</source>
        <translation>no se puede pausar: la sesión ha terminado</translation>
    </message>
    <message>
        <source>the session is not paused</source>
        <translation>la sesión no está en pausa</translation>
    </message>
    <message>
        <source>there is no rest to skip: the session is not resting</source>
        <translation>no hay descanso que saltar: la sesión no está en descanso</translation>
    </message>
    <message>
        <source>only a rest can be made longer or shorter: the session is not resting</source>
        <translation>solo se puede alargar o acortar un descanso: la sesión no está en descanso</translation>
    </message>
    <message>
        <source>there is no rest to end: the session is not resting</source>
        <translation>no hay descanso que terminar: la sesión no está en descanso</translation>
    </message>
    <message>
        <source>there is no set in progress to restart</source>
        <translation>no hay ninguna serie en curso que reiniciar</translation>
    </message>
    <message>
        <source>there is no rep in progress to restart</source>
        <translation>no hay ninguna repetición en curso que reiniciar</translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Edit set…  (Enter)</source>
        <translation>Editar serie…  (Intro)</translation>
    </message>
    <message>
        <source>Delete set  (Del)</source>
        <translation>Borrar serie  (Supr)</translation>
    </message>
    <message>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Deshacer  (Ctrl+Z)</translation>
    </message>
    <message>
        <source> · {minutes} min</source>
        <translation> · {minutes} min</translation>
    </message>
    <message>
        <source>Nothing changed: {error}</source>
        <translation>No se cambió nada: {error}</translation>
    </message>
    <message>
        <source>That set cannot be edited: {error}</source>
        <translation>Esa serie no se puede editar: {error}</translation>
    </message>
</context>
<context>
    <name>SetEditor</name>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>Edit set {number}: {exercise}</source>
        <translation>Editar serie {number}: {exercise}</translation>
    </message>
    <message>
        <source>Edit set {number}: {exercise} · {side}</source>
        <translation>Editar serie {number}: {exercise} · {side}</translation>
    </message>
    <message>
        <source> of {planned}</source>
        <translation> de {planned}</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>SetSpecs</name>
    <message>
        <source>Warm-up {number} of {sets}, left side</source>
        <translation>Calentamiento {number} de {sets}, lado izquierdo</translation>
    </message>
    <message>
        <source>Warm-up {number} of {sets}, right side</source>
        <translation>Calentamiento {number} de {sets}, lado derecho</translation>
    </message>
    <message>
        <source>Warm-up {number} of {sets}</source>
        <translation>Calentamiento {number} de {sets}</translation>
    </message>
    <message>
        <source>Set {number} of {sets}, left side</source>
        <translation>Serie {number} de {sets}, lado izquierdo</translation>
    </message>
    <message>
        <source>Set {number} of {sets}, right side</source>
        <translation>Serie {number} de {sets}, lado derecho</translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Serie {number} de {sets}</translation>
    </message>
    <message>
        <source>{set}: {loading}</source>
        <translation>{set}: {loading}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings file {path} {problem} and could not be moved aside ({reason}); ThrustTimer is using the default settings and will not be able to save them.</source>
        <translation>Tu archivo de ajustes {path} {problem} y no se pudo apartar ({reason}); ThrustTimer usa los ajustes predeterminados y no podrá guardarlos.</translation>
    </message>
    <message>
        <source>Your settings file {path} {problem}. It was kept as {aside} and ThrustTimer started with the default settings.</source>
        <translation>Tu archivo de ajustes {path} {problem}. Se guardó como {aside} y ThrustTimer arrancó con los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>a JSON plan</source>
        <translation>un plan JSON</translation>
    </message>
    <message>
        <source>The last workout could not be restored ({problem}); starting from “{name}” instead.</source>
        <translation>No se pudo recuperar el último entrenamiento ({problem}); se empieza con «{name}».</translation>
    </message>
    <message>
        <source>Some voice settings were reset to their defaults: {problems}.</source>
        <translation>Algunos ajustes de voz volvieron a sus valores predeterminados: {problems}.</translation>
    </message>
    <message>
        <source>The settings file was copied to {file}.</source>
        <translation>El archivo de ajustes se copió en {file}.</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>una lista JSON</translation>
    </message>
    <message>
        <source>Some plate settings were reset to their defaults: {problems}.</source>
        <translation>Algunos ajustes de discos volvieron a sus valores predeterminados: {problems}.</translation>
    </message>
    <message>
        <source>a JSON warm-up scheme</source>
        <translation>un esquema de calentamiento JSON</translation>
    </message>
    <message>
        <source>The warm-up could not be restored ({problem}); using the default warm-up ({scheme}) instead.</source>
        <translation>No se pudo recuperar el calentamiento ({problem}); se usa el calentamiento predeterminado ({scheme}).</translation>
    </message>
    <message>
        <source>Settings could not be saved: the file {problem}.</source>
        <translation>No se pudieron guardar los ajustes: el archivo {problem}.</translation>
    </message>
    <message>
        <source>could not be read or written</source>
        <translation>no se pudo leer ni escribir</translation>
    </message>
    <message>
        <source>is damaged (it is larger than {megabytes} MB)</source>
        <translation>está dañado (ocupa más de {megabytes} MB)</translation>
    </message>
    <message>
        <source>is damaged (byte {byte} is not UTF-8 text)</source>
        <translation>está dañado (el byte {byte} no es texto UTF-8)</translation>
    </message>
    <message>
        <source>is damaged (it is empty or was cut short: its last line is unfinished)</source>
        <translation>está dañado (está vacío o se cortó: su última línea está incompleta)</translation>
    </message>
    <message>
        <source>is damaged (line {line} holds a control character)</source>
        <translation>está dañado (la línea {line} contiene un carácter de control)</translation>
    </message>
    <message>
        <source>is damaged (line {line} is neither a [section] nor a key=value line)</source>
        <translation>está dañado (la línea {line} no es ni una [sección] ni una línea clave=valor)</translation>
    </message>
    <message>
        <source>is damaged (it has no format line; it may have been cut short)</source>
        <translation>está dañado (no tiene línea de formato; puede que se cortara)</translation>
    </message>
    <message>
        <source>was written by another version of ThrustTimer (format {found}; this one reads format {format})</source>
        <translation>lo escribió otra versión de ThrustTimer (formato {found}; esta lee el formato {format})</translation>
    </message>
    <message>
        <source>is damaged (not a valid settings file)</source>
        <translation>está dañado (no es un archivo de ajustes válido)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up the workout</source>
        <translation>Configurar el entrenamiento</translation>
    </message>
    <message>
        <source>Fix {problem}</source>
        <comment>room for the reason</comment>
        <translation>Corrige {problem}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start this workout</source>
        <translation>Empieza este entrenamiento</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields}</source>
        <translation>No se puede empezar: revisa {fields}</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields} and {count} more</source>
        <comment>one more</comment>
        <translation>No se puede empezar: revisa {fields} y {count} más</translation>
    </message>
    <message>
        <source>Can&apos;t start: check {fields} and {count} more</source>
        <comment>several</comment>
        <translation>No se puede empezar: revisa {fields} y {count} más</translation>
    </message>
</context>
<context>
    <name>SetupForm</name>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de voz</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Latency offset</source>
        <translation>Compensación de latencia</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rep range (bottom)</source>
        <translation>Rango de reps (mínimo)</translation>
    </message>
    <message>
        <source>Rep range (top)</source>
        <translation>Rango de reps (máximo)</translation>
    </message>
    <message>
        <source>Rep range</source>
        <translation>Rango de reps</translation>
    </message>
    <message>
        <source>Increment</source>
        <translation>Incremento</translation>
    </message>
    <message>
        <source>Increment unit</source>
        <translation>Unidad del incremento</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
    <message>
        <source>First side</source>
        <translation>Primer lado</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Descanso entre ejercicios</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Barra</translation>
    </message>
    <message>
        <source>Collar</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Discos</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Full coaching (phases, breathing, counts, tips)</source>
        <translation>Guía completa (fases, respiración, conteo, consejos)</translation>
    </message>
    <message>
        <source>Breathing words only</source>
        <translation>Solo respiración</translation>
    </message>
    <message>
        <source>Rep counts only</source>
        <translation>Solo conteo de repeticiones</translation>
    </message>
    <message>
        <source>Tones only, no words</source>
        <translation>Solo tonos, sin palabras</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>not ready: fix the fields marked ⚠</source>
        <translation>no está listo: corrige los campos marcados con ⚠</translation>
    </message>
    <message>
        <source>the bottom is above the top</source>
        <translation>el mínimo está por encima del máximo</translation>
    </message>
    <message>
        <source>Plate {number}</source>
        <translation>Disco {number}</translation>
    </message>
    <message>
        <source>Plate {number} pairs</source>
        <translation>Pares del disco {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number}</source>
        <translation>Paso de calentamiento {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number} percent</source>
        <translation>Porcentaje del paso de calentamiento {number}</translation>
    </message>
    <message>
        <source>Warm-up step {number} reps</source>
        <translation>Repeticiones del paso de calentamiento {number}</translation>
    </message>
    <message>
        <source>{field} of block {number} ({exercise})</source>
        <translation>{field} del bloque {number} ({exercise})</translation>
    </message>
    <message>
        <source>Allowed: {allowed}.</source>
        <translation>Se permite: {allowed}.</translation>
    </message>
    <message>
        <source>{problem}. Allowed: {allowed}.</source>
        <translation>{problem}. Se permite: {allowed}.</translation>
    </message>
    <message>
        <source>Fix {field} to start: {problem}</source>
        <translation>Corrige {field} para empezar: {problem}</translation>
    </message>
    <message>
        <source>{exercises} exercises, {sets} sets, {rest} s between exercises, lead-in {lead_in} s</source>
        <translation>{exercises} ejercicios, {sets} series, {rest} s entre ejercicios, preparación {lead_in} s</translation>
    </message>
</context>
<context>
    <name>SetupRows</name>
    <message>
        <source>{field}: problem</source>
        <translation>{field}: problema</translation>
    </message>
</context>
<context>
    <name>SideView</name>
    <message>
        <source>Side view of the hip thrust</source>
        <translation>Vista lateral del hip thrust</translation>
    </message>
    <message>
        <source>Side view of the {exercise}</source>
        <translation>Vista lateral de: {exercise}</translation>
    </message>
</context>
<context>
    <name>SinkWorker</name>
    <message>
        <source>no audio output: the workout goes on without sound</source>
        <translation>no hay salida de audio: el entrenamiento sigue sin sonido</translation>
    </message>
    <message>
        <source>cannot open {output}: the workout goes on silently</source>
        <translation>no se puede abrir {output}: el entrenamiento sigue sin sonido</translation>
    </message>
    <message>
        <source>sound is back on {output}</source>
        <translation>vuelve a haber sonido por {output}</translation>
    </message>
    <message>
        <source>audio error {error}</source>
        <translation>error de audio {error}</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>atascado</translation>
    </message>
    <message>
        <source>the sound server stopped: the workout goes on silently</source>
        <translation>el servidor de sonido se ha parado: el entrenamiento sigue sin sonido</translation>
    </message>
    <message>
        <source>sound stopped ({reason})</source>
        <translation>el sonido se ha parado ({reason})</translation>
    </message>
    <message>
        <source>the audio output changed</source>
        <translation>la salida de audio ha cambiado</translation>
    </message>
    <message>
        <source>{reason}: now playing on {output}</source>
        <translation>{reason}: ahora suena por {output}</translation>
    </message>
</context>
<context>
    <name>SmokeTest</name>
    <message>
        <source>prove an installed or frozen build can draw, speak and play.</source>
        <translation>comprueba que una versión instalada o congelada puede dibujar, hablar y reproducir sonido.</translation>
    </message>
    <message>
        <source>also save the rendered frame here</source>
        <translation>guarda también aquí el fotograma renderizado</translation>
    </message>
    <message>
        <source>skip speech and playback</source>
        <translation>omite la voz y la reproducción</translation>
    </message>
    <message>
        <source>speak with the speech engine, falling back to the bundled voice pack (default), or with the voice pack only</source>
        <translation>habla con el motor de voz, recurriendo al paquete de voz incluido (por defecto), o solo con el paquete de voz</translation>
    </message>
    <message>
        <source>frozen, bundle {path}</source>
        <translation>congelada, paquete {path}</translation>
    </message>
    <message>
        <source>python package</source>
        <translation>paquete de Python</translation>
    </message>
    <message>
        <source>build: {where}; Python {python}; PySide6 {pyside}</source>
        <translation>versión: {where}; Python {python}; PySide6 {pyside}</translation>
    </message>
    <message>
        <source>voice pack: FAILED, missing or unreadable in {folder}</source>
        <translation>paquete de voz: FALLO, falta o no se puede leer en {folder}</translation>
    </message>
    <message>
        <source>voice pack: {count} phrases, voice {voice}, in {folder}</source>
        <translation>paquete de voz: {count} frases, voz {voice}, en {folder}</translation>
    </message>
    <message>
        <source>modules: FAILED to import {failed} of {count}: {errors}</source>
        <translation>módulos: FALLO al importar {failed} de {count}: {errors}</translation>
    </message>
    <message>
        <source>modules: imported all {count}</source>
        <translation>módulos: importados los {count}</translation>
    </message>
    <message>
        <source>worker process: FAILED, no answer in {seconds} s (exit {code})</source>
        <translation>proceso auxiliar: FALLO, sin respuesta en {seconds} s (salida {code})</translation>
    </message>
    <message>
        <source>worker process: spawned and answered (exit {code})</source>
        <translation>proceso auxiliar: lanzado y respondió (salida {code})</translation>
    </message>
    <message>
        <source>qt resources: {source}, app icon found{notice}</source>
        <translation>recursos de Qt: {source}, icono de la app encontrado{notice}</translation>
    </message>
    <message>
        <source>qt resources: {source}, app icon MISSING{notice}</source>
        <translation>recursos de Qt: {source}, FALTA el icono de la app{notice}</translation>
    </message>
    <message>
        <source>frame: FAILED, nothing rendered (platform {platform})</source>
        <translation>fotograma: FALLO, no se renderizó nada (plataforma {platform})</translation>
    </message>
    <message>
        <source>frame: {width}x{height} on {platform}, {colours} colours in a 64x48 sample</source>
        <translation>fotograma: {width}x{height} en {platform}, {colours} colores en una muestra de 64x48</translation>
    </message>
    <message>
        <source>frame: saved {path}</source>
        <translation>fotograma: guardado {path}</translation>
    </message>
    <message>
        <source>frame: FAILED to save {path}</source>
        <translation>fotograma: FALLO al guardar {path}</translation>
    </message>
    <message>
        <source>audio: no output device; skipped (the app runs on, visual only)</source>
        <translation>audio: no hay dispositivo de salida; omitido (la app sigue funcionando, solo con imagen)</translation>
    </message>
    <message>
        <source>the voice was not ready</source>
        <translation>la voz no estaba lista</translation>
    </message>
    <message>
        <source>it was not placed</source>
        <translation>no se colocó</translation>
    </message>
    <message>
        <source>audio: FAILED playing {cue} ({source}): {why}</source>
        <translation>audio: FALLO al reproducir {cue} ({source}): {why}</translation>
    </message>
    <message>
        <source>audio: played {cue} ({source}), {seconds} s, on {device}</source>
        <translation>audio: reproducido {cue} ({source}), {seconds} s, en {device}</translation>
    </message>
    <message>
        <source>speech: pyttsx3 driver {driver}</source>
        <translation>voz: driver de pyttsx3 {driver}</translation>
    </message>
    <message>
        <source>speech by pyttsx3</source>
        <translation>voz con pyttsx3</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>no solicitado</translation>
    </message>
    <message>
        <source>speech: unavailable ({why})</source>
        <translation>voz: no disponible ({why})</translation>
    </message>
    <message>
        <source>bundled voice pack</source>
        <translation>paquete de voz incluido</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>tono</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>the audio output did not settle; cues may be dropped</source>
        <translation>la salida de audio no se estabilizó; pueden perderse avisos</translation>
    </message>
    <message>
        <source>Getting the sound output ready</source>
        <translation>Preparando la salida de sonido</translation>
    </message>
    <message>
        <source>Preparing the voice</source>
        <translation>Preparando la voz</translation>
    </message>
    <message>
        <source>{progress}: the workout starts as soon as it is ready</source>
        <translation>{progress}: el entrenamiento empieza en cuanto esté lista</translation>
    </message>
    <message>
        <source>Waking the sound: the workout goes on in a moment</source>
        <translation>Activando el sonido: el entrenamiento sigue en un momento</translation>
    </message>
    <message>
        <source>Sound: {notice}</source>
        <translation>Sonido: {notice}</translation>
    </message>
    <message>
        <source>Speech is not available ({error}): every cue is a tone</source>
        <translation>La voz no está disponible ({error}): todos los avisos son tonos</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Workout complete: {blocks} exercises, {tut} seconds under tension</source>
        <translation>Entreno completado: {blocks} ejercicios, {tut} segundos bajo tensión</translation>
    </message>
    <message>
        <source>{set}: {weight}.</source>
        <translation>{set}: {weight}.</translation>
    </message>
    <message>
        <source>Next set</source>
        <translation>Siguiente serie</translation>
    </message>
    <message>
        <source>{set} done. {next}</source>
        <translation>Fin de {set}. {next}</translation>
    </message>
    <message>
        <source>Next set: {weight}.</source>
        <translation>Siguiente serie: {weight}.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>the word before a work set&apos;s number: Set {next}</comment>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <comment>the word before a warm-up set&apos;s number</comment>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>{sets}, left side</source>
        <translation>{sets}, lado izquierdo</translation>
    </message>
    <message>
        <source>{next} left</source>
        <translation>{next}, lado izquierdo</translation>
    </message>
    <message>
        <source>{sets}, right side</source>
        <translation>{sets}, lado derecho</translation>
    </message>
    <message>
        <source>{next} right</source>
        <translation>{next}, lado derecho</translation>
    </message>
    <message>
        <source>{lead}: bodyweight.</source>
        <translation>{lead}: peso corporal.</translation>
    </message>
    <message>
        <source>{lead}: {weight}, held on the hips.</source>
        <translation>{lead}: {weight}, sobre la cadera.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Just the bar.</source>
        <translation>{lead}: {weight}. Solo la barra.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. {plates} each side.</source>
        <translation>{lead}: {weight}. {plates} por lado.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Same plates.</source>
        <translation>{lead}: {weight}. Mismos discos.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Take off {off}, then add {on} each side.</source>
        <translation>{lead}: {weight}. Quita {off} y pon {on} por lado.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Take off {off} each side.</source>
        <translation>{lead}: {weight}. Quita {off} por lado.</translation>
    </message>
    <message>
        <source>{lead}: {weight}. Add {on} each side.</source>
        <translation>{lead}: {weight}. Pon {on} por lado.</translation>
    </message>
    <message>
        <source>{count} × {plate}</source>
        <translation>{count} de {plate}</translation>
    </message>
    <message>
        <source>{plates} and {last}</source>
        <translation>{plates} y {last}</translation>
    </message>
    <message>
        <source>Warm-up {number} left</source>
        <translation>Calentamiento {number}, lado izquierdo</translation>
    </message>
    <message>
        <source>Warm-up {number} right</source>
        <translation>Calentamiento {number}, lado derecho</translation>
    </message>
    <message>
        <source>Warm-up {number}</source>
        <translation>Calentamiento {number}</translation>
    </message>
    <message>
        <source>Set {number} left</source>
        <translation>Serie {number}, lado izquierdo</translation>
    </message>
    <message>
        <source>Set {number} right</source>
        <translation>Serie {number}, lado derecho</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Serie {number}</translation>
    </message>
</context>
<context>
    <name>SpeechLengths</name>
    <message>
        <source>the bundled espeak-ng voice at 175 words a minute</source>
        <translation>la voz espeak-ng incluida a 175 palabras por minuto</translation>
    </message>
</context>
<context>
    <name>SpeechProtocol</name>
    <message>
        <source>the renderer</source>
        <translation>el renderizador</translation>
    </message>
    <message>
        <source>the speech worker</source>
        <translation>el proceso de voz</translation>
    </message>
    <message>
        <source>the renderer sent an unexpected request ({message})</source>
        <translation>el renderizador envió una petición inesperada ({message})</translation>
    </message>
    <message>
        <source>the speech worker sent an unexpected message ({message})</source>
        <translation>el proceso de voz envió un mensaje inesperado ({message})</translation>
    </message>
    <message>
        <source>{sender} sent a message that could not be read ({error})</source>
        <translation>{sender} envió un mensaje que no se pudo leer ({error})</translation>
    </message>
</context>
<context>
    <name>SpeechWorker</name>
    <message>
        <source>audio that was cut off</source>
        <translation>audio cortado</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>ningún archivo</translation>
    </message>
    <message>
        <source>a damaged WAV</source>
        <translation>un WAV dañado</translation>
    </message>
    <message>
        <source>an empty WAV</source>
        <translation>un WAV vacío</translation>
    </message>
    <message>
        <source>only silence</source>
        <translation>solo silencio</translation>
    </message>
    <message>
        <source>the speech engine did not start</source>
        <translation>el motor de voz no arrancó</translation>
    </message>
    <message>
        <source>the phrase came out silent</source>
        <translation>la frase salió en silencio</translation>
    </message>
    <message>
        <source>voice {voice} is not available ({error}); default voice</source>
        <translation>la voz {voice} no está disponible ({error}); voz predeterminada</translation>
    </message>
    <message>
        <source>the engine wrote {problem} ({tries} tries)</source>
        <translation>el motor escribió {problem} ({tries} intentos)</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Empty bar</source>
        <translation>Barra vacía</translation>
    </message>
    <message>
        <source>% of the work load</source>
        <translation>% de la carga de trabajo</translation>
    </message>
    <message>
        <source>Warm-up step kind</source>
        <translation>Tipo de paso de calentamiento</translation>
    </message>
    <message>
        <source>Warm-up step percent</source>
        <translation>Porcentaje del paso de calentamiento</translation>
    </message>
    <message>
        <source>Warm-up step reps</source>
        <translation>Repeticiones del paso de calentamiento</translation>
    </message>
    <message>
        <source>reps</source>
        <comment>after the number of reps</comment>
        <translation>reps</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Leave this step out</source>
        <translation>Deja fuera este paso</translation>
    </message>
</context>
<context>
    <name>TapPad</name>
    <message>
        <source>Tap pad</source>
        <translation>Zona de toque</translation>
    </message>
    <message>
        <source>Tap here, or press Space or any key, on every tick you hear</source>
        <translation>Toca aquí, o pulsa Espacio o cualquier tecla, en cada clic que oigas</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>Pulsa Empezar</translation>
    </message>
</context>
<context>
    <name>TapPage</name>
    <message>
        <source>Press Start, then tap Space (or any key, or click the pad) on every tick you hear: {ticks} ticks, {interval} s apart. Listen, don&apos;t watch. The first {lead_in} ticks are for finding the beat.</source>
        <translation>Pulsa Empezar y luego toca Espacio (o cualquier tecla, o haz clic en la zona) en cada clic que oigas: {ticks} clics, separados {interval} s. Escucha, no mires. Los primeros {lead_in} clics sirven para coger el ritmo.</translation>
    </message>
    <message>
        <source>Calibration progress</source>
        <translation>Progreso de la calibración</translation>
    </message>
    <message>
        <source>Calibration result</source>
        <translation>Resultado de la calibración</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Play the ticks and start counting your taps</source>
        <translation>Reproduce los clics y empieza a contar tus toques</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Usar esto</translation>
    </message>
    <message>
        <source>Put the measured offset into the latency field</source>
        <translation>Pon la compensación medida en el campo de latencia</translation>
    </message>
</context>
<context>
    <name>Tempo</name>
    <message>
        <source>E-P-C-P such as 3-1-X-1, 31X1 or 3-1-X; each phase 0 to {most} s, X (explosive) only for the concentric, which must be above 0</source>
        <translation>E-P-C-P como 3-1-X-1, 31X1 o 3-1-X; cada fase de 0 a {most} s, X (explosiva) solo para la concéntrica, que debe ser mayor que 0</translation>
    </message>
    <message>
        <source>eccentric</source>
        <translation>excéntrica</translation>
    </message>
    <message>
        <source>bottom pause</source>
        <translation>pausa abajo</translation>
    </message>
    <message>
        <source>concentric</source>
        <translation>concéntrica</translation>
    </message>
    <message>
        <source>top pause</source>
        <translation>pausa arriba</translation>
    </message>
    <message>
        <source>the concentric cannot be 0</source>
        <translation>la concéntrica no puede ser 0</translation>
    </message>
    <message>
        <source>the {phase} is not a number</source>
        <translation>la fase {phase} no es un número</translation>
    </message>
    <message>
        <source>the {phase} must be 0 to {most} s</source>
        <translation>la fase {phase} debe ser de 0 a {most} s</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>write one digit or X per phase, or separate the phases with -</source>
        <translation>escribe una cifra o X por fase, o separa las fases con -</translation>
    </message>
    <message>
        <source>it has {count} phases, not 3 or 4</source>
        <translation>tiene {count} fases, no 3 ni 4</translation>
    </message>
    <message>
        <source>X is only for the concentric, not the {phase}</source>
        <translation>X es solo para la concéntrica, no para la fase {phase}</translation>
    </message>
    <message>
        <source>the {phase} {value} is not a number of seconds</source>
        <translation>la fase {phase} ({value}) no es un número de segundos</translation>
    </message>
</context>
<context>
    <name>TempoEditor</name>
    <message>
        <source>Down</source>
        <translation>Bajada</translation>
    </message>
    <message>
        <source>Tempo: down</source>
        <translation>Tempo: bajada</translation>
    </message>
    <message>
        <source>Lowering the hips (eccentric), seconds</source>
        <translation>Bajar la cadera (excéntrica), segundos</translation>
    </message>
    <message>
        <source>Pause at bottom</source>
        <translation>Pausa abajo</translation>
    </message>
    <message>
        <source>Tempo: pause at bottom</source>
        <translation>Tempo: pausa abajo</translation>
    </message>
    <message>
        <source>Pause with the hips down, seconds</source>
        <translation>Pausa con la cadera abajo, segundos</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Tempo: up</source>
        <translation>Tempo: subida</translation>
    </message>
    <message>
        <source>Driving the hips up (concentric), seconds</source>
        <translation>Subir la cadera (concéntrica), segundos</translation>
    </message>
    <message>
        <source>Squeeze at top</source>
        <translation>Apretón arriba</translation>
    </message>
    <message>
        <source>Tempo: squeeze at top</source>
        <translation>Tempo: apretón arriba</translation>
    </message>
    <message>
        <source>Hold and squeeze at the top, seconds</source>
        <translation>Aguanta y aprieta arriba, segundos</translation>
    </message>
    <message>
        <source>E-P-C-P, e.g. 3-1-X-1</source>
        <translation>E-P-C-P, p. ej. 3-1-X-1</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Down – pause at bottom – up – squeeze at top, in seconds. X for an explosive lift. Examples: 3-1-X-1, 31X1, 2.5-0-1-2.</source>
        <translation>Bajada – pausa abajo – subida – apretón arriba, en segundos. X para una subida explosiva. Ejemplos: 3-1-X-1, 31X1, 2.5-0-1-2.</translation>
    </message>
    <message>
        <source>Tempo in words</source>
        <translation>Tempo en palabras</translation>
    </message>
    <message>
        <source>Explosive (X)</source>
        <translation>Explosiva (X)</translation>
    </message>
    <message>
        <source>Lift as fast as you can; the plan times the lift</source>
        <translation>Sube lo más rápido que puedas; el plan cronometra la subida</translation>
    </message>
</context>
<context>
    <name>TempoWords</name>
    <message>
        <source>up</source>
        <translation>sube</translation>
    </message>
    <message>
        <source>squeeze</source>
        <translation>aprieta</translation>
    </message>
    <message>
        <source>down</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pausa</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>explosive</source>
        <translation>explosiva</translation>
    </message>
    <message>
        <source>{phase} {length}</source>
        <translation>{phase} {length}</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Reading the training log…</source>
        <translation>Leyendo el registro de entrenamiento…</translation>
    </message>
    <message>
        <source>No suggestion today: the training log can&apos;t be read now.</source>
        <translation>Hoy no hay sugerencia: ahora no se puede leer el registro de entrenamiento.</translation>
    </message>
    <message>
        <source>+ {count} more exercises: each one&apos;s load is asked before the start</source>
        <translation>+ {count} ejercicios más: la carga de cada uno se pregunta antes de empezar</translation>
    </message>
    <message>
        <source>Warm-up: {sets}</source>
        <translation>Calentamiento: {sets}</translation>
    </message>
    <message>
        <source>no sets of it logged yet</source>
        <translation>aún no hay series registradas</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>ToneProgress</name>
    <message>
        <source>Voice: tones only</source>
        <translation>Voz: solo tonos</translation>
    </message>
</context>
<context>
    <name>TrainingLog</name>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>no se puede crear la carpeta {folder}: {reason}</translation>
    </message>
    <message>
        <source>the log could not be read ({reason})</source>
        <translation>no se pudo leer el registro ({reason})</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}); it will be set aside when it is next opened.</source>
        <translation>No se pudo leer el registro de entrenamiento {path} ({reason}); se apartará la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>The training log {path} could not be read ({reason}).</source>
        <translation>No se pudo leer el registro de entrenamiento {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>The texts in {language} could not be loaded: they are shown in English.</source>
        <translation>No se pudieron cargar los textos en {language}: se muestran en inglés.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>kg or lb</source>
        <translation>kg o lb</translation>
    </message>
    <message>
        <source>% of the work load</source>
        <translation>% de la carga de trabajo</translation>
    </message>
</context>
<context>
    <name>UnknownRows</name>
    <message>
        <source>{lines} and {count} more</source>
        <translation>{lines} y {count} más</translation>
    </message>
    <message>
        <source>line {lines}: {name} is not an exercise ThrustTimer knows; skipped</source>
        <translation>línea {lines}: {name} no es un ejercicio que ThrustTimer conozca; omitida</translation>
    </message>
    <message>
        <source>lines {lines}: {name} is not an exercise ThrustTimer knows; skipped</source>
        <translation>líneas {lines}: {name} no es un ejercicio que ThrustTimer conozca; omitidas</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <source>presets file</source>
        <translation>archivo de plantillas</translation>
    </message>
    <message>
        <source>your presets file could not be read nor moved aside</source>
        <translation>no se pudo leer ni apartar tu archivo de plantillas</translation>
    </message>
    <message>
        <source>Your presets file {path} could not be read ({reason}) nor moved aside ({move_reason}); your presets are not shown.</source>
        <translation>No se pudo leer tu archivo de plantillas {path} ({reason}) ni apartarlo ({move_reason}); tus plantillas no se muestran.</translation>
    </message>
    <message>
        <source>Your presets file could not be read ({reason}). It was kept as {aside} and nothing in it was deleted; the preset list starts empty.</source>
        <translation>No se pudo leer tu archivo de plantillas ({reason}). Se guardó como {aside} y no se borró nada; la lista de plantillas empieza vacía.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation>entrada {number}</translation>
    </message>
    <message>
        <source>{preset}: {problem}</source>
        <translation>{preset}: {problem}</translation>
    </message>
    <message>
        <source>your presets file has presets that could not be read nor copied aside</source>
        <translation>tu archivo de plantillas tiene plantillas que no se pudieron leer ni copiar aparte</translation>
    </message>
    <message>
        <source>{count} of your presets could not be read and are not shown ({problems}). The file could not be copied aside ({reason}), so it is left as it is and changes are not saved.</source>
        <translation>{count} de tus plantillas no se pudieron leer y no se muestran ({problems}). No se pudo hacer una copia del archivo ({reason}), así que se deja tal cual y los cambios no se guardan.</translation>
    </message>
    <message>
        <source>{count} of your presets could not be read and are not shown ({problems}). The whole file was copied to {aside}.</source>
        <translation>{count} de tus plantillas no se pudieron leer y no se muestran ({problems}). Todo el archivo se copió en {aside}.</translation>
    </message>
    <message>
        <source>My workout</source>
        <translation>Mi entrenamiento</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>one of your presets: {names}</source>
        <translation>una de tus plantillas: {names}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguna</translation>
    </message>
    <message>
        <source>1 to {most} characters</source>
        <translation>de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>a name none of your other presets has</source>
        <translation>un nombre que no tenga ninguna otra de tus plantillas</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>ya está en uso</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objeto JSON</translation>
    </message>
    <message>
        <source>a list of plans</source>
        <translation>una lista de planes</translation>
    </message>
    <message>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; y {count} más</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>words per minute</source>
        <translation>palabras por minuto</translation>
    </message>
    <message>
        <source>{field}: {value} is not allowed ({problem}); allowed: {allowed}</source>
        <translation>{field}: {value} no está permitido ({problem}); se permite: {allowed}</translation>
    </message>
    <message>
        <source>{field}: {value} is not allowed; allowed: {allowed}</source>
        <translation>{field}: {value} no está permitido; se permite: {allowed}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} {unit}</source>
        <translation>un número entero de {low} a {high} {unit}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>a number from {low} to {high} {unit}</source>
        <translation>un número de {low} a {high} {unit}</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>un número de {low} a {high}</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>fuera de rango</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>line {line} column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>a JSON {what}</source>
        <translation>un {what} JSON</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>a JSON {what} nested a few levels at most</source>
        <translation>un {what} JSON con unos pocos niveles de anidación como máximo</translation>
    </message>
    <message>
        <source>a number {length} characters long</source>
        <translation>un número de {length} caracteres</translation>
    </message>
    <message>
        <source>numbers of at most {most} characters</source>
        <translation>números de {most} caracteres como máximo</translation>
    </message>
    <message>
        <source>{where} fields: {fields}</source>
        <translation>campos de {where}: {fields}</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>a number too long to show</source>
        <translation>un número demasiado largo para mostrarlo</translation>
    </message>
</context>
<context>
    <name>VoiceBank</name>
    <message>
        <source>The speech engine is not available, so the built-in voice is speaking</source>
        <translation>El motor de voz no está disponible, así que habla la voz incluida</translation>
    </message>
    <message>
        <source>No speech engine and no voice pack: cues are tones only</source>
        <translation>No hay motor de voz ni paquete de voz: los avisos son solo tonos</translation>
    </message>
    <message>
        <source>The voice could not be prepared: cues are tones only</source>
        <translation>No se pudo preparar la voz: los avisos son solo tonos</translation>
    </message>
    <message>
        <source>{notice} ({detail})</source>
        <translation>{notice} ({detail})</translation>
    </message>
</context>
<context>
    <name>VoiceCache</name>
    <message>
        <source>The voice cache {folder} cannot be written ({reason}): voice clips are kept in a temporary folder for this run</source>
        <translation>No se puede escribir en la caché de voz {folder} ({reason}): los clips de voz se guardan en una carpeta temporal durante esta ejecución</translation>
    </message>
</context>
<context>
    <name>VoiceCatalog</name>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
</context>
<context>
    <name>VoicePack</name>
    <message>
        <source>a voice pack clip could not be decoded: {error}</source>
        <translation>no se pudo decodificar un clip del paquete de voz: {error}</translation>
    </message>
    <message>
        <source>a voice pack clip is at {rate} Hz, expected {expected}</source>
        <translation>un clip del paquete de voz está a {rate} Hz; se esperaba {expected}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source> wpm</source>
        <translation> ppm</translation>
    </message>
    <message>
        <source>How fast the coach speaks, words per minute</source>
        <translation>Lo rápido que habla el entrenador, en palabras por minuto</translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <source>Start cues this much earlier (negative) or later, to match a slow audio device</source>
        <translation>Adelanta (negativo) o retrasa los avisos esta cantidad, para ajustarlos a un dispositivo de audio lento</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>Cargando voces…</translation>
    </message>
    <message>
        <source>No audio device: the sample can&apos;t be played here. A workout still runs, silently.</source>
        <translation>No hay dispositivo de audio: la muestra no se puede reproducir aquí. Un entrenamiento funciona igual, sin sonido.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>The speech engine&apos;s voice the coach speaks with</source>
        <translation>La voz del motor de voz con la que habla el entrenador</translation>
    </message>
    <message>
        <source>Test voice</source>
        <translation>Probar voz</translation>
    </message>
    <message>
        <source>Say “{phrase}” with the voice, rate and volume shown, before saving them</source>
        <translation>Di «{phrase}» con la voz, la velocidad y el volumen mostrados, antes de guardarlos</translation>
    </message>
    <message>
        <source>Voice list</source>
        <translation>Lista de voces</translation>
    </message>
    <message>
        <source>Playing “{phrase}”…</source>
        <translation>Reproduciendo «{phrase}»…</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrar…</translation>
    </message>
    <message>
        <source>Find the offset for your headphones: tap along to ticks, or match a tick to a flash</source>
        <translation>Encuentra la compensación para tus auriculares: toca al ritmo de los clics o haz coincidir un clic con un destello</translation>
    </message>
    <message>
        <source>{voice} (not installed)</source>
        <translation>{voice} (no instalada)</translation>
    </message>
    <message>
        <source>Voices could not be listed: {error}</source>
        <translation>No se pudieron listar las voces: {error}</translation>
    </message>
    <message>
        <source>{notice}. The default voice speaks.</source>
        <translation>{notice}. Habla la voz predeterminada.</translation>
    </message>
    <message>
        <source>Fix the voice fields first.</source>
        <translation>Corrige primero los campos de voz.</translation>
    </message>
    <message>
        <source>Fix {field} ({problem}) first.</source>
        <translation>Corrige primero {field} ({problem}).</translation>
    </message>
    <message>
        <source>Making the sample…</source>
        <translation>Creando la muestra…</translation>
    </message>
    <message>
        <source>The sample could not be made: {reason}.</source>
        <translation>No se pudo crear la muestra: {reason}.</translation>
    </message>
    <message>
        <source>no voice could say it</source>
        <translation>ninguna voz pudo decirla</translation>
    </message>
    <message>
        <source>Could not play the sample: {reason}. Try again in a moment.</source>
        <translation>No se pudo reproducir la muestra: {reason}. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Playing “{phrase}”… {notice}.</source>
        <translation>Reproduciendo «{phrase}»… {notice}.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>VoicePrefs</name>
    <message>
        <source>a voice name of at most {count} characters</source>
        <translation>un nombre de voz de {count} caracteres como máximo</translation>
    </message>
    <message>
        <source>a voice setting</source>
        <translation>un ajuste de voz</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
</context>
<context>
    <name>VoiceQuery</name>
    <message>
        <source>the speech engine did not answer</source>
        <translation>el motor de voz no respondió</translation>
    </message>
    <message>
        <source>the speech worker crashed (exit code {code})</source>
        <translation>el proceso de voz se ha cerrado con un fallo (código de salida {code})</translation>
    </message>
    <message>
        <source>the speech engine could not start ({reason})</source>
        <translation>el motor de voz no pudo arrancar ({reason})</translation>
    </message>
    <message>
        <source>the speech worker failed ({reason})</source>
        <translation>el proceso de voz falló ({reason})</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>a voice id of up to 200 characters</source>
        <translation>un id de voz de hasta 200 caracteres</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <source>one of {allowed}</source>
        <translation>uno de {allowed}</translation>
    </message>
    <message>
        <source>voice settings</source>
        <translation>ajustes de voz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Voices could not be listed: {reason}</source>
        <translation>No se pudieron listar las voces: {reason}</translation>
    </message>
</context>
<context>
    <name>Warmup</name>
    <message>
        <source>warm-up step</source>
        <translation>paso de calentamiento</translation>
    </message>
    <message>
        <source>an object with {fields}</source>
        <translation>un objeto con {fields}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>empty bar × {reps}</source>
        <translation>barra vacía × {reps}</translation>
    </message>
    <message>
        <source>{percent} % × {reps}</source>
        <translation>{percent} % × {reps}</translation>
    </message>
    <message>
        <source>at most {most} steps</source>
        <translation>como máximo {most} pasos</translation>
    </message>
    <message>
        <source>empty bar</source>
        <translation>barra vacía</translation>
    </message>
    <message>
        <source>the empty bar only as the first step</source>
        <translation>la barra vacía solo como primer paso</translation>
    </message>
    <message>
        <source>more than the step before ({percent} %)</source>
        <translation>más que el paso anterior ({percent} %)</translation>
    </message>
    <message>
        <source>an object with &quot;steps&quot;</source>
        <translation>un objeto con &quot;steps&quot;</translation>
    </message>
    <message>
        <source>warm-up steps</source>
        <translation>pasos de calentamiento</translation>
    </message>
    <message>
        <source>a list of at most {most} steps</source>
        <translation>una lista de como máximo {most} pasos</translation>
    </message>
    <message>
        <source>warm-up step {number}</source>
        <translation>paso de calentamiento {number}</translation>
    </message>
    <message>
        <source>no warm-up</source>
        <translation>sin calentamiento</translation>
    </message>
    <message>
        <source>warm-up step {number} percent</source>
        <translation>porcentaje del paso de calentamiento {number}</translation>
    </message>
</context>
<context>
    <name>WarmupPanel</name>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <source>Another warm-up set, heavier than the last</source>
        <translation>Otra serie de calentamiento, más pesada que la anterior</translation>
    </message>
    <message>
        <source>Default warm-up</source>
        <translation>Calentamiento predeterminado</translation>
    </message>
    <message>
        <source>Warm-up: problem</source>
        <translation>Calentamiento: problema</translation>
    </message>
    <message>
        <source>Before the first work set: {steps}</source>
        <translation>Antes de la primera serie efectiva: {steps}</translation>
    </message>
</context>
<context>
    <name>WorkoutConductor</name>
    <message>
        <source>Getting the voice ready: the workout starts as soon as it is ready</source>
        <translation>Preparando la voz: el entrenamiento empieza en cuanto esté lista</translation>
    </message>
</context>
<context>
    <name>WorkoutLog</name>
    <message>
        <source>Training log: {problem}. ThrustTimer keeps this session&apos;s sets and saves them as soon as it can.</source>
        <translation>Registro de entrenamiento: {problem}. ThrustTimer conserva las series de esta sesión y las guarda en cuanto pueda.</translation>
    </message>
    <message>
        <source>Training log: not recording this session ({problem})</source>
        <translation>Registro de entrenamiento: esta sesión no se está registrando ({problem})</translation>
    </message>
</context>
</TS>
